// Runs an example against the reference backend on this machine, so that it needs no Runlet account:
// `node with-reference-api.ts <command> [args…]` starts a local Runlet API (@runlet/testing), runs the command
// with RUNLET_API_KEY and RUNLET_BASE_URL pointing at it, and stops it when the command ends.
// With RUNLET_API_KEY already set, it runs the command against that API instead.
import { spawn } from 'node:child_process';
import { startRunletMockServer } from '@runlet/testing/server';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node with-reference-api.ts <command> [args…]');
  process.exit(2);
}

const api = process.env.RUNLET_API_KEY ? undefined : await startRunletMockServer();
if (api) console.error(`[examples] reference backend on ${api.url} (set RUNLET_API_KEY to use the real API)`);
const env = api ? { ...process.env, RUNLET_API_KEY: api.adminKey, RUNLET_BASE_URL: api.url } : process.env;
const child = spawn(command, args, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
const code = await new Promise<number>((resolve) => {
  child.once('error', (error) => {
    console.error(`[examples] could not run ${command}: ${error.message}`);
    resolve(127);
  });
  child.once('exit', (status, signal) => resolve(status ?? (signal ? 0 : 1)));
});
await api?.close();
process.exit(code);
