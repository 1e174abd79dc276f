// Token parsing: `parseToken` and `isValidToken` (@runlet/types) never throw and agree; `assertValidKey` (@runlet/core)
// throws only `InvalidKeyFormatError`, whose message never holds the value; a well-formed token passes and the
// same token with one character changed does not (CRC-32 catches every single-character change).
import { isRunletError } from '@runlet/core';
import { assertValidKey } from '@runlet/core/internal';
import { isValidToken, parseToken } from '@runlet/types';
import fc from 'fast-check';
import { tokenLike, validToken } from './arbitraries.ts';
import type { FuzzTarget } from './harness.ts';

type Input = { kind: 'valid' | 'mutated' | 'any'; value: unknown };

const mutated = fc
  .tuple(validToken(), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }))
  .map(([token, at, char]) => {
    const index = at % token.length;
    const replacement = char === token[index] ? (char === 'x' ? 'y' : 'x') : char;
    return token.slice(0, index) + replacement + token.slice(index + 1);
  });

export const tokensTarget: FuzzTarget<Input> = {
  name: 'tokens (parseToken, assertValidKey)',
  arbitrary: fc.oneof(
    validToken().map((value): Input => ({ kind: 'valid', value })),
    mutated.map((value): Input => ({ kind: 'mutated', value })),
    fc.oneof(tokenLike, fc.anything()).map((value): Input => ({ kind: 'any', value })),
  ),
  run({ kind, value }) {
    if (typeof value === 'string') {
      const parsed = parseToken(value);
      if (typeof parsed.valid !== 'boolean') return 'parseToken returned no `valid`';
      if (isValidToken(value) !== parsed.valid) return 'isValidToken and parseToken disagree';
      if (kind === 'valid' && !parsed.valid) return `a well-formed token was refused: ${parsed.message}`;
      if (kind === 'mutated' && parsed.valid) return 'a token with one character changed was accepted';
    }
    try {
      assertValidKey(value, ['rl_live_', 'rl_test_']);
    } catch (error) {
      if (isRunletError(error) && typeof value === 'string' && value.length >= 12 && error.message.includes(value)) {
        return 'the InvalidKeyFormatError message holds the value';
      }
      throw error;
    }
    return undefined;
  },
  expected: (error) => isRunletError(error) && error.name === 'InvalidKeyFormatError',
};
