import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConfigFileError,
  InvalidBaseURLError,
  InvalidKeyFormatError,
  MissingCredentialsError,
  Runlet,
  RunletError,
} from '../../src/index.js';
import { useMockServer } from './server.js';

const { server, admin } = useMockServer();
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runlet-e2e-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function configFile(profiles: Record<string, object>, mode = 0o600): Promise<string> {
  const path = join(dir, `config-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, JSON.stringify({ profiles }), { mode });
  return path;
}

describe('the credentials chain', () => {
  it('reads RUNLET_API_KEY and RUNLET_BASE_URL from the environment', async () => {
    const runlet = new Runlet({ env: { RUNLET_API_KEY: server().adminKey, RUNLET_BASE_URL: server().url } });
    await expect(runlet.me()).resolves.toMatchObject({ scopes: ['*'] });
  });

  it('reads the default profile of the config file', async () => {
    const path = await configFile({ default: { apiKey: server().adminKey, baseUrl: server().url } });
    await expect(new Runlet({ env: { RUNLET_CONFIG_FILE: path } }).me()).resolves.toMatchObject({ type: 'api_key' });
  });

  it('selects a profile by RUNLET_PROFILE or the profile option', async () => {
    const other = await admin().keys.create({ name: 'staging', scopes: ['sandbox:read'] });
    const path = await configFile({
      default: { apiKey: server().adminKey, baseUrl: server().url },
      staging: { apiKey: other.secret, baseUrl: server().url },
    });
    const byEnv = await new Runlet({ env: { RUNLET_CONFIG_FILE: path, RUNLET_PROFILE: 'staging' } }).me();
    expect(byEnv.keyId).toBe(other.id);
    const byOption = await new Runlet({ profile: 'staging', env: { RUNLET_CONFIG_FILE: path } }).me();
    expect(byOption.keyId).toBe(other.id);
  });

  it('prefers the option to the environment to the config file', async () => {
    const fromEnv = await admin().keys.create({ name: 'env', scopes: ['sandbox:read'] });
    const path = await configFile({ default: { apiKey: server().adminKey, baseUrl: server().url } });
    const env = { RUNLET_CONFIG_FILE: path, RUNLET_API_KEY: fromEnv.secret, RUNLET_BASE_URL: server().url };
    expect((await new Runlet({ env }).me()).keyId).toBe(fromEnv.id);
    const optionKey = (await admin().me()).keyId;
    expect((await new Runlet({ env, apiKey: server().adminKey }).me()).keyId).toBe(optionKey);
  });

  it('raises MissingCredentialsError at the first request, not in the constructor, naming every way in', async () => {
    const path = join(dir, 'absent.json');
    const runlet = new Runlet({ env: { RUNLET_CONFIG_FILE: path } });
    const error = await runlet.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialsError);
    expect(error).toBeInstanceOf(RunletError);
    const message = (error as Error).message;
    expect(message).toContain('`apiKey` option');
    expect(message).toContain('RUNLET_API_KEY');
    expect(message).toContain(path);
  });

  it('refuses a config file that group or others can read, saying chmod 600', async () => {
    const path = await configFile({ default: { apiKey: server().adminKey } }, 0o644);
    const error = await new Runlet({ env: { RUNLET_CONFIG_FILE: path } }).me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigFileError);
    expect((error as Error).message).toContain(`chmod 600 ${path}`);
    expect((error as Error).message).not.toContain(server().adminKey);
  });

  it('refuses a base URL that is not https unless it is loopback', () => {
    expect(() => new Runlet({ baseURL: 'http://api.example.com' })).toThrow(InvalidBaseURLError);
    expect(() => new Runlet({ baseURL: 'http://localhost:4010' })).not.toThrow();
    expect(() => new Runlet({ baseURL: 'http://[::1]:4010' })).not.toThrow();
  });

  it('refuses a client token as the key before any request: client tokens are for browsers', async () => {
    const token = (await admin().tokens.create({ scopes: ['sandbox:read'] })).token;
    const before = server().backend.requests.length;
    for (const apiKey of [token, async () => token]) {
      const error = await new Runlet({ apiKey, baseURL: server().url, env: {} }).me().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidKeyFormatError);
      expect(error).toMatchObject({ reason: 'wrong-kind', prefix: 'rl_ct_' });
      expect((error as Error).message).toMatch(
        /is a client token \(rl_ct_…\); expected rl_live_… .* Client tokens are for browsers: use them with @runlet\/browser\./,
      );
      expect((error as Error).message).not.toContain(token.slice(6));
    }
    expect(server().backend.requests.length).toBe(before);
  });

  it('calls an async key function per request, for rotation from a secret manager', async () => {
    let calls = 0;
    const runlet = new Runlet({
      apiKey: async () => {
        calls++;
        return server().adminKey;
      },
      baseURL: server().url,
      env: {},
    });
    await runlet.me();
    await runlet.me();
    expect(calls).toBe(2);
  });

  it('describes its auth by the redacted key, signing and where the key came from, never the secret', async () => {
    const key = server().adminKey;
    const runlet = new Runlet({ env: { RUNLET_API_KEY: key, RUNLET_BASE_URL: server().url } });
    await runlet.me();
    expect(runlet.toJSON()).toMatchObject({ auth: `bearer ${key.slice(0, 8)}…${key.slice(-4)} (from env)` });
    const created = await admin().keys.create({ name: 'signed', scopes: ['sandbox:read'], requireSignature: true });
    const { secret, signingSecret } = created;
    const signed = new Runlet({ apiKey: secret, signingSecret, baseURL: server().url, env: {} });
    await signed.me();
    expect(signed.toJSON()).toMatchObject({
      auth: `bearer ${secret.slice(0, 8)}…${secret.slice(-4)}, signed (from option)`,
    });
    expect(String(signed)).not.toContain(secret.slice(8, -4));
  });
});
