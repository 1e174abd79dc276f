// The light entry point, `@runlet/types/tokens`: the token format, redaction, request signing v1 and the API
// root, nothing that pulls in zod: for bundles that must stay small and processes that must start fast.

export { DEFAULT_BASE_URL } from './base-url.js';
export type {
  SignatureCheckOptions,
  SignatureProblem,
  SignatureVerdict,
  SignedRequest,
} from './check-signature.js';
export { checkSignature, checkSignatureWith, importSigningKey } from './check-signature.js';
export { redactHeaders, redactSecret, redactText, redactValue } from './redact.js';
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
