import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createToken, parseToken, TOKEN_PREFIXES, type TokenPrefix } from '../src/index.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const prefixes = Object.keys(TOKEN_PREFIXES) as TokenPrefix[];

describe('createToken', () => {
  it('makes tokens that validate, with the prefix asked for and the documented length', () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), (prefix) => {
        const token = createToken(prefix);
        expect(token.startsWith(prefix)).toBe(true);
        expect(token).toHaveLength(prefix.length + 36);
        expect(parseToken(token)).toMatchObject({ valid: true, prefix });
      }),
      { numRuns: 500 },
    );
  });

  it('detects any single-character change', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.nat(),
        fc.constantFrom(...ALPHABET),
        (prefix, position, replacement) => {
          const token = createToken(prefix);
          const index = prefix.length + (position % 36);
          fc.pre(token[index] !== replacement);
          const changed = token.slice(0, index) + replacement + token.slice(index + 1);
          expect(parseToken(changed).valid).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('does not repeat itself', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => createToken('rl_test_')));
    expect(seen.size).toBe(1000);
  });

  it('refuses an unknown prefix with the list of known ones', () => {
    expect(() => createToken('rl_prod_' as TokenPrefix)).toThrow(/rl_live_, rl_test_, rl_ct_, rl_sig_/);
  });
});
