import { isRunletError } from '@runlet/core';
import { createToken } from '@runlet/types';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { assertNotSecret, RunletBrowser, SecretKeyInBrowserError } from '../src/index.js';
import { clientToken } from './helpers.js';

// The encodings and bodies that once got a secret key past the guard (issue 13, item 10).

const live = createToken('rl_live_');
const testKey = createToken('rl_test_');
const sig = createToken('rl_sig_');

const clients: RunletBrowser[] = [];
afterEach(() => {
  for (const runlet of clients.splice(0)) runlet.dispose();
});

/** A client whose fetch issues client tokens at /api/token and records every request: none may happen. */
function recordingClient() {
  const seen: string[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input instanceof Request ? input.url : input);
    seen.push(url);
    if (url.endsWith('/api/token')) return Response.json({ token: clientToken(), expiresIn: 600 });
    return Response.json({ object: 'exec_result', data: [], nextCursor: null });
  });
  const runlet = new RunletBrowser({
    tokenUrl: 'https://app.example/api/token',
    baseURL: 'https://api.example',
    fetch,
    maxRetries: 0,
  });
  clients.push(runlet);
  return { runlet, fetch, seen };
}

/** No 8 characters in a row of the secret's random part show anywhere in the error a user can log. */
function expectSecretNotShown(error: unknown, secret: string) {
  const shown = [
    String(error),
    (error as Error).stack ?? '',
    JSON.stringify({ ...(error as object), message: (error as Error).message }),
  ].join('\n');
  const random = secret.slice(secret.indexOf('_', 3) + 1, -4);
  for (let at = 0; at + 8 <= random.length; at++) expect(shown).not.toContain(random.slice(at, at + 8));
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

async function refusal(promise: Promise<unknown>): Promise<SecretKeyInBrowserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SecretKeyInBrowserError);
  expect(isRunletError(error)).toBe(true);
  return error as SecretKeyInBrowserError;
}

describe('a secret key in a request URL, however it is encoded, fails the call before anything is sent', () => {
  test.each([
    ['after %20 (Bearer%20rl_live_…)', `/v1/me?auth=Bearer%20${live}`, live],
    ['after %3D (auth%3Drl_live_…)', `/v1/me?auth%3D${live}`, live],
    ['twice encoded (Bearer%2520rl_live_…)', `/v1/me?auth=Bearer%2520${live}`, live],
    ['twice encoded (auth%253Drl_test_…)', `/v1/me?auth%253D${testKey}`, testKey],
    ['with its prefix encoded (%72l%5Fsig%5F…)', `/v1/me?auth=x%3D%72l%5Fsig%5F${sig.slice(7)}`, sig],
    ['after a + (a space in a query string), encoded', `/v1/me?auth=Bearer%2B${live}`, live],
    ['after an encoded character outside ASCII (%C2%A0)', `/v1/me?auth=%C2%A0${live}`, live],
    ['after malformed % sequences', `/v1/me?q=100%25%ZZ%E0%A4%2&auth=%253D${live}`, live],
  ])('%s', async (_, path, secret) => {
    const { runlet, fetch } = recordingClient();

    const error = await refusal(runlet.client.request('GET', path));

    expect(error.prefix).toBe(secret.slice(0, secret.indexOf('_', 3) + 1));
    expect(error.message).toContain('the URL of GET /v1/me');
    expectSecretNotShown(error, secret);
    expect(fetch).not.toHaveBeenCalled(); // not even the token request
  });

  test('as a path or query parameter, which core percent-encodes', async () => {
    const { runlet, fetch } = recordingClient();

    const inPath = await refusal(runlet.sandboxes.retrieve(`token=${live}`));
    const inQuery = await refusal(
      runlet.client.request('GET', '/v1/sandboxes', { params: { query: { cursor: `=${live}` } } }),
    );

    // The path segment is shown decoded and redacted, never as sent.
    expect(inPath.where).toBe(`the URL of GET /v1/sandboxes/token=rl_live_…${live.slice(-4)}`);
    expect(inQuery.where).toBe('the URL of GET /v1/sandboxes');
    for (const error of [inPath, inQuery]) expectSecretNotShown(error, live);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('a secret key in a request body fails the call before anything is sent', () => {
  test.each([
    ['exec command, after =', { command: `export RUNLET_API_KEY=${live} && ./deploy.sh` }, 'the command field'],
    ['exec command, on a line of its own', { command: `cat <<EOF\n${live}\nEOF` }, 'the command field'],
    ['exec command, after a tab', { command: `printf '%s'\t${testKey}` }, 'the command field'],
    ['exec env value', { command: 'node app.js', env: { RUNLET_API_KEY: live } }, 'the RUNLET_API_KEY field'],
    ['exec env value, truncated', { command: 'node app.js', env: { KEY: live.slice(0, 14) } }, 'the KEY field'],
    ['exec env value, percent-encoded', { command: 'x', env: { URL: `https://h/?k%3D${sig}` } }, 'the URL field'],
    ['exec env name', { command: 'node app.js', env: { [live]: '1' } }, 'a field name in the body'],
  ])('%s', async (_, body, field) => {
    const { runlet, fetch } = recordingClient();

    const error = await refusal(runlet.sandboxes.exec('sbx_1', body as { command: string }));

    expect(error.where).toContain(`${field}`);
    expect(error.where).toContain('the body of POST /v1/sandboxes/sbx_1/exec');
    expectSecretNotShown(error, JSON.stringify(body).match(/rl_(live|test|sig)_[0-9A-Za-z]+/)?.[0] ?? '');
    expect(fetch).not.toHaveBeenCalled();
  });

  test('in any JSON body: sandbox metadata, an agent run input, a call by path', async () => {
    const { runlet, fetch } = recordingClient();

    await refusal(runlet.sandboxes.create({ metadata: { deployKey: live } }));
    await refusal(runlet.agents.run('agt_1', { input: `Deploy with ${live}, please.` }));
    const byPath = await refusal(runlet.client.request('POST', '/v1/anything', { body: [1, [`x\n${sig}`]] }));

    expect(byPath.where).toBe('the body of POST /v1/anything');
    expect(fetch).not.toHaveBeenCalled();
  });

  test('client tokens, and prose that names a prefix, are sent as usual', async () => {
    const { runlet, seen } = recordingClient();
    const ct = clientToken();

    await runlet.sandboxes.exec('sbx_1', {
      command: `echo ${ct}`,
      env: { RUNLET_TOKEN: ct, NOTE: 'the rl_test_ keys' },
    });
    await runlet.client.request('GET', `/v1/me?auth=Bearer%20${ct}&note=running%20rl_test_%20suite`);

    expect(seen).toEqual([
      'https://app.example/api/token',
      'https://api.example/v1/sandboxes/sbx_1/exec',
      `https://api.example/v1/me?auth=Bearer%20${ct}&note=running%20rl_test_%20suite`,
    ]);
  });
});

test.each([
  ['tokenUrl', { tokenUrl: `https://app.example/api/token?auth%3D${live}` }, 'tokenUrl'],
  ['baseURL', { baseURL: `https://api.example/?k=Bearer%2520${live}` }, 'the baseURL option'],
  ['the headers option', { headers: { 'X-Note': `k%3D${live}` } }, 'the x-note header of every request'],
  [
    'tokenRequest.body',
    { tokenRequest: { body: { script: `a\n${live}` } } },
    'the script field of the body of the token request',
  ],
])('a secret key encoded or escaped in %s is refused by the constructor', (_, options, where) => {
  const fetch = vi.fn<typeof globalThis.fetch>();
  const construct = () =>
    new RunletBrowser({ tokenUrl: 'https://app.example/api/token', baseURL: 'https://api.example', fetch, ...options });
  const error = thrownBy(construct);
  expect(error).toBeInstanceOf(SecretKeyInBrowserError);
  expect((error as Error).message).toContain(where);
  expectSecretNotShown(error, live);
  expect(fetch).not.toHaveBeenCalled();
});

describe('assertNotSecret decoding', () => {
  test('never throws on malformed or odd % sequences, and still finds a key behind them', () => {
    const odd = [
      '%',
      '%%',
      '%E0%A4%A',
      '%uD800',
      '%C0%80',
      '%FF%FE',
      '%2',
      `%${'25'.repeat(200)}41`,
      '\uD800%41',
      '+%+',
    ];
    for (const value of odd) expect(() => assertNotSecret(value, 'a value')).not.toThrow();
    for (const value of odd) {
      expect(() => assertNotSecret(`${value}%20${live}`, 'a value')).toThrow(SecretKeyInBrowserError);
    }
  });

  test('peels many layers of encoding, and a long input stays quick', () => {
    let encoded = `auth=${live}`;
    for (let layer = 0; layer < 10; layer++) encoded = encodeURIComponent(encoded);
    expect(() => assertNotSecret(encoded, 'a value')).toThrow(SecretKeyInBrowserError);

    const started = performance.now();
    assertNotSecret(`%${'25'.repeat(100_000)}41 ${'a'.repeat(100_000)}`, 'a value');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
