import { describe, expect, it } from 'vitest';
import { RunletClient } from '../src/index.js';
import { apiKey, BASE, json, mockFetch } from './helpers.js';

const pages = (request: Request) => {
  const cursor = new URL(request.url).searchParams.get('cursor');
  if (!cursor) return json(200, { data: [apiKey(1), apiKey(2)], nextCursor: 'c2' });
  if (cursor === 'c2') return json(200, { data: [apiKey(3), apiKey(4)], nextCursor: 'c3' });
  return json(200, { data: [apiKey(5)], nextCursor: null });
};

describe('cursor pagination', () => {
  it('walks every item of every page with for await', async () => {
    const { fetch, calls } = mockFetch(pages);
    const client = new RunletClient({ baseURL: BASE, fetch });
    const names: string[] = [];
    for await (const key of client.list('/v1/keys', { params: { query: { limit: 2 } } })) names.push(key.name);
    expect(names).toEqual(['key 1', 'key 2', 'key 3', 'key 4', 'key 5']);
    expect(calls.map((c) => new URL(c.request.url).search)).toEqual([
      '?limit=2',
      '?limit=2&cursor=c2',
      '?limit=2&cursor=c3',
    ]);
  });

  it('walks pages with .pages() and stops on the last one', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(pages).fetch });
    const sizes: number[] = [];
    for await (const page of client.list('/v1/keys').pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('resolves to the first page with navigation helpers', async () => {
    const client = new RunletClient({ baseURL: BASE, fetch: mockFetch(pages).fetch });
    const first = await client.list('/v1/keys');
    expect(first.data).toHaveLength(2);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data[0]?.name).toBe('key 3');
    const last = await second.getNextPage();
    expect(last.hasNextPage()).toBe(false);
    expect(() => last.getNextPage()).toThrow(/last page/);
  });

  it('stops early when the loop breaks', async () => {
    const { fetch, calls } = mockFetch(pages);
    const client = new RunletClient({ baseURL: BASE, fetch });
    for await (const key of client.list('/v1/keys')) if (key.name === 'key 1') break;
    expect(calls).toHaveLength(1);
  });
});
