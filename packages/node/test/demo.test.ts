import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('../../../scripts/demo.ts', import.meta.url));

describe('npm run demo', () => {
  it('walks every main flow against the embedded backend and exits 0 within seconds', async () => {
    const env = { ...process.env, RUNLET_BASE_URL: '', RUNLET_API_KEY: '', NO_COLOR: '1' };
    const { stdout } = await run(process.execPath, [demo], { env, timeout: 20_000 });
    for (const expected of [
      'Who am I?',
      'secret (shown once)',
      'shows the secret?      no',
      'page 2',
      'unsigned               401 INVALID_SIGNATURE',
      'refused → 403 FORBIDDEN (needs keys:read)',
      'keeps working until',
      '403 IP_NOT_ALLOWED',
      'left this hour',
      'expires in 600 s',
      'revoked key            401 INVALID_API_KEY',
      'Done.',
    ]) {
      expect(stdout).toContain(expected);
    }
  });
});

describe('npm run demo against another server', () => {
  it('uses RUNLET_BASE_URL and RUNLET_API_KEY when both are set', async () => {
    const { startRunletMockServer } = await import('@runlet/testing/server');
    const server = await startRunletMockServer({ port: 0 });
    try {
      const env = { ...process.env, RUNLET_BASE_URL: server.url, RUNLET_API_KEY: server.adminKey, NO_COLOR: '1' };
      const { stdout } = await run(process.execPath, [demo], { env, timeout: 20_000 });
      expect(stdout).toContain(`Server ${server.url}, key rl_test_…${server.adminKey.slice(-4)} from the environment.`);
      expect(stdout).toContain(`Every flow above ran against ${server.url}.`);
      expect(stdout).not.toContain(server.adminKey);
      expect(server.backend.requests.length).toBeGreaterThanOrEqual(20);
    } finally {
      await server.close();
    }
  });
});
