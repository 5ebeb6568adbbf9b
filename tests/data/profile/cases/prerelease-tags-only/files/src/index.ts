export function flag() {}
