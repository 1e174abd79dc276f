import { fileURLToPath } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

const browserBuild = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  logLevel: 'silent',
  absWorkingDir: PACKAGE_DIR,
} satisfies BuildOptions;

/** Property reads of Node globals a page does not have (`process.env`, `Buffer.from`, `global.x`). */
const NODE_GLOBAL_READ = /(?<![\w$.])(process|Buffer|global|__dirname|__filename)\s*\??\.\s*[\w$]/g;
const NODE_REQUIRE = /(?<![\w$.])require\s*\(/g;

/** Bundles for a page and returns what a browser would load, or throws esbuild's errors. */
async function bundleForBrowser(options: Pick<BuildOptions, 'entryPoints' | 'stdin'>) {
  const result = await build({ ...browserBuild, ...options });
  const text = result.outputFiles.map((file) => file.text).join('\n');
  return { text, inputs: Object.keys(result.metafile.inputs) };
}

function nodeUses(text: string): string[] {
  return [...text.matchAll(NODE_GLOBAL_READ), ...text.matchAll(NODE_REQUIRE)].map((match) => match[0]);
}

describe('@runlet/browser bundled for platform: browser', () => {
  test('bundles every export (src/index.ts) with no Node built-in and no Node global read', async () => {
    const { text, inputs } = await bundleForBrowser({ entryPoints: ['src/index.ts'] });

    expect(inputs.filter((input) => input.startsWith('node:') || input.includes('(disabled):'))).toEqual([]);
    // The client and its dependencies are really in there, ky and the lazily loaded response checks included.
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/client/runlet-browser.ts',
        expect.stringMatching(/core\/dist\/client\/runlet-client\.js$/),
        expect.stringMatching(/node_modules\/ky\//),
        expect.stringMatching(/types\/dist\/generated\/validators\.js$/),
      ]),
    );
    // Response validation needs no zod: the compiled checks explain their own failures.
    expect(inputs.filter((input) => input.includes('node_modules/zod/'))).toEqual([]);
    expect(nodeUses(text)).toEqual([]);
  });

  test('bundles what a typical page imports from the package entry, with no Node built-in', async () => {
    const { text, inputs } = await bundleForBrowser({ entryPoints: ['test/bundle/typical-import.ts'] });

    expect(inputs).toEqual(expect.arrayContaining(['dist/index.js']));
    expect(inputs.filter((input) => input.startsWith('node:'))).toEqual([]);
    expect(nodeUses(text)).toEqual([]);
  });
});

describe('the check itself', () => {
  test('fails when something imports a node: module', async () => {
    const stdin = { contents: "import { readFileSync } from 'node:fs'; export const read = readFileSync;" };
    await expect(bundleForBrowser({ stdin })).rejects.toThrow(/node:fs/);
  });

  test('finds reads of process, Buffer and require, but not look-alikes', () => {
    expect(nodeUses('const a = process.env.X; Buffer.from("x"); require("fs"); globalThis.process?.env')).toEqual([
      'process.e',
      'Buffer.f',
      'require(',
    ]);
    expect(nodeUses('const subprocess = 1; options.process.x; myBuffer.length; "process"')).toEqual([]);
  });
});
