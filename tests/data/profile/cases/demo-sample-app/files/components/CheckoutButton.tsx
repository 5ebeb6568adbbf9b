export function CheckoutButton() { return null; }
