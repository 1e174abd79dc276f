import { describe, expect, it, vi } from 'vitest';
import { ResponseValidationError, RunletClient } from '../src/index.js';
import { apiKey, BASE, json, mockFetch, principal } from './helpers.js';

const broken = { data: [apiKey(1), apiKey(2), apiKey(3), { ...apiKey(4), createdAt: 'yesterday' }], nextCursor: null };

describe('response validation', () => {
  it('throws ResponseValidationError naming the operation and the JSON path when strict', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, broken)).fetch });
    const error = await client.get('/v1/keys').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ operationId: 'listKeys', status: 200, requestId: 'req_0123456789abcdef' });
    expect((error as ResponseValidationError).issues[0]?.path).toBe('$.data[3].createdAt');
    expect((error as Error).message).toMatch(
      /^The response of listKeys does not match the API schema at \$\.data\[3\]\.createdAt: /,
    );
  });

  it('logs a warning and returns the data with validate: warn', async () => {
    const warn = vi.fn();
    const logger = { warn, error: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const client = new RunletClient({
      baseURL: BASE,
      fetch: mockFetch(json(200, broken)).fetch,
      validate: 'warn',
      logger,
    });
    const page = await client.get('/v1/keys');
    expect(page.data).toHaveLength(4);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('$.data[3].createdAt'));
  });

  it('checks nothing with validate: off, per client or per call', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(json(200, broken)).fetch });
    await expect(client.get('/v1/keys', { validate: 'off' })).resolves.toMatchObject({ nextCursor: null });
  });

  it('returns the body as sent, keeping members the schema does not know', async () => {
    const client = new RunletClient({
      baseURL: BASE,
      fetch: mockFetch(json(200, { ...principal, newField: 1 })).fetch,
    });
    expect(await client.get('/v1/me')).toMatchObject({ newField: 1 });
  });

  it('reports a success body that is not JSON', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(new Response('<html>', { status: 200 })).fetch });
    const error = await client.get('/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as Error).message).toContain('not JSON');
    // The body is refused before the operation is looked up: the route names it, not a path posing as its id.
    expect(error).toMatchObject({ operationId: undefined, status: 200 });
    expect((error as Error).message).toMatch(/^The response of GET \/v1\/me is not JSON/);
  });
});
