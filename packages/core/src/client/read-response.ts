import { APIConnectionError } from '../errors/connection-errors.js';
import { APIRedirectError, ResponseTooLargeError } from '../errors/response-errors.js';
import { BodyNotJsonError } from '../validation/body-not-json-error.js';
import type { Call } from './call.js';
import { parsedBodies } from './parsed-bodies.js';

/**
 * Reads a response whole inside the attempt, so that what goes wrong with the body is decided by the retry policy
 * like a dropped connection: a redirect is refused (`APIRedirectError`), a body past `maxBytes` is refused
 * (`ResponseTooLargeError`, counted while streaming), a body cut short is an `APIConnectionError`, and a 2xx body
 * that is not JSON a `BodyNotJsonError` (both retried when the call may be). Returns the response for ky.
 */
export async function readResponse(
  response: Response,
  request: Request,
  call: Call,
  options: { maxBytes: number; keepBody: boolean },
): Promise<Response> {
  const { maxBytes } = options;
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
    // A declared length within the limit is read in one native call (undici holds the server to it); otherwise
    // the stream is counted chunk by chunk.
    bytes =
      response.headers.has('content-length') && declared <= maxBytes
        ? new Uint8Array(await response.arrayBuffer())
        : await readCapped(response, maxBytes, () => new ResponseTooLargeError({ method, path, limit: maxBytes }));
  } catch (error) {
    if (error instanceof ResponseTooLargeError) throw error;
    throw new APIConnectionError({ method, path, cause: error, message: 'The response body was cut short' });
  }
  const { status } = response;
  let parsed = false;
  if (response.ok && bytes.byteLength > 0) {
    const text = new TextDecoder().decode(bytes);
    try {
      parsedBodies.set(request, JSON.parse(text));
      parsed = true;
    } catch {
      throw new BodyNotJsonError(text.slice(0, 60).replace(/\s+/g, ' '), response);
    }
  }
  // ky reads the body again after the loop: hand it the parsed JSON instead (parseJson finds it by request), and
  // keep the bytes only for what reads them itself: error bodies (HTTPError.data) and your afterResponse hooks.
  const nullBody = status === 204 || status === 205 || status === 304 || (parsed && !options.keepBody);
  return new Response(nullBody ? null : (bytes as BodyInit), {
    status,
    statusText: response.statusText,
    headers: response.headers,
  });
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
