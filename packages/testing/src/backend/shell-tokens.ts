export type ShellToken =
  | { type: 'word'; value: string }
  /** `&&`, `||`, `;`, a newline, or `|`. */
  | { type: 'operator'; value: '&&' | '||' | ';' | '|' }
  /** `>`, `>>`, `2>`, `2>>`, `>&2`, `2>&1`. */
  | { type: 'redirect'; value: string };

export class ShellSyntaxError extends Error {}

const REDIRECTS = ['2>&1', '>&2', '1>&2', '2>>', '2>', '1>>', '>>', '1>', '>'];

/**
 * The tokens of a POSIX-like command line: quotes, backslash escapes, `$NAME`/`${NAME}`/`$?` expansion.
 * A generator, so that `$?` expands to the status of the command run just before.
 */
export function* tokenize(script: string, lookup: (name: string) => string): Generator<ShellToken> {
  let i = 0;
  while (i < script.length) {
    const char = script[i] ?? '';
    if (char === ' ' || char === '\t') {
      i++;
      continue;
    }
    if (char === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    const rest = script.slice(i);
    const operator = ['&&', '||', ';', '\n', '|'].find((op) => rest.startsWith(op));
    if (operator) {
      i += operator.length;
      yield { type: 'operator', value: operator === '\n' ? ';' : (operator as '&&' | '||' | ';' | '|') };
      continue;
    }
    const redirect = REDIRECTS.find((op) => rest.startsWith(op));
    if (redirect) {
      i += redirect.length;
      yield { type: 'redirect', value: redirect.replace(/^1/, '') };
      continue;
    }
    let word = '';
    while (i < script.length && !/[\s;&|<>]/.test(script[i] ?? '')) {
      const c = script[i] ?? '';
      if (c === "'") {
        const end = script.indexOf("'", i + 1);
        if (end < 0) throw new ShellSyntaxError('Unterminated quoted string');
        word += script.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        i++;
        while (script[i] !== '"') {
          if (i >= script.length) throw new ShellSyntaxError('Unterminated quoted string');
          if (script[i] === '\\' && /["\\$`]/.test(script[i + 1] ?? '')) {
            word += script[i + 1];
            i += 2;
          } else if (script[i] === '$') {
            const expanded = expand(script, i, lookup);
            word += expanded.value;
            i = expanded.end;
          } else {
            word += script[i];
            i++;
          }
        }
        i++;
      } else if (c === '\\') {
        word += script[i + 1] ?? '';
        i += 2;
      } else if (c === '$') {
        const expanded = expand(script, i, lookup);
        word += expanded.value;
        i = expanded.end;
      } else {
        word += c;
        i++;
      }
    }
    yield { type: 'word', value: word };
  }
}

function expand(script: string, at: number, lookup: (name: string) => string): { value: string; end: number } {
  const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(script.slice(at));
  const plain = /^\$([A-Za-z_][A-Za-z0-9_]*|\?)/.exec(script.slice(at));
  const match = braced ?? plain;
  if (!match) return { value: '$', end: at + 1 };
  return { value: lookup(match[1] ?? ''), end: at + match[0].length };
}
