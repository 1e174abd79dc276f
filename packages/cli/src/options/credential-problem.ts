import { parseToken, TOKEN_PREFIXES, type TokenPrefix } from '@runlet/node';

/**
 * Why `value` cannot be used as a credential of one of the `accept`ed kinds, checked offline (format and
 * checksum); `undefined` when it can. The message never contains the value.
 */
export function credentialProblem(value: string, accept: readonly TokenPrefix[], what: string): string | undefined {
  const parsed = parseToken(value);
  if (!parsed.valid) return `The ${what} is not valid: ${parsed.message}`;
  if (accept.includes(parsed.prefix)) return undefined;
  const expected = accept.map((prefix) => `${prefix}… (${TOKEN_PREFIXES[prefix]})`).join(' or ');
  return `The ${what} is a ${parsed.description} (${parsed.prefix}…), but ${expected} is needed here.`;
}
