import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSnippets, type MarkdownDocument } from './check-snippets.ts';
import { extractSnippets } from './extract-snippets.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const readmes = [
  'README.md',
  ...readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .sort(),
];

/** A README with a broken block and a stale copy of a file, to prove that the check can fail and says where. */
const broken: MarkdownDocument = {
  path: 'test/readme-snippets/broken.md',
  text: [
    '# broken',
    '',
    '```ts',
    "import { Runlet } from '@runlet/node';",
    '',
    'const runlet = new Runlet();',
    '```',
    '',
    '<!-- snippet: continues -->',
    '```ts',
    'await runlet.sandboxes.fly();',
    '```',
    '',
    '<!-- snippet: skip (only compared with the file) -->',
    '<!-- snippet: same-as test/vitest.config.ts -->',
    '```ts',
    "import { defineProject } from 'vitest/config';",
    '```',
    '',
  ].join('\n'),
};

let problems: Map<string, string[]>;
beforeAll(() => {
  const documents = readmes.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
  problems = checkSnippets(root, [...documents, broken]);
}, 60_000);

describe('the code blocks of every README', () => {
  it.each(readmes)('%s: every TypeScript block compiles against the built packages', (readme) => {
    expect(problems.get(readme)).toEqual([]);
  });

  it('names the README, the line and the problem of a block that does not compile or differs from its file', () => {
    expect(problems.get(broken.path)).toEqual([
      'test/readme-snippets/broken.md:18: the block differs from test/vitest.config.ts (its line 2: ""); copy the file into the README',
      expect.stringMatching(/^test\/readme-snippets\/broken\.md:11:24: TS2339 Property 'fly' does not exist/),
    ]);
  });
});

describe('snippet directives', () => {
  it('reads skip, continues, file and prelude from the comments above a fence, and ignores other languages', () => {
    const markdown = [
      '<!-- snippet: file test/setup.ts -->',
      '<!-- snippet: prelude declare const backend: string; -->',
      '<!--',
      '  snippet: prelude declare const other: number;',
      '-->',
      '```ts',
      'export const a = backend;',
      '```',
      '<!-- snippet: skip (pseudo-code) -->',
      '```typescript',
      'this is not code',
      '```',
      '```sh',
      'npm test',
      '```',
      '<!-- snippet: continues -->',
      '',
      '```js',
      'a;',
      '```',
    ].join('\n');
    expect(extractSnippets(markdown)).toEqual([
      {
        line: 7,
        language: 'ts',
        code: 'export const a = backend;',
        continues: false,
        file: 'test/setup.ts',
        prelude: 'declare const backend: string;\ndeclare const other: number;',
      },
      { line: 11, language: 'ts', code: 'this is not code', continues: false, skip: 'pseudo-code' },
      { line: 19, language: 'js', code: 'a;', continues: true },
    ]);
  });

  it('refuses a skip without a reason and an unknown directive', () => {
    expect(() => extractSnippets('<!-- snippet: skip -->\n```ts\nx\n```', 'X.md')).toThrow('X.md:2: write the reason');
    expect(() => extractSnippets('<!-- snippet: ignore -->\n```ts\nx\n```', 'X.md')).toThrow(
      'unknown snippet directive "ignore"',
    );
  });
});
