// The light entry point, `@runlet/types/tokens`: the token format and request signing v1, nothing that
// pulls in zod: for bundles that must stay small and processes that must start fast.

export { SIGNATURE_HEADER, SIGNATURE_TOLERANCE_SECONDS, signaturePrefix, TIMESTAMP_HEADER } from './signing.js';
export type { InvalidTokenReason, ParsedToken, TokenKind, TokenPrefix } from './token-format.js';
export {
  createToken,
  isValidToken,
  parseToken,
  SECRET_PREFIXES,
  TOKEN_CHECKSUM_LENGTH,
  TOKEN_PREFIXES,
  TOKEN_RANDOM_LENGTH,
} from './token-format.js';
