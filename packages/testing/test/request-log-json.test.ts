import { describe, expect, expectTypeOf, it } from 'vitest';
import type { LoggedRequest } from '../src/index.js';
import { createTestApi } from './support/api.js';

describe('the parsed JSON body in the request log', () => {
  it('holds the body parsed as JSON, so an assertion can match its fields', async () => {
    const { call, backend, adminKey } = await createTestApi();
    await call('POST', '/v1/keys', { key: adminKey, json: { name: 'x', scopes: ['keys:read'] } });
    expect(backend.requests.at(-1)).toMatchObject({ status: 201, json: { name: 'x', scopes: ['keys:read'] } });
  });

  it('parses JSON whatever the Content-Type says, and keeps scalars and null', async () => {
    const { call, backend, adminKey } = await createTestApi();
    await call('POST', '/v1/sandboxes', {
      key: adminKey,
      body: '{"image":"a"}',
      headers: { 'Content-Type': 'text/plain' },
    });
    await call('POST', '/v1/sandboxes', { key: adminKey, body: 'null' });
    await call('POST', '/v1/sandboxes', { key: adminKey, body: ' 42 ' });
    expect(backend.requests.map((request) => request.json)).toEqual([{ image: 'a' }, null, 42]);
  });

  it('is undefined when there is no body, an empty one, or one that is not JSON', async () => {
    const { call, backend, adminKey } = await createTestApi();
    await call('GET', '/v1/me', { key: adminKey });
    await call('POST', '/v1/sandboxes', { key: adminKey, body: '  ' });
    await call('POST', '/v1/sandboxes', { key: adminKey, body: '{"image":' });
    await call('POST', '/v1/sandboxes', { key: adminKey, body: 'image=a' });
    const logged = backend.requests;
    expect(logged).toHaveLength(4);
    for (const request of logged) {
      expect(request).toHaveProperty('json', undefined);
    }
    expect(logged.map((request) => request.body)).toEqual(['', '  ', '{"image":', 'image=a']);
  });

  it('is typed as unknown, to be narrowed before use', () => {
    expectTypeOf<LoggedRequest['json']>().toBeUnknown();
    expectTypeOf<LoggedRequest['body']>().toBeString();
  });
});
