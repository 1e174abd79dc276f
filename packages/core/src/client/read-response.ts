import { APIConnectionError } from '../errors/connection-errors.js';
import { APIRedirectError, ResponseTooLargeError } from '../errors/response-errors.js';
import { BodyNotJsonError } from '../validation/read-body.js';
import type { Call } from './call.js';
import { parsedBodies } from './parsed-bodies.js';

/**
 * Reads a response whole inside the attempt, so that what goes wrong with the body is decided by the retry policy
 * like a dropped connection: a redirect is refused (`APIRedirectError`), a body past `maxBytes` is refused
 * (`ResponseTooLargeError`, counted while streaming), a body cut short is an `APIConnectionError`, and a 2xx body
 * that is not JSON a `BodyNotJsonError` (both retried when the call may be). Returns a response ky can read again.
 */
export async function readResponse(response: Response, call: Call, maxBytes: number): Promise<Response> {
  const { method, path } = call;
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    void response.body?.cancel().catch(() => undefined);
    throw new APIRedirectError({ method, path, status: response.status, location: originOf(response) });
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new ResponseTooLargeError({ method, path, limit: maxBytes });
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, maxBytes, () => new ResponseTooLargeError({ method, path, limit: maxBytes }));
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw error;
    throw new APIConnectionError({ method, path, cause: error, message: 'The response body was cut short' });
  }
  const status = response.status;
  const nullBody = status === 204 || status === 205 || status === 304;
  const copy = new Response(nullBody ? null : (bytes as BodyInit), {
    status,
    statusText: response.statusText,
    headers: response.headers,
  });
  if (response.ok && bytes.byteLength > 0) {
    const text = new TextDecoder().decode(bytes);
    try {
      parsedBodies.set(copy, JSON.parse(text));
    } catch {
      throw new BodyNotJsonError(text.slice(0, 60).replace(/\s+/g, ' '), response);
    }
  }
  return copy;
}

async function readCapped(response: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The origin of a redirect's Location, never its path or query (they may carry tokens). */
function originOf(response: Response): string | undefined {
  const location = response.headers.get('location');
  if (!location) return undefined;
  try {
    return new URL(location, response.url || undefined).origin;
  } catch {
    return undefined;
  }
}
