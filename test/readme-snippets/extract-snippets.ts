// Finds the TypeScript and JavaScript code blocks of a Markdown file, with the `<!-- snippet: … -->`
// directives written in HTML comments right before a block's fence (invisible on GitHub and npm).

/** The languages that are checked; every other fence (sh, json, html, console…) is prose to the checker. */
const CHECKED_LANGUAGES = new Map([
  ['ts', 'ts'],
  ['typescript', 'ts'],
  ['js', 'js'],
  ['javascript', 'js'],
]);

export interface Snippet {
  /** 1-based line of the block's first code line in the Markdown file. */
  line: number;
  /** `ts` or `js`. */
  language: 'ts' | 'js';
  code: string;
  /** `<!-- snippet: skip (reason) -->`: not checked; the reason is required. */
  skip?: string;
  /** `<!-- snippet: continues -->`: appended to the previous checked block of the file, as one module. */
  continues: boolean;
  /** `<!-- snippet: file test/setup.ts -->`: the module's name, so that another block can import it. */
  file?: string;
  /** `<!-- snippet: prelude … -->`: hidden code put before the block (`declare const backend: …`); several add up. */
  prelude?: string;
  /** `<!-- snippet: same-as packages/x/test/y.test.ts -->`: the block must equal that file, which runs as a test. */
  sameAs?: string;
}

const FENCE = /^```\s*([\w-]*)\s*$/;
const DIRECTIVE = /<!--\s*snippet:\s*([\s\S]*?)\s*-->/g;

/** The checked blocks of `markdown`, in order; throws on a malformed or unknown directive. */
export function extractSnippets(markdown: string, where = 'the Markdown file'): Snippet[] {
  const lines = markdown.split('\n');
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? '');
    if (!open) continue;
    const close = lines.findIndex((line, at) => at > index && line.trimEnd() === '```');
    if (close === -1) throw new Error(`${where}:${index + 1}: the code block is never closed`);
    const language = CHECKED_LANGUAGES.get((open[1] ?? '').toLowerCase());
    if (language) {
      const snippet: Snippet = {
        line: index + 2,
        language: language as Snippet['language'],
        code: lines.slice(index + 1, close).join('\n'),
        continues: false,
      };
      for (const directive of directivesBefore(lines, index))
        applyDirective(snippet, directive, `${where}:${index + 1}`);
      snippets.push(snippet);
    }
    index = close;
  }
  return snippets;
}

/** The directives of the HTML comments directly above line `fence` (blank lines between are allowed). */
function directivesBefore(lines: string[], fence: number): string[] {
  const comments: string[] = [];
  let at = fence - 1;
  for (;;) {
    while (at >= 0 && (lines[at] ?? '').trim() === '') at--;
    if (at < 0 || !(lines[at] ?? '').trimEnd().endsWith('-->')) break;
    // A comment may span several lines: walk up to its opening.
    let first = at;
    while (first >= 0 && !(lines[first] ?? '').includes('<!--')) first--;
    if (first < 0) break;
    comments.unshift(lines.slice(first, at + 1).join('\n'));
    at = first - 1;
  }
  return comments.flatMap((comment) => [...comment.matchAll(DIRECTIVE)].map((match) => match[1] ?? ''));
}

function applyDirective(snippet: Snippet, directive: string, where: string): void {
  const [, name = '', rest = ''] = /^(\S+)\s*([\s\S]*)$/.exec(directive) ?? [];
  const argument = rest.trim();
  switch (name) {
    case 'skip': {
      const reason = /^\((.+)\)$/s.exec(argument)?.[1];
      if (!reason)
        throw new Error(`${where}: write the reason: <!-- snippet: skip (why this block cannot compile) -->`);
      snippet.skip = reason;
      return;
    }
    case 'continues':
      snippet.continues = true;
      return;
    case 'file':
      if (!/^[\w./-]+\.(ts|js)$/.test(argument) || argument.includes('..')) {
        throw new Error(`${where}: <!-- snippet: file … --> takes a relative .ts or .js path, not "${argument}"`);
      }
      snippet.file = argument;
      return;
    case 'prelude':
      snippet.prelude = snippet.prelude === undefined ? argument : `${snippet.prelude}\n${argument}`;
      return;
    case 'same-as':
      snippet.sameAs = argument;
      return;
    default:
      throw new Error(`${where}: unknown snippet directive "${name}" (skip, continues, file, prelude, same-as)`);
  }
}
