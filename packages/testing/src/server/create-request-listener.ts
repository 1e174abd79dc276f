import type { IncomingMessage, ServerResponse } from 'node:http';
import { getResponse, type HttpHandler } from 'msw';
import { ApiError } from '../backend/api-error.js';
import { attachConnectionInfo } from '../connection-info.js';
import type { RunletBackend } from '../runlet-backend.js';
import { assertControlAccess } from './control-access.js';
import { answerControl, isControlPath } from './control-api.js';
import { peerAddress, readBody, sendWebResponse, toWebRequest } from './node-request.js';
import { forbiddenMethodError, isForbiddenMethod, pathOfTarget, targetError } from './request-line.js';
import { sendApiError, sendJson } from './send-json.js';

export interface RequestListenerOptions {
  backend: RunletBackend;
  /** The handlers of `createRunletHandlers`, on `baseURL`. */
  handlers: HttpHandler[];
  /** The server's own origin: `http://127.0.0.1:4010`. */
  baseURL: string;
  trustProxy: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The node:http request listener of the mock: the control API under `/__runlet`, every other request through
 * msw's `getResponse` to the backend. Bad input answers a 4xx error envelope; only a bug of the mock answers 5xx.
 */
export function createRequestListener(
  options: RequestListenerOptions,
): (incoming: IncomingMessage, outgoing: ServerResponse) => void {
  return (incoming, outgoing) => {
    serve(incoming, outgoing, options).catch((error: unknown) => {
      if (outgoing.headersSent || outgoing.destroyed || incoming.socket.destroyed) {
        outgoing.destroy();
        return;
      }
      if (error instanceof ApiError) {
        // A body left unread (413) would be taken for the next request.
        sendApiError(outgoing, error, error.status === 413 ? { Connection: 'close' } : {});
        return;
      }
      console.error('runlet-mock: a request failed inside the mock:', error);
      const message = `The mock failed: ${error instanceof Error ? error.message : String(error)}`;
      sendApiError(outgoing, new ApiError('INTERNAL_ERROR', message));
    });
  };
}

async function serve(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  { backend, handlers, baseURL, trustProxy }: RequestListenerOptions,
): Promise<void> {
  const body = await readBody(incoming);
  const method = incoming.method ?? 'GET';
  if (isForbiddenMethod(method)) throw forbiddenMethodError(method);
  const target = pathOfTarget(incoming.url ?? '/');
  // Joined as text, not resolved: `//v1/me` stays a path on this origin instead of naming the host `v1`.
  const url = target === null ? null : parseUrl(`${baseURL}${target}`);
  if (target === null || url === null) throw targetError();

  if (isControlPath(url.pathname)) {
    assertControlAccess(incoming);
    const answer = await answerControl(backend, method, url.pathname, decodeControlBody(body));
    sendJson(outgoing, answer.status, answer.json);
    return;
  }
  const request = toWebRequest(incoming, outgoing, url, body);
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  attachConnectionInfo(request, { clientIp: forwarded || peerAddress(incoming), target });
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`no handler answered ${method} ${url.pathname}.`);
  await sendWebResponse(incoming, outgoing, response);
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function decodeControlBody(body: Uint8Array): string {
  try {
    return utf8.decode(body);
  } catch {
    const message = 'The body is not valid UTF-8.';
    throw new ApiError('VALIDATION_ERROR', message, { details: { issues: [{ path: 'body', message }] } });
  }
}
