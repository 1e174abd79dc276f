import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError } from '../backend/api-error.js';
import { randomId } from '../backend/random-id.js';
import { forbiddenMethodError } from './request-line.js';
import { sendApiError } from './send-json.js';

/**
 * Answers what node:http refuses before it makes a request (a parse error, headers over the size limit, a
 * timeout, `CONNECT`, an `Expect` other than `100-continue`) with an error envelope, then closes the connection:
 * node's own answers have no body.
 */
export function answerMalformedHttp(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A response already on its way would be corrupted by a second one; node's own handler gives up too.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    socket.end(rawErrorResponse(clientErrorOf(error)));
  });
  server.on('connect', (_incoming: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end(rawErrorResponse(forbiddenMethodError('CONNECT')));
  });
  server.on('checkExpectation', (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const error = new ApiError('VALIDATION_ERROR', 'Only Expect: 100-continue is supported.', {
      status: 417,
      details: { issues: [{ path: 'header.Expect', message: 'Only 100-continue is supported.' }] },
    });
    incoming.resume();
    sendApiError(outgoing, error, { Connection: 'close' });
  });
}

function clientErrorOf(error: NodeJS.ErrnoException): ApiError {
  const invalid = (status: number, message: string) =>
    new ApiError('VALIDATION_ERROR', message, { status, details: { issues: [{ path: 'request', message }] } });
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return invalid(431, 'The request headers are larger than the server accepts (node: --max-http-header-size).');
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return invalid(408, 'The request did not arrive in time.');
  const reason = (error as { reason?: unknown }).reason;
  return invalid(400, `The request is not valid HTTP/1.1${typeof reason === 'string' ? `: ${reason}` : ''}.`);
}

function rawErrorResponse(error: ApiError): string {
  const requestId = randomId('req_');
  const body = JSON.stringify(error.toEnvelope(requestId));
  return [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? 'Error'}`,
    'Cache-Control: no-store',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Request-Id: ${requestId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}
