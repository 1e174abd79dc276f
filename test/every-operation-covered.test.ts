// Adding an endpoint to the spec touches several hand-written places; this test fails until each has it: an SDK
// method, a reference-backend handler, a row in @runlet/node's README, and a CLI command where the CLI covers the
// area (keys, tokens, the calling principal).
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { type CliIO, run } from '@runlet/cli';
import { Runlet } from '@runlet/node';
import { startRunletMockServer } from '@runlet/testing/server';
import { createToken } from '@runlet/types';
import { apiOperations } from '@runlet/types/operations';
import { describe, expect, it } from 'vitest';
import { operationHandlers } from '../packages/testing/src/operations/operation-handlers.js';

const operations = Object.values(apiOperations);
const all = operations.map((operation) => operation.operationId).sort();

/** The operationId of a request, by its method and path (the templates' `{params}` match one segment). */
function operationOf(method: string, url: string): string | undefined {
  const path = new URL(url).pathname;
  return operations.find(
    (operation) =>
      operation.method === method && new RegExp(`^${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  )?.operationId;
}

describe('every operation of the spec', () => {
  it('has an SDK method: each method of each resource, called, sends one of them, and together they send all', async () => {
    const sent = new Set<string>();
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const operationId = operationOf(request.method, request.url);
      if (!operationId) throw new Error(`an SDK method sent ${request.method} ${request.url}, which is no operation`);
      sent.add(operationId);
      return Response.json({ data: [], nextCursor: null });
    };
    const runlet = new Runlet({ apiKey: createToken('rl_test_'), env: {}, fetch, validate: 'off', maxRetries: 0 });
    await runlet.me();
    for (const resource of [runlet.keys, runlet.tokens, runlet.sandboxes, runlet.agents, runlet.runs]) {
      const methods = Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).filter((m) => m !== 'constructor');
      for (const method of methods) {
        const call = (resource as unknown as Record<string, (...args: unknown[]) => PromiseLike<unknown>>)[method];
        // runs.wait polls until the run ends: once is enough here. A stream sends its request when it is read.
        const result = call?.call(resource, 'id_1', method === 'wait' ? { timeout: 0 } : 'id_2');
        if (result && Symbol.asyncIterator in result && !('then' in result)) {
          await (result as AsyncIterable<unknown>)
            [Symbol.asyncIterator]()
            .next()
            .catch(() => undefined);
        } else
          await Promise.resolve(result).then(undefined, (error) =>
            method === 'wait' ? undefined : Promise.reject(error),
          );
      }
    }
    expect([...sent].sort()).toEqual(all);
  });

  it('has a handler in the reference backend', () => {
    expect(Object.keys(operationHandlers).sort()).toEqual(all);
  });

  it("has a row in @runlet/node's README naming its method and path", () => {
    const readme = readFileSync(new URL('../packages/node/README.md', import.meta.url), 'utf8');
    const missing = operations.filter((operation) => !readme.includes(`| \`${operation.method} ${operation.path}\``));
    expect(missing.map((operation) => `${operation.method} ${operation.path}`)).toEqual([]);
  });

  it('has a CLI command where the CLI covers its area (keys, tokens, the principal)', async () => {
    const server = await startRunletMockServer({ port: 0 });
    try {
      const io = (): CliIO => {
        const stdin = new PassThrough();
        stdin.end();
        return {
          stdin,
          stdout: new PassThrough().resume(),
          stderr: new PassThrough().resume(),
          env: {
            NO_COLOR: '1',
            RUNLET_API_KEY: server.adminKey,
            RUNLET_BASE_URL: server.url,
            RUNLET_CONFIG_FILE: '/nonexistent/runlet.json',
          },
        };
      };
      const cli = async (...argv: string[]) => expect(await run([...argv, '--json'], io()), argv.join(' ')).toBe(0);
      await cli('whoami');
      await cli('keys', 'create', '--name', 'covered', '--profile', 'read-only');
      const created = server.backend.requests.find((r) => r.operationId === 'createKey');
      const id = (JSON.parse(created?.responseBody ?? '{}') as { id?: string }).id ?? '';
      await cli('keys', 'list');
      await cli('keys', 'show', id);
      await cli('keys', 'update', id, '--name', 'covered-2', '--add-ip', '10.0.0.1');
      await cli('keys', 'update', id, '--remove-ip', '10.0.0.1');
      await cli('keys', 'usage', id);
      await cli('keys', 'alert', id, '--threshold', '80');
      await cli('keys', 'rotate', id, '--grace', '1h');
      await cli('keys', 'revoke', id, '--yes');
      await cli('tokens', 'create', '--scope', 'sandbox:read');
      const covered = new Set(server.backend.requests.map((r) => r.operationId));
      const inArea = operations.filter((operation) => /^\/v1\/(keys|tokens|me)\b/.test(operation.path));
      expect(inArea.filter((operation) => !covered.has(operation.operationId)).map((o) => o.operationId)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
