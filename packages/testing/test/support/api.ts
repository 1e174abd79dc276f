import { createHmac } from 'node:crypto';
import { signaturePrefix } from '@runlet/types';
import { createRunletBackend, type RunletBackend, type RunletBackendOptions } from '../../src/index.js';
import { specProblems } from './spec-check.js';

export const BASE_URL = 'https://api.runlet.dev';
/** 2026-01-01T00:00:00Z, where test clocks start. */
export const T0 = Date.UTC(2026, 0, 1);

export interface CallOptions {
  key?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is. */
  body?: string;
  headers?: Record<string, string>;
  clientIp?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are read freely and checked by the spec walk.
  body: any;
}

export interface TestApi {
  backend: RunletBackend;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  /** A seeded admin key's secret (`*`, pro). */
  adminKey: string;
}

const created: RunletBackend[] = [];

/** Spec problems of every tracked backend's responses since the last call (run after each test by setup.ts). */
export function takeTrackedProblems(): string[] {
  const problems = created.flatMap((backend) => specProblems(backend.requests));
  created.length = 0;
  return problems;
}

/** Checks this backend's responses against the spec after the current test, like every `createTestApi` backend. */
export function trackBackend(backend: RunletBackend): RunletBackend {
  created.push(backend);
  return backend;
}

/** A backend with a frozen clock at T0 and the self-check on, an admin key, and a `call` helper. */
export async function createTestApi(options: RunletBackendOptions = {}): Promise<TestApi> {
  const backend = trackBackend(
    createRunletBackend({ now: T0, freezeClock: true, validateResponses: true, ...options }),
  );
  const { secret } = await backend.seedKey({ name: 'admin' });
  return { backend, adminKey: secret, call: (method, path, call) => callBackend(backend, method, path, call) };
}

export async function callBackend(
  backend: RunletBackend,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const headers = new Headers(options.headers);
  if (options.key !== undefined) headers.set('Authorization', `Bearer ${options.key}`);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set('Content-Type', 'application/json');
  }
  const request = new Request(`${BASE_URL}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const response = await backend.handle(request, options.clientIp === undefined ? {} : { clientIp: options.clientIp });
  const text = await response.text();
  const isJson = response.headers.get('content-type') === 'application/json';
  return { status: response.status, headers: response.headers, text, body: isJson ? JSON.parse(text) : text };
}

/** Signing v1 headers, computed with node:crypto (independently of the backend's crypto.subtle). */
export function signatureHeaders(
  signingSecret: string,
  method: string,
  path: string,
  body: string,
  timestamp: number,
): Record<string, string> {
  const signature = createHmac('sha256', signingSecret)
    .update(signaturePrefix(method, path, timestamp) + body)
    .digest('hex');
  return { 'X-Timestamp': String(timestamp), 'X-Signature': signature };
}
