import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin/runlet-mock.js', import.meta.url));

// A user of another language: start the command, drive the mock through its control API with plain HTTP.
it('runlet-mock serve prints its control API, which seeds keys and injects faults', { timeout: 20_000 }, async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build in packages/testing first.`);
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0']);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  try {
    let stdout = '';
    const control = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        stdout += chunk;
        const url = /Control API \(this machine only\): (http:\/\/\S+)/.exec(stdout)?.[1];
        if (url) resolve(url);
      });
      void exited.then((code) => reject(new Error(`exited with ${code}`)));
    });
    expect(control).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__runlet$/);
    const base = control.replace(/\/__runlet$/, '');
    const post = (path: string, body: unknown) =>
      fetch(`${control}${path}`, { method: 'POST', body: JSON.stringify(body) });
    const seeded = await (await post('/keys', { profile: 'sandbox-user' })).json();
    expect((await post('/faults', { status: 503, path: '/v1/me' })).status).toBe(201);
    const call = () => fetch(`${base}/v1/me`, { headers: { Authorization: `Bearer ${seeded.secret}` } });
    expect((await call()).status).toBe(503);
    expect((await call()).status).toBe(200);
    const log = await (await fetch(`${control}/requests`)).json();
    expect(log.data.map((request: { status: number }) => request.status)).toEqual([503, 200]);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});
