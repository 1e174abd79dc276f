import { connect } from 'node:net';
import { schemas } from '@runlet/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRunletBackend } from '../src/index.js';
import { type RunletMockServer, startRunletMockServer } from '../src/server/index.js';
import { trackBackend } from './support/api.js';

let server: RunletMockServer;

beforeAll(async () => {
  server = await startRunletMockServer({ backend: createRunletBackend({ validateResponses: true }) });
});
afterAll(() => server.close());

/** Sends raw bytes and reads the answer until the server closes the connection. */
function raw(bytes: string | Buffer): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const request = (line: string, headers: string[] = [], body = '') =>
  raw(`${line}\r\nHost: x\r\n${[...headers, 'Connection: close'].join('\r\n')}\r\n\r\n${body}`);
const auth = () => `Authorization: Bearer ${server.adminKey}`;

function expectEnvelope(answer: { status: number; headers: Record<string, string>; body: string }, code: string) {
  expect(answer.headers['content-type']).toBe('application/json');
  const json = JSON.parse(answer.body);
  expect(schemas.ErrorEnvelope.safeParse(json).success, answer.body).toBe(true);
  expect(json.error).toMatchObject({ code, status: answer.status });
  expect(answer.headers['x-request-id']).toBe(json.error.requestId);
  return json.error as { message: string; details?: { issues?: { path: string }[] } };
}

describe('the HTTP server with bad input', () => {
  it('routes a target starting with // as a path of this server: 404 NOT_FOUND', async () => {
    trackBackend(server.backend);
    const answer = await request('GET //v1/me HTTP/1.1', [auth()]);
    expect(answer.status).toBe(404);
    expect(expectEnvelope(answer, 'NOT_FOUND').message).toContain('GET //v1/me');
  });

  it('takes an absolute-form target (as sent to a proxy) by its path and query', async () => {
    trackBackend(server.backend);
    const answer = await request('GET http://api.runlet.dev/v1/agents?limit=1 HTTP/1.1', [auth()]);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data).toHaveLength(1);
    expect(server.backend.requests.at(-1)?.path).toBe('/v1/agents?limit=1');
    expect((await request('GET http://x HTTP/1.1', [auth()])).status).toBe(404);
  });

  it('answers 400 VALIDATION_ERROR for a target that is not a path (*, another scheme)', async () => {
    for (const line of ['GET * HTTP/1.1', 'OPTIONS * HTTP/1.1', 'GET ftp://x/v1/me HTTP/1.1']) {
      const answer = await request(line);
      expect(answer.status, line).toBe(400);
      expect(expectEnvelope(answer, 'VALIDATION_ERROR').details?.issues?.[0]?.path).toBe('target');
    }
  });

  it('answers 400 VALIDATION_ERROR for TRACE, TRACK and CONNECT, which fetch forbids', async () => {
    for (const line of ['TRACE /v1/me HTTP/1.1', 'TRACK /v1/me HTTP/1.1', 'CONNECT api.runlet.dev:443 HTTP/1.1']) {
      const answer = await request(line, [auth()]);
      expect(answer.status, line).toBe(400);
      expectEnvelope(answer, 'VALIDATION_ERROR');
    }
  });

  it('answers 404 for a method no operation uses, like any unknown route', async () => {
    trackBackend(server.backend);
    const answer = await request('PROPFIND /v1/me HTTP/1.1', [auth()]);
    expect(answer.status).toBe(404);
    expect(expectEnvelope(answer, 'NOT_FOUND').message).toContain('this path accepts GET');
  });

  it('answers what node:http cannot parse with an error envelope instead of an empty 400', async () => {
    const cases: [string | Buffer, number][] = [
      ['FOO /v1/me HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['GARBAGE\r\n\r\n', 400],
      ['GET example.com:443 HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['GET /v1/\x01me HTTP/1.1\r\nHost: x\r\n\r\n', 400],
      ['GET /v1/me HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 400],
      ['POST /v1/sandboxes HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 400],
      [`GET /v1/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ];
    for (const [bytes, status] of cases) {
      const answer = await raw(bytes);
      expect(answer.status, String(bytes).slice(0, 30)).toBe(status);
      expectEnvelope(answer, 'VALIDATION_ERROR');
    }
  });

  it('answers 417 for an Expect other than 100-continue, and 413 for a body over 16 MiB', async () => {
    const expectation = await request('GET /v1/me HTTP/1.1', [auth(), 'Expect: teapot']);
    expect(expectation.status).toBe(417);
    expectEnvelope(expectation, 'VALIDATION_ERROR');
    const tooLarge = await request('POST /v1/sandboxes HTTP/1.1', [auth(), `Content-Length: ${16 * 1024 * 1024 + 1}`]);
    expect(tooLarge.status).toBe(413);
    expectEnvelope(tooLarge, 'VALIDATION_ERROR');
  });

  it('answers invalid JSON, non-UTF-8 bodies and bad percent-encoding with 4xx', async () => {
    trackBackend(server.backend);
    const post = (body: Buffer) =>
      raw(
        Buffer.concat([
          Buffer.from(
            `POST /v1/sandboxes HTTP/1.1\r\nHost: x\r\n${auth()}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
          ),
          body,
        ]),
      );
    for (const body of [Buffer.from('{"image":'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), Buffer.from('[1]')]) {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expectEnvelope(answer, 'VALIDATION_ERROR');
    }
    const badParam = await request('GET /v1/sandboxes/%zz HTTP/1.1', [auth()]);
    expect(badParam.status).toBe(404);
    const badQuery = await request('GET /v1/keys?limit=%zz&cursor=%E0%A4 HTTP/1.1', [auth()]);
    expect(badQuery.status).toBe(400);
    expectEnvelope(badQuery, 'VALIDATION_ERROR');
  });

  it('ignores a body sent with GET', async () => {
    trackBackend(server.backend);
    const answer = await request('GET /v1/me HTTP/1.1', [auth(), 'Content-Length: 5'], 'hello');
    expect(answer.status).toBe(200);
  });

  it('logs nothing as a failure of the mock when a client gives up mid-body', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await new Promise<void>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => {
          socket.write('POST /v1/sandboxes HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"im', () =>
            socket.destroy(),
          );
        });
        socket.on('close', () => resolve());
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
    const me = await fetch(`${server.url}/v1/me`, { headers: { 'X-API-Key': server.adminKey } });
    expect(me.status).toBe(200);
  });
});
