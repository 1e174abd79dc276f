import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isValidToken, parseToken } from '../src/index.js';
import { loadVectors, sharedVectorsDir, vendoredVectorsDir } from './vectors.js';

interface TokenVectors {
  alphabet: string;
  vectors: { token: string; valid: boolean; kind?: string; why?: string }[];
}

const { data } = loadVectors<TokenVectors>('tokens');

describe('token vectors from shared/vectors/tokens.json', () => {
  it('has vectors to check', () => {
    expect(data.vectors.length).toBeGreaterThanOrEqual(20);
  });

  it.each(data.vectors)('judges $token as valid=$valid', (vector) => {
    const parsed = parseToken(vector.token);
    expect(parsed.valid).toBe(vector.valid);
    expect(isValidToken(vector.token)).toBe(vector.valid);
    if (parsed.valid) expect(parsed.kind).toBe(vector.kind);
  });

  it('keeps the vendored copy identical to shared/vectors', () => {
    if (!sharedVectorsDir) return;
    for (const name of ['tokens.json', 'signing.json']) {
      expect(readFileSync(`${vendoredVectorsDir}${name}`, 'utf8')).toBe(
        readFileSync(`${sharedVectorsDir}${name}`, 'utf8'),
      );
    }
  });
});

describe('parseToken reasons', () => {
  const good = 'rl_live_aWFeOgd23eOp1ARVjVEeNJPXGyijpX4V3ebo';

  it.each([
    ['', 'empty'],
    [`${good}\n`, 'whitespace'],
    [` ${good}`, 'whitespace'],
    ['rl_prod_aWFeOgd23eOp1ARVjVEeNJPXGyijpX4V3ebo', 'unknown-prefix'],
    ['sk-abc123', 'not-a-runlet-token'],
    [good.slice(0, -2), 'truncated'],
    [`${good}x`, 'too-long'],
    ['rl_live_aWFeOgd23eOp-ARVjVEeNJPXGyijpX4V3ebo', 'invalid-character'],
    ['rl_live_aWFeOgd23eOp1ARVjVEeNJPXGyijpX4V3ebA', 'checksum-mismatch'],
  ])('reports %j as %s', (token, reason) => {
    const parsed = parseToken(token);
    expect(parsed).toMatchObject({ valid: false, reason });
  });

  it('never repeats the token in its message', () => {
    const mangled = ['rl_live_aWFeOgd23eOp1ARVjVEeNJPXGyijpX4V3ebA', `${good}\n`, good.slice(0, -2), `${good}x`];
    for (const token of mangled) {
      const parsed = parseToken(token);
      if (parsed.valid) throw new Error('expected invalid');
      expect(parsed.message).not.toContain(good.slice(8, 20));
    }
  });

  it('names the prefix the user meant when the rest is broken', () => {
    expect(parseToken('rl_test_abc')).toMatchObject({ reason: 'truncated', prefix: 'rl_test_' });
  });

  it('restricts to the prefixes asked for', () => {
    expect(isValidToken(good, ['rl_ct_'])).toBe(false);
    expect(isValidToken(good, ['rl_live_', 'rl_test_'])).toBe(true);
  });
});
