/**
 * The system error code under a connection failure (`ECONNREFUSED`, `ENOTFOUND`, `CERT_HAS_EXPIRED`…), the
 * first found down its `cause` chain.
 */
export function causeCode(error: Error): string | undefined {
  // fetch wraps the system error twice: TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }).
  for (let cause: unknown = error.cause; cause instanceof Object; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
