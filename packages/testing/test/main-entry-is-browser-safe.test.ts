import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Every module the given entry reaches through relative imports, and the packages it imports. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of code.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the main entry', () => {
  it('reaches no node: module, no process and only web-safe packages', () => {
    const { files, packages } = importGraph(`${src}index.ts`);
    expect(files.length).toBeGreaterThan(20);
    // ipaddr.js is plain JavaScript with no imports, safe in browsers.
    expect([...packages].sort()).toEqual(['@runlet/types', 'ipaddr.js', 'msw', 'zod/mini']);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bprocess\.|\bBuffer\b/);
  });

  it('keeps node:http in the server entry', () => {
    const { packages } = importGraph(`${src}server/index.ts`);
    expect(packages.has('node:http')).toBe(true);
  });
});
