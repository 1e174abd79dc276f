import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createToken } from '@runlet/types';
import { describe, it } from 'vitest';
import { type CliSandbox, json, sandboxForTest } from './helpers/cli-sandbox.js';

// config show reads the configuration only: no API server is needed.
const apiKey = createToken('rl_test_');
const baseUrl = 'http://127.0.0.1:4010';

async function writeConfig(sandbox: CliSandbox, profiles: Record<string, Record<string, string>>, mode = 0o600) {
  await mkdir(dirname(sandbox.configFile), { recursive: true });
  await writeFile(sandbox.configFile, JSON.stringify({ profiles }));
  await chmod(sandbox.configFile, mode);
}

describe.concurrent('runlet config show', { timeout: 30_000 }, () => {
  it('shows each value of the config profile redacted, and where it comes from', async ({ expect, onTestFinished }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const signingSecret = createToken('rl_sig_');
    await writeConfig(sandbox, { default: { apiKey, baseUrl, signingSecret } });

    const result = await sandbox.run(['config', 'show']);

    expect(result.code).toBe(0);
    const from = `profile "default" of ${sandbox.configFile}`;
    expect(result.stdout).toMatch(new RegExp(`apiKey\\s+rl_test_…${apiKey.slice(-4)}\\s+${escapeRegExp(from)}`));
    expect(result.stdout).toMatch(
      new RegExp(`signingSecret\\s+rl_sig_…${signingSecret.slice(-4)}\\s+${escapeRegExp(from)}`),
    );
    expect(result.stdout).toMatch(new RegExp(`baseURL\\s+${escapeRegExp(baseUrl)}\\s+${escapeRegExp(from)}`));
    expect(result.stdout).toMatch(/configFile\s+\S+\s+\$RUNLET_CONFIG_FILE/);
    expect(result.stdout).not.toContain(apiKey);
    expect(result.stdout).not.toContain(signingSecret);
  });

  it('prints a stable JSON object of settings with --json, secrets still redacted', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    await writeConfig(sandbox, { work: { apiKey } });

    const result = await sandbox.run(['config', 'show', '--json'], { env: { RUNLET_PROFILE: 'work' } });

    expect(json(result)).toEqual({
      profile: { value: 'work', source: 'env', from: 'RUNLET_PROFILE' },
      configFile: { value: sandbox.configFile, source: 'env', from: 'RUNLET_CONFIG_FILE', exists: true },
      apiKey: {
        value: `rl_test_…${apiKey.slice(-4)}`,
        source: 'config',
        from: `profile "work" of ${sandbox.configFile}`,
      },
      baseURL: { value: 'https://api.runlet.dev', source: 'default', from: null },
      signingSecret: { value: null, source: 'unset', from: null },
    });
  });

  it('reveals a secret in full only with --reveal, and prints one bare value with --key', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    await writeConfig(sandbox, { default: { apiKey } });

    const [hidden, revealed, asJson] = await Promise.all([
      sandbox.run(['config', 'show', '--key', 'apiKey']),
      sandbox.run(['config', 'show', '--key', 'apiKey', '--reveal']),
      sandbox.run(['config', 'show', '--key', 'apiKey', '--reveal', '--json']),
    ]);

    expect(hidden.stdout).toBe(`rl_test_…${apiKey.slice(-4)}\n`);
    expect(revealed.stdout).toBe(`${apiKey}\n`);
    expect(json(asJson)).toEqual({
      name: 'apiKey',
      value: apiKey,
      source: 'config',
      from: `profile "default" of ${sandbox.configFile}`,
    });
  });

  it('says the profile is not used when the key comes from RUNLET_API_KEY or --api-key, as the SDK does', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    await writeConfig(sandbox, { default: { apiKey, baseUrl } });
    const other = createToken('rl_live_');

    const [fromEnv, fromOption] = await Promise.all([
      sandbox.run(['config', 'show', '--json'], { env: { RUNLET_API_KEY: other } }),
      sandbox.run(['config', 'show', '--api-key', other]),
    ]);

    expect(json(fromEnv)).toMatchObject({
      apiKey: { value: `rl_live_…${other.slice(-4)}`, source: 'env', from: 'RUNLET_API_KEY' },
      baseURL: { value: 'https://api.runlet.dev', source: 'default' },
    });
    expect(fromOption.stdout).toMatch(/apiKey\s+rl_live_…\S+\s+--api-key/);
    expect(fromOption.stdout).toContain(
      'The key comes from --api-key, so profile "default" of the config file is not used.',
    );
  });

  it('tells how to get started when there is no config file, and exits 1 for --key of an unset value', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    const [all, key] = await Promise.all([
      sandbox.run(['config', 'show']),
      sandbox.run(['config', 'show', '--key', 'apiKey']),
    ]);

    expect(all.code).toBe(0);
    expect(all.stdout).toContain('No key and no config file yet. Run `runlet setup`.');
    expect(key.code).toBe(1);
    expect(key.stderr).toContain('apiKey is not set');
  });

  it('spells the base URL baseURL in the table, the JSON and --key, and still takes the former --key names', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    await writeConfig(sandbox, { default: { apiKey, baseUrl } });

    const [table, asJson, one, former] = await Promise.all([
      sandbox.run(['config', 'show']),
      sandbox.run(['config', 'show', '--json']),
      sandbox.run(['config', 'show', '--key', 'baseURL', '--json']),
      sandbox.run(['config', 'show', '--key', 'base_url', '--json']),
    ]);

    expect(table.stdout).toMatch(/^baseURL\s/m);
    expect(json(asJson)).toHaveProperty('baseURL.value', baseUrl);
    expect(json(one)).toMatchObject({ name: 'baseURL', value: baseUrl });
    expect(json(former)).toEqual(json(one));
    for (const result of [table, asJson, one, former]) expect(result.stdout).not.toMatch(/baseUrl|base_url/);
  });

  it('refuses a config file that others can read with exit 1, saying to chmod 600', async ({
    expect,
    onTestFinished,
  }) => {
    const sandbox = await sandboxForTest(onTestFinished);
    await writeConfig(sandbox, { default: { apiKey } }, 0o644);

    const result = await sandbox.run(['config', 'show']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`chmod 600 ${sandbox.configFile}`);
    expect(result.stderr).not.toContain(apiKey);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
