import { readFileSync } from 'node:fs';

// src/ and dist/ sit side by side, so ../package.json is the package's own manifest in both.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The version of @runlet/cli, from its package.json. */
export const VERSION: string = manifest.version;
