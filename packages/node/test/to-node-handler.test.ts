import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { toNodeHandler } from '../src/index.js';

/** A node:http server on a free loopback port, closed when the test ends. */
async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Answers with what the web handler saw. */
const echo = async (request: Request) =>
  Response.json({
    method: request.method,
    url: request.url,
    body: await request.text(),
    contentType: request.headers.get('content-type'),
    custom: request.headers.get('x-custom'),
  });

describe('toNodeHandler', () => {
  it('hands node:http a web Request with the method, URL, headers and streamed body', async () => {
    const url = await listen(toNodeHandler(echo));
    const response = await fetch(`${url}/api/token?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-custom': 'yes' },
      body: 'hello',
    });
    expect(response.statusText).toBe('OK');
    expect(await response.json()).toEqual({
      method: 'POST',
      url: `${url}/api/token?x=1`,
      body: 'hello',
      contentType: 'text/plain',
      custom: 'yes',
    });
  });

  it('takes a body Express already parsed from req.body, and the mounted path from originalUrl', async () => {
    const handler = toNodeHandler(echo);
    const url = await listen((req, res) => {
      // As express.json() under app.use('/api', router) leaves it: the stream read, req.url relative to the mount.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const originalUrl = req.url ?? '/';
        handler(Object.assign(req, { body: parsed, originalUrl, url: originalUrl.slice('/api'.length) }), res);
      });
    });
    const response = await fetch(`${url}/api/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: 1 }),
    });
    expect(await response.json()).toMatchObject({ url: `${url}/api/token`, body: '{"a":1}' });
  });

  it('keeps every Set-Cookie as its own header line', async () => {
    const url = await listen(
      toNodeHandler(async () => {
        const headers = new Headers();
        headers.append('set-cookie', 'a=1; Path=/');
        headers.append('set-cookie', 'b=2; Path=/');
        return new Response('ok', { headers });
      }),
    );
    const response = await fetch(url);
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('aborts the web Request when the client goes away before the answer', async () => {
    let aborted: () => void = () => undefined;
    const gone = new Promise<void>((resolve) => {
      aborted = resolve;
    });
    const url = await listen(
      toNodeHandler(async (request) => {
        request.signal.addEventListener('abort', () => aborted(), { once: true });
        await gone;
        return new Response('too late');
      }),
    );
    const controller = new AbortController();
    const pending = fetch(url, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(pending).rejects.toThrow();
    await expect(gone).resolves.toBeUndefined();
  });

  it('passes a failure of the handler to next(), or answers 500 without one', async () => {
    const failing = toNodeHandler(() => Promise.reject(new Error('boom')));
    const errors: unknown[] = [];
    const withNext = await listen((req, res) =>
      failing(req, res, (error) => {
        errors.push(error);
        res.statusCode = 502;
        res.end();
      }),
    );
    expect((await fetch(withNext)).status).toBe(502);
    expect(errors).toEqual([new Error('boom')]);
    expect((await fetch(await listen(failing))).status).toBe(500);
  });
});
