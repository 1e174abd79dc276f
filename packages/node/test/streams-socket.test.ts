// Streams over a real socket: abort and break close the connection, seen from the server's side.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createToken } from '@runlet/types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APIUserAbortError, Runlet } from '../src/index.js';

const RUN_ID = 'run_4f3a2b1c9d8e7f6a';
let server: Server;
let baseURL: string;
/** Each stream request, and whether its connection has closed. */
const streams: { request: IncomingMessage; closed: boolean }[] = [];

beforeAll(async () => {
  // One event, then keep-alive comments every 20 ms for as long as the client stays.
  server = createServer((request, response) => {
    const entry = { request, closed: false };
    streams.push(entry);
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    const started = {
      type: 'run.started',
      runId: RUN_ID,
      agentId: 'agt_1a2b3c4d5e6f7a8b',
      createdAt: '2026-12-07T03:00:00Z',
    };
    response.write(`id: 1\nevent: run.started\ndata: ${JSON.stringify(started)}\n\n`);
    const timer = setInterval(() => response.write(': keep-alive\n\n'), 20);
    response.on('close', () => {
      clearInterval(timer);
      entry.closed = true;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const runlet = () => new Runlet({ apiKey: createToken('rl_test_'), baseURL, env: {} });

describe('a stream over a real socket', () => {
  it('abort ends the loop with APIUserAbortError and the server sees the connection close', async () => {
    const controller = new AbortController();
    const read = async () => {
      for await (const event of runlet().runs.stream(RUN_ID, { signal: controller.signal })) {
        if (event.type === 'run.started') setTimeout(() => controller.abort(), 30);
      }
    };
    await expect(read()).rejects.toThrow(APIUserAbortError);
    await vi.waitFor(() => expect(streams.at(-1)?.closed).toBe(true));
  });

  it('breaking out of the loop closes the connection too', async () => {
    for await (const event of runlet().runs.stream(RUN_ID)) if (event.type === 'run.started') break;
    await vi.waitFor(() => expect(streams.at(-1)?.closed).toBe(true));
    expect(streams.at(-1)?.request.headers.accept).toBe('text/event-stream');
  });
});
