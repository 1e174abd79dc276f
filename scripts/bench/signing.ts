// Signing cost per request, filled in by @runlet/node's benchmark once it exists.
export async function benchSigning(_base: string, _key: string): Promise<void> {}
