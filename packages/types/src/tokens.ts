// The light entry point, `@runlet/types/tokens`: the token format and nothing that pulls in zod, for
// bundles that must stay small (the browser client).
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
