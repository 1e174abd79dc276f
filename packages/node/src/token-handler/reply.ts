/** The token endpoint's answers: JSON, never cached. */
const NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' };

/** A JSON answer that no cache keeps. */
export function reply(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...NO_STORE, ...extra } });
}

/** An error answer in the API's envelope. */
export function refuse(status: number, code: string, message: string): Response {
  return reply(status, { error: { code, message, status } });
}
