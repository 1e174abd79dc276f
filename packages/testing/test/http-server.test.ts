import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunletBackend } from '../src/index.js';
import { type RunletMockServer, startRunletMockServer } from '../src/server/index.js';
import { signatureHeaders, trackBackend } from './support/api.js';

/** Sends raw bytes, as curl would, and reads the raw answer until the server closes. */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('utf8');
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

function parseRaw(answer: string) {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { statusLine, headers, body };
}

let server: RunletMockServer;

beforeAll(async () => {
  server = await startRunletMockServer({ backend: createRunletBackend({ validateResponses: true }) });
});
afterAll(() => server.close());

describe('the HTTP server', () => {
  it('listens on 127.0.0.1 on a free port and serves a ready admin key', async () => {
    trackBackend(server.backend);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const response = await fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${server.adminKey}` } });
    expect(await response.json()).toMatchObject({ name: 'mock-admin', scopes: ['*'], tier: 'pro' });
  });

  it('answers raw HTTP/1.1 with a status line, Content-Length and the API headers', async () => {
    trackBackend(server.backend);
    const answer = await rawRequest(
      server.port,
      `GET /v1/agents?limit=1 HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${server.adminKey}\r\nConnection: close\r\n\r\n`,
    );
    const { statusLine, headers, body } = parseRaw(answer);
    expect(statusLine).toBe('HTTP/1.1 200 OK');
    expect(headers['content-type']).toBe('application/json');
    expect(Number(headers['content-length'])).toBe(Buffer.byteLength(body));
    expect(headers['x-request-id']).toMatch(/^req_/);
    expect(headers['x-ratelimit-limit']).toBe('1000');
    expect(JSON.parse(body).data).toHaveLength(1);
  });

  it('answers a CORS preflight from a page on another port', async () => {
    const answer = await rawRequest(
      server.port,
      'OPTIONS /v1/me HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:5173\r\nAccess-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: authorization\r\nConnection: close\r\n\r\n',
    );
    const { statusLine, headers } = parseRaw(answer);
    expect(statusLine).toBe('HTTP/1.1 204 No Content');
    expect(headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(headers['access-control-allow-headers']).toContain('Authorization');
  });

  it('takes the client address from the socket and ignores X-Forwarded-For by default', async () => {
    trackBackend(server.backend);
    const local = await server.backend.seedKey({ allowedIps: ['127.0.0.1'] });
    const remote = await server.backend.seedKey({ allowedIps: ['198.51.100.7'] });
    const call = (secret: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${secret}`, ...headers } });
    expect((await call(local.secret)).status).toBe(200);
    const spoofed = await call(remote.secret, { 'X-Forwarded-For': '198.51.100.7' });
    expect(spoofed.status).toBe(403);
    expect((await spoofed.json()).error.details.clientIp).toBe('127.0.0.1');
  });

  it('trusts X-Forwarded-For when started with trustProxy', async () => {
    const proxied = await startRunletMockServer({ trustProxy: true });
    try {
      trackBackend(proxied.backend);
      const { secret } = await proxied.backend.seedKey({ allowedIps: ['198.51.100.0/24'] });
      const response = await fetch(`${proxied.url}/v1/me`, {
        headers: { Authorization: `Bearer ${secret}`, 'X-Forwarded-For': '198.51.100.7, 10.0.0.1' },
      });
      expect(response.status).toBe(200);
    } finally {
      await proxied.close();
    }
  });

  it('destroys the socket for a reset fault', async () => {
    server.backend.failNext({ kind: 'reset' });
    const error = await fetch(`${server.url}/v1/me`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
  });

  it('verifies a signature over the request target exactly as sent', async () => {
    trackBackend(server.backend);
    const { secret, signingSecret } = await server.backend.seedKey({ requireSignature: true });
    const target = '/v1/sandboxes/sbx_a^b';
    const send = (signedPath: string) => {
      const timestamp = Math.floor(server.backend.clock.now() / 1000);
      const sig = signatureHeaders(signingSecret, 'GET', signedPath, '', timestamp);
      return rawRequest(
        server.port,
        `GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${secret}\r\nX-Timestamp: ${sig['X-Timestamp']}\r\nX-Signature: ${sig['X-Signature']}\r\nConnection: close\r\n\r\n`,
      );
    };
    const exact = JSON.parse(parseRaw(await send(target)).body);
    expect(exact.error.code).toBe('NOT_FOUND');
    const normalized = JSON.parse(parseRaw(await send('/v1/sandboxes/sbx_a%5Eb')).body);
    expect(normalized.error.code).toBe('INVALID_SIGNATURE');
  });

  it('keeps the admin key across backend.reset() and takes a fixed one', async () => {
    server.backend.reset();
    const me = await fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${server.adminKey}` } });
    expect(me.status).toBe(200);
    const fixed = await startRunletMockServer({ adminKey: server.adminKey });
    try {
      expect(fixed.adminKey).toBe(server.adminKey);
      const response = await fetch(`${fixed.url}/v1/me`, { headers: { 'X-API-Key': fixed.adminKey } });
      expect(response.status).toBe(200);
    } finally {
      await fixed.close();
    }
    await expect(startRunletMockServer({ adminKey: 'rl_test_short' })).rejects.toThrow(/too short/);
  });

  it('does no work for a client that went away during the latency', async () => {
    const own = await startRunletMockServer();
    try {
      own.backend.setLatency(1500);
      await new Promise<void>((resolve) => {
        const socket = connect(own.port, '127.0.0.1', () => {
          socket.write(
            `POST /v1/sandboxes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${own.adminKey}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
          );
          setTimeout(() => socket.destroy(), 100);
        });
        socket.on('close', () => resolve());
      });
      // Past the latency: a request that had not been told of the disconnect would have created its sandbox by now.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      own.backend.setLatency(0);
      const list = await fetch(`${own.url}/v1/sandboxes`, { headers: { 'X-API-Key': own.adminKey } });
      expect((await list.json()).data).toEqual([]);
      expect(own.backend.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
        'POST 0',
        'GET 200',
      ]);
    } finally {
      await own.close();
    }
  });

  it('stops listening on close', async () => {
    const closing = await startRunletMockServer();
    await closing.close();
    await expect(fetch(`${closing.url}/v1/me`)).rejects.toThrow(TypeError);
  });
});
