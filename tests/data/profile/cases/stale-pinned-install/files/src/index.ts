export async function watermark() {}
