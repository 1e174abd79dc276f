/** Headers of a signed request (signing v1). */
export const TIMESTAMP_HEADER = 'X-Timestamp';
/** The header carrying the hex HMAC-SHA256 of a signed request (signing v1). */
export const SIGNATURE_HEADER = 'X-Signature';
/** How far, in seconds, a signed request's timestamp may be from the server's clock, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * What is signed, before the body: `METHOD + "\n" + PATH + "\n" + TIMESTAMP + "\n"`. The signature is the
 * hex HMAC-SHA256, keyed with the signing secret, of this followed by the exact body bytes sent (none
 * when there is no body). PATH is the path and query exactly as sent: `/v1/keys?limit=20`.
 */
export function signaturePrefix(method: string, path: string, timestamp: number | string): string {
  return `${method.toUpperCase()}\n${path}\n${timestamp}\n`;
}
