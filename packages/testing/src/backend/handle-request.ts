import { type ApiOperationId, apiOperations, hasScope, type Scope } from '@runlet/types';
import type { OperationContext, OperationHandler, OperationResult } from '../operations/operation.js';
import { operationHandlers } from '../operations/operation-handlers.js';
import type { HandleContext, LoggedRequest } from '../runlet-backend.js';
import { type Answer, errorAnswer, jsonAnswer, streamAnswer, toResponse } from './answer.js';
import { ApiError, validationError } from './api-error.js';
import { authenticate, type Principal } from './authenticate.js';
import { anonymousRateSubject, type BackendState, keyRateSubject } from './backend-state.js';
import { checkResponse } from './check-response.js';
import { eventStreamBody } from './event-stream-body.js';
import { identifyCredential } from './identify-credential.js';
import { matchRoute, type RouteMatch } from './match-route.js';
import { randomId } from './random-id.js';
import type { RateLimitSnapshot } from './rate-limiter.js';
import { renderFault } from './render-fault.js';
import { runIdempotently } from './run-idempotently.js';
import { sleep } from './sleep.js';
import { validateInput } from './validate-input.js';

const decoder = new TextDecoder();

/**
 * The whole API for one request, in order: latency, CORS preflight, injected faults, rate limit,
 * authentication, route, scopes, validation, idempotency, the operation. Every answer is logged and gets
 * `X-Request-Id`, `X-RateLimit-*` and CORS headers.
 */
export async function handleRequest(state: BackendState, request: Request, context: HandleContext): Promise<Response> {
  const requestId = randomId('req_');
  const now = state.clock.now();
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  const target = context.target ?? url.pathname + url.search;
  const pathname = stripBasePath(url.pathname, context.basePath);
  const clientIp = resolveClientIp(request.headers, context.clientIp, state.settings.trustForwardedFor);
  const origin = request.headers.get('origin');
  const body = new Uint8Array(await request.arrayBuffer());
  const bodyText = decoder.decode(body);
  const entry: LoggedRequest = {
    requestId,
    method,
    path: target,
    url: request.url,
    headers: Object.fromEntries(request.headers),
    body: bodyText,
    json: parseJsonOrUndefined(bodyText),
    status: 0,
    responseBody: '',
    responseHeaders: {},
    keyId: null,
    tokenId: null,
    operationId: null,
    clientIp,
    time: now,
  };
  state.log.push(entry);
  if (state.log.length > state.settings.maxLoggedRequests)
    state.log.splice(0, state.log.length - state.settings.maxLoggedRequests);
  if (state.latencyMs > 0 && (await sleep(state.latencyMs, request.signal))) return Response.error();

  let resumeAfter = 0;
  const finish = (answer: Answer | null, rate: RateLimitSnapshot): Response => {
    entry.status = answer?.status ?? 0;
    entry.responseBody = answer?.body ?? '';
    if (!answer) return Response.error();
    let stream: ReadableStream<Uint8Array> | undefined;
    if (answer.events) {
      const drop = state.faults.take(method, pathname, target, 'stream');
      stream = eventStreamBody(
        answer.events.filter((event) => event.id > resumeAfter),
        {
          clock: state.clock,
          dropAfter: drop ? (drop.after ?? 0) : undefined,
          signal: request.signal,
          onSend: (text) => {
            entry.responseBody += text;
          },
        },
      );
    }
    const response = toResponse(answer, requestId, rate, origin, stream);
    entry.responseHeaders = Object.fromEntries(response.headers);
    if (state.settings.validateResponses) checkResponse(entry.operationId, answer);
    return response;
  };
  if (method === 'OPTIONS') {
    const anonymous = state.limiter.peek(anonymousRateSubject(clientIp), state.settings.tiers.free, now);
    return finish({ status: 204, body: '', contentType: null }, anonymous);
  }

  const credential = await identifyCredential(request.headers, state.store);
  const key = credential.kind === 'key' || credential.kind === 'token' ? credential.key : null;
  entry.keyId = key?.id ?? null;
  entry.tokenId = credential.kind === 'token' ? credential.token.id : null;
  const subject = key ? keyRateSubject(key.id) : anonymousRateSubject(clientIp);
  const limits = state.settings.tiers[key?.tier ?? 'free'];
  const route = tryMatchRoute(method, pathname);
  entry.operationId = route instanceof ApiError ? null : route.operationId;

  const before = state.faults.take(method, pathname, target, 'before');
  if (before) {
    const answer = renderFault(before, requestId);
    const rate = state.limiter.peek(subject, limits, now);
    return finish(answer, answer?.status === 429 ? { ...rate, remaining: 0 } : rate);
  }

  const rate = state.limiter.consume(subject, limits, now, state.settings.rateLimits);
  let principal: Principal | null = null;
  let answer: Answer;
  try {
    if (!rate.allowed) {
      const window = rate.remaining === 0 ? `${limits.limit} requests an hour` : `${limits.burst} requests a second`;
      throw new ApiError('RATE_LIMITED', `Rate limit exceeded (${window}). Retry in ${rate.retryAfter} seconds.`, {
        retryAfter: rate.retryAfter,
      });
    }
    principal = await authenticate(credential, { method, target, body, headers: request.headers, clientIp, now });
    if (route instanceof ApiError) throw route;
    assertScopes(principal, route);
    if (STREAMING.has(route.operationId)) resumeAfter = parseLastEventId(request.headers.get('last-event-id'));
    const input = validateInput(route.operationId, route.params, url.searchParams, bodyText);
    const active = principal;
    answer = await runIdempotently(
      state.idempotency,
      active,
      { method, target, body: bodyText, key: request.headers.get('idempotency-key'), requestId, now },
      async () => {
        const result = await runOperation(route.operationId, { ...input, principal: active, now, state });
        return 'events' in result ? streamAnswer(result.events) : jsonAnswer(result.status, result.body);
      },
    );
  } catch (error) {
    if (!(error instanceof ApiError) && state.settings.validateResponses) throw error;
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(
            'INTERNAL_ERROR',
            'Something went wrong on our side. Retry, and quote the request id if it persists.',
          );
    answer = errorAnswer(apiError, requestId);
  }

  if (principal) principal.key.lastUsedAt = now;
  const after = state.faults.take(method, pathname, target, 'after');
  const final = after ? renderFault(after, requestId) : answer;
  if (key) state.usage.record(key.id, now, final === null || final.status >= 400);
  return finish(final, rate);
}

/** The operations that may answer `text/event-stream`, and so read `Last-Event-ID`. */
const STREAMING = new Set<ApiOperationId>(['streamRunEvents', 'execSandbox']);

function parseLastEventId(value: string | null): number {
  if (value === null) return 0;
  if (!/^[0-9]{1,12}$/.test(value)) {
    throw validationError([{ path: 'header.Last-Event-ID', message: 'Must be the id of an event: a whole number.' }]);
  }
  return Number(value);
}

function runOperation<Id extends ApiOperationId>(
  operationId: Id,
  context: OperationContext<Id>,
): OperationResult | Promise<OperationResult> {
  const handler: OperationHandler<Id> = operationHandlers[operationId];
  return handler(context);
}

function tryMatchRoute(method: string, pathname: string): RouteMatch | ApiError {
  try {
    return matchRoute(method, pathname);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

function assertScopes(principal: Principal, route: RouteMatch): void {
  const required: readonly Scope[] = apiOperations[route.operationId].scopes;
  if (required.length === 0 || required.some((scope) => hasScope(principal.scopes, scope))) return;
  const who = principal.token ? 'client token' : 'key';
  throw new ApiError('FORBIDDEN', `This ${who} lacks the scope ${required.join(' or ')}.`, {
    details: { requiredScopes: [...required] },
  });
}

function resolveClientIp(
  headers: Headers,
  connectionIp: string | undefined,
  trustForwardedFor: boolean,
): string | null {
  const forwarded = trustForwardedFor ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || connectionIp || null;
}

function parseJsonOrUndefined(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stripBasePath(pathname: string, basePath: string | undefined): string {
  if (!basePath || basePath === '/' || !pathname.startsWith(basePath)) return pathname;
  return pathname.slice(basePath.replace(/\/$/, '').length) || '/';
}
