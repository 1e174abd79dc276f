import { describe, expect, it } from 'vitest';
import { createTestApi } from './support/api.js';

describe('cursor pagination', () => {
  it('walks every item newest first, 20 by default, with nextCursor null on the last page', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const ids = Array.from({ length: 45 }, () => backend.seedSandbox().id).reverse();
    const first = await call('GET', '/v1/sandboxes', { key: adminKey });
    expect(first.body.data).toHaveLength(20);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=7&cursor=${cursor}` : '?limit=7';
      const page = await call('GET', `/v1/sandboxes${query}`, { key: adminKey });
      seen.push(...page.body.data.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('answers nextCursor null when the page is exactly the rest', async () => {
    const { call, adminKey } = await createTestApi();
    const page = await call('GET', '/v1/agents?limit=3', { key: adminKey });
    expect(page.body.data).toHaveLength(3);
    expect(page.body.nextCursor).toBeNull();
    const keys = await call('GET', '/v1/keys?limit=1', { key: adminKey });
    expect(keys.body.nextCursor).toBeNull();
  });

  it('refuses a limit outside 1–100, a non-integer limit and an unknown cursor', async () => {
    const { call, adminKey } = await createTestApi();
    const issues = async (query: string) =>
      (await call('GET', `/v1/keys${query}`, { key: adminKey })).body.error.details.issues;
    expect(await issues('?limit=101')).toEqual([{ path: 'query.limit', message: 'Must be at most 100.' }]);
    expect(await issues('?limit=0')).toEqual([{ path: 'query.limit', message: 'Must be at least 1.' }]);
    expect(await issues('?limit=ten')).toEqual([{ path: 'query.limit', message: 'Expected a number, got a string.' }]);
    expect(await issues('?limit=2.5')).toEqual([
      { path: 'query.limit', message: 'Expected an integer, got a number.' },
    ]);
    expect(await issues('?cursor=key_nope')).toEqual([
      { path: 'query.cursor', message: 'Unknown cursor; pass the nextCursor of the previous page.' },
    ]);
    expect((await call('GET', '/v1/keys?limit=100&other=1', { key: adminKey })).status).toBe(200);
  });

  it('keeps a cursor valid when its item is deleted since', async () => {
    const { call, backend, adminKey } = await createTestApi();
    const [oldest, middle, newest] = [backend.seedSandbox(), backend.seedSandbox(), backend.seedSandbox()];
    const page = await call('GET', '/v1/sandboxes?limit=2', { key: adminKey });
    expect(page.body.nextCursor).toBe(middle.id);
    await call('DELETE', `/v1/sandboxes/${middle.id}`, { key: adminKey });
    const next = await call('GET', `/v1/sandboxes?cursor=${middle.id}`, { key: adminKey });
    expect(next.body.data.map((item: { id: string }) => item.id)).toEqual([oldest.id]);
    expect(newest.id).toBe(page.body.data[0].id);
  });
});
