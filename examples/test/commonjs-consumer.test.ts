import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from './example-process.js';

const run = promisify(execFile);
const dir = join(EXAMPLES, 'commonjs-consumer');
const BIN = join(EXAMPLES, '..', 'node_modules', '.bin');

/** tsc over the example's tsconfig with `overrides`; the diagnostics it prints ('' when none). */
async function typecheck(...overrides: string[]): Promise<string> {
  try {
    await run(join(BIN, 'tsc'), ['-p', join(dir, 'tsconfig.json'), ...overrides], { cwd: dir });
    return '';
  } catch (error) {
    return (error as { stdout: string }).stdout;
  }
}

describe('a CommonJS consumer of the ESM-only @runlet/node', () => {
  test('require() loads it on the repo Node (require(esm))', async () => {
    const script =
      "const { Runlet, isValidToken } = require('@runlet/node'); console.log(typeof Runlet, isValidToken('x'))";
    const { stdout } = await run(join(BIN, 'node'), ['-e', script], { cwd: dir });
    expect(stdout.trim()).toBe('function false');
    const example = await run(join(BIN, 'node'), ['index.cjs'], {
      cwd: dir,
      env: { ...process.env, RUNLET_API_KEY: '' },
    });
    expect(example.stdout.trim()).toBe('function false');
  });

  test('TypeScript type-checks it with module nodenext, and refuses it with node16 and commonjs', async () => {
    const [nodenext, node16, commonjs] = await Promise.all([
      typecheck(),
      typecheck('--module', 'node16', '--moduleResolution', 'node16'),
      typecheck('--module', 'commonjs', '--moduleResolution', 'node10', '--ignoreDeprecations', '6.0'),
    ]);
    expect(nodenext).toBe('');
    expect(node16).toContain('error TS1479');
    expect(commonjs).toContain('error TS2307');
  }, 60_000);
});
