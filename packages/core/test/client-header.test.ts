import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { RunletClient, VERSION } from '../src/index.js';
import { BASE, json, mockFetch, principal } from './helpers.js';

describe('client identification', () => {
  it('names the SDK version and runtime in X-Runlet-Client and User-Agent', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    await new RunletClient({ baseURL: BASE, fetch, clientName: 'runlet-node/9.9.9' }).get('/v1/me');
    const header = calls[0]?.request.headers.get('x-runlet-client');
    expect(header).toMatch(new RegExp(`^runlet-core/${VERSION} runlet-node/9\\.9\\.9 \\((node|edge) `));
    expect(calls[0]?.request.headers.get('user-agent')).toBe(header);
    expect(calls[0]?.request.headers.get('accept')).toBe('application/json');
  });

  it('keeps VERSION equal to package.json', () => {
    expect(VERSION).toBe(packageJson.version);
  });

  it('sends default headers and lets a call override them', async () => {
    const { fetch, calls } = mockFetch(json(200, principal));
    const client = new RunletClient({ baseURL: `${BASE}/`, fetch, headers: { 'x-team': 'a', 'x-env': 'ci' } });
    await client.get('/v1/me', { headers: { 'x-team': 'b' } });
    expect(calls[0]?.request.url).toBe(`${BASE}/v1/me`);
    expect(calls[0]?.request.headers.get('x-team')).toBe('b');
    expect(calls[0]?.request.headers.get('x-env')).toBe('ci');
  });
});
