// Changes globalThis.fetch, so it has a file of its own.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunletClient } from '../src/index.js';
import { BASE, json, principal } from './helpers.js';

const original = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = original;
});

describe('the global fetch', () => {
  it('is looked up per request, so a patch made after construction (msw) is used', async () => {
    const client = new RunletClient({ baseURL: BASE });
    const first = vi.fn(async () => json(200, principal));
    const second = vi.fn(async () => json(200, principal));
    globalThis.fetch = first as unknown as typeof fetch;
    await client.get('/v1/me');
    globalThis.fetch = second as unknown as typeof fetch;
    await client.get('/v1/me');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('is not used when a custom fetch is given', async () => {
    const global = vi.fn(async () => json(200, principal));
    globalThis.fetch = global as unknown as typeof fetch;
    const custom = vi.fn(async () => json(200, principal));
    await new RunletClient({ baseURL: BASE, fetch: custom as unknown as typeof fetch }).get('/v1/me');
    expect(custom).toHaveBeenCalledTimes(1);
    expect(global).not.toHaveBeenCalled();
  });
});
