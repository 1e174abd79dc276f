import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const shared = fileURLToPath(new URL('../../../../shared/vectors/', import.meta.url));
const vendored = fileURLToPath(new URL('../../../test/vectors/', import.meta.url));

/** The shared test vectors when the checkout has ../shared beside it, else the copy in test/vectors. */
export function loadVectors<T>(name: 'tokens' | 'signing'): { data: T; from: string } {
  const dir = existsSync(`${shared}${name}.json`) ? shared : vendored;
  return { data: JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as T, from: dir };
}

export interface SigningVectors {
  secret: string;
  vectors: { method: string; path: string; timestamp: number; body: string; signature: string }[];
}
