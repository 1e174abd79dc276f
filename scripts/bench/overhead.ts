// In-process overhead per call: each client against a fetch that answers at once from memory, so the figure is
// the client's own CPU (no socket, no server). `node scripts/bench/overhead.ts` prints µs per call.
import { bearerAuth, RunletClient } from '@runlet/core';
import { createToken } from '@runlet/types';
import ky from 'ky';
import { small } from './payloads.ts';

const key = createToken('rl_test_');
const base = 'http://127.0.0.1:9';
const answer = () =>
  new Response(small, {
    headers: {
      'content-type': 'application/json',
      'x-request-id': 'req_0123456789abcdef',
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '999',
      'x-ratelimit-reset': '1790000000',
    },
  });
const fetch = async () => answer();
const core = new RunletClient({ baseURL: base, auth: bearerAuth(key), validate: 'off', fetch });
const kyClient = ky.create({ prefix: base, headers: { authorization: `Bearer ${key}` }, fetch });

async function measure(name: string, call: () => Promise<unknown>, runs = 20000): Promise<void> {
  for (let i = 0; i < 2000; i++) await call();
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) await call();
  const used = process.cpuUsage(cpu);
  console.log(`${name.padEnd(22)} ${((used.user + used.system) / runs).toFixed(1)} µs CPU per call`);
}

if (!process.env.ONLY) await measure('fetch + json', async () => JSON.parse(await (await fetch()).text()));
if (!process.env.ONLY || process.env.ONLY === 'ky') await measure('bare ky', () => kyClient.get('v1/me').json());
if (!process.env.ONLY || process.env.ONLY === 'core') await measure('core (validate off)', () => core.get('/v1/me'));
