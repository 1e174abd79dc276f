import { ERROR_CODES, type ErrorCode, statusByErrorCode } from '@runlet/types';
import type { Fault } from '../runlet-backend.js';
import { type Answer, errorAnswer } from './answer.js';
import { ApiError } from './api-error.js';

const HTML_TITLES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** What an injected fault answers: null for a connection reset. */
export function renderFault(fault: Fault, requestId: string): Answer | null {
  const kind = fault.kind ?? 'error';
  const retryAfter = fault.retryAfter ?? (fault.status === 429 || fault.code === 'RATE_LIMITED' ? 1 : undefined);
  if (kind === 'reset') return null;
  if (kind === 'html') {
    const status = fault.status ?? 502;
    const title = `${status} ${HTML_TITLES[status] ?? 'Error'}`;
    const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
    return { status, body, contentType: 'text/html', retryAfter };
  }
  if (kind === 'empty') return { status: fault.status ?? 500, body: '', contentType: null, retryAfter };
  const code = fault.code ?? codeOfStatus(fault.status ?? 500);
  const status = fault.status ?? statusByErrorCode[code];
  const message = fault.message ?? defaultMessage(code, retryAfter);
  return errorAnswer(
    new ApiError(code, message, { status, ...(retryAfter === undefined ? {} : { retryAfter }) }),
    requestId,
  );
}

function codeOfStatus(status: number): ErrorCode {
  return ERROR_CODES.find((code) => statusByErrorCode[code] === status) ?? 'INTERNAL_ERROR';
}

function defaultMessage(code: ErrorCode, retryAfter: number | undefined): string {
  if (code === 'RATE_LIMITED') return `Rate limit exceeded. Retry in ${retryAfter ?? 1} seconds.`;
  if (code === 'INTERNAL_ERROR') {
    return 'Something went wrong on our side. Retry, and quote the request id if it persists.';
  }
  return `The request failed with ${code}.`;
}
