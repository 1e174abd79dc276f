// `npm run bench`: throughput and latency of @runlet/core against raw fetch, bare ky and openai-node, and streams
// against a bare eventsource-parser loop, on a local server in a child process. Clients are interleaved in rounds
// after a warm-up.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bearerAuth, RunletClient } from '@runlet/core';
import { createToken } from '@runlet/types';
import ky from 'ky';
import OpenAI from 'openai';
import createFetchClient from 'openapi-fetch';
import { benchSigning } from './bench/signing.ts';
import { benchStreams } from './bench/streams.ts';
import { benchValidators } from './bench/validators.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 300);
const CONCURRENT_TOTAL = Number(process.env.BENCH_CONCURRENT ?? 3000);
const IN_FLIGHT = 32;

const server = fork(fileURLToPath(new URL('./bench/server.ts', import.meta.url)), { stdio: 'inherit' });
const port = await new Promise<number>((resolve) =>
  server.once('message', (m) => resolve((m as { port: number }).port)),
);
const base = `http://127.0.0.1:${port}`;
const key = createToken('rl_test_');
const headers = { authorization: `Bearer ${key}`, accept: 'application/json' };
const clientId = `runlet-core/0.0.0 (node ${process.versions.node})`;
const clientHeaders = { 'x-runlet-client': clientId, 'user-agent': clientId };

const strict = new RunletClient({ baseURL: base, auth: bearerAuth(key), validate: 'strict' });
const off = new RunletClient({ baseURL: base, auth: bearerAuth(key), validate: 'off' });
const kyClient = ky.create({ prefix: base, headers });
const openai = new OpenAI({ baseURL: base, apiKey: key, maxRetries: 2 });
const openapiFetch = createFetchClient<import('@runlet/types').paths>({ baseUrl: base, headers });

type Call = (path: '/v1/me' | '/v1/keys') => Promise<unknown>;
const clients: Record<string, Call> = {
  // The fastest plain use of fetch: undici's response.json() is slower than text() + JSON.parse.
  'raw fetch': async (path) => JSON.parse(await (await fetch(base + path, { headers })).text()),
  // What every core call must carry on top: a per-attempt timeout signal and the client headers. The gap
  // between this row and core is core's own code.
  'raw + timeout + headers': async (path) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60_000);
    try {
      const init = { headers: { ...headers, ...clientHeaders }, signal: controller.signal };
      return JSON.parse(await (await fetch(base + path, init)).text());
    } finally {
      clearTimeout(timer);
    }
  },
  'bare ky': (path) => kyClient.get(path.slice(1)).json(),
  'core (validate off)': (path) => off.get(path, { validate: 'off' }),
  'core (validate strict)': (path) => strict.get(path),
  'openai-node': (path) => openai.get(path),
  'openapi-fetch': async (path) => (await openapiFetch.GET(path)).data,
};

async function sequential(call: Call, path: '/v1/me' | '/v1/keys'): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const start = performance.now();
    await call(path);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Requests per second with IN_FLIGHT concurrent calls, and this process's CPU time (user + system) per request. */
async function throughput(call: Call, path: '/v1/me' | '/v1/keys'): Promise<[rps: number, cpuMicros: number]> {
  let started = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const worker = async () => {
    while (started < CONCURRENT_TOTAL) {
      started++;
      await call(path);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [CONCURRENT_TOTAL / (elapsed / 1000), (used.user + used.system) / CONCURRENT_TOTAL];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

for (const [name, call] of Object.entries(clients)) {
  for (let i = 0; i < 200; i++) await call(i % 2 ? '/v1/me' : '/v1/keys');
  if (!name) throw new Error('unreachable');
}

const results: Record<string, Record<string, number[]>> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of Object.entries(clients)) {
    results[name] ??= { meLatency: [], keysLatency: [], meRps: [], keysRps: [], meCpu: [], keysCpu: [] };
    const r = results[name];
    const [meRps, meCpu] = await throughput(call, '/v1/me');
    const [keysRps, keysCpu] = await throughput(call, '/v1/keys');
    r.meRps?.push(meRps);
    r.meCpu?.push(meCpu);
    r.keysRps?.push(keysRps);
    r.keysCpu?.push(keysCpu);
    r.meLatency?.push(await sequential(call, '/v1/me'));
    r.keysLatency?.push(await sequential(call, '/v1/keys'));
  }
}

const raw = results['raw fetch'];
const ratio = (value: number, reference: number) => `${(value / reference).toFixed(2)}×`;
console.log(
  `\n@runlet/core benchmark — Node ${process.versions.node}, ${ROUNDS} rounds, ${IN_FLIGHT} in flight, medians of rounds\n`,
);
console.log(
  'client                  | small: req/s  vs raw | list(100): req/s vs raw | small: median ms vs raw | list: median ms vs raw',
);
console.log(
  '------------------------|----------------------|-------------------------|-------------------------|-----------------------',
);
for (const [name, r] of Object.entries(results)) {
  const cells = [
    `${median(r.meRps ?? [])
      .toFixed(0)
      .padStart(7)}  ${ratio(median(r.meRps ?? []), median(raw?.meRps ?? [])).padStart(6)}`,
    `${median(r.keysRps ?? [])
      .toFixed(0)
      .padStart(7)}  ${ratio(median(r.keysRps ?? []), median(raw?.keysRps ?? [])).padStart(6)}`,
    `${median(r.meLatency ?? [])
      .toFixed(3)
      .padStart(7)}  ${ratio(median(r.meLatency ?? []), median(raw?.meLatency ?? [])).padStart(6)}`,
    `${median(r.keysLatency ?? [])
      .toFixed(3)
      .padStart(7)}  ${ratio(median(r.keysLatency ?? []), median(raw?.keysLatency ?? [])).padStart(6)}`,
  ];
  console.log(`${name.padEnd(24)}| ${cells[0]}        | ${cells[1]}           | ${cells[2]}           | ${cells[3]}`);
}

const cpu = (name: string, which: 'meCpu' | 'keysCpu') => median(results[name]?.[which] ?? []);
console.log(
  '\nCPU of this process per request (µs, user + system, 32 in flight; the server runs in another process)\n',
);
console.log('client                  | small: µs   vs ky | list(100): µs  vs ky');
console.log('------------------------|-------------------|---------------------');
for (const name of Object.keys(results)) {
  const cells = (['meCpu', 'keysCpu'] as const).map(
    (which) =>
      `${cpu(name, which).toFixed(0).padStart(6)}  ${ratio(cpu(name, which), cpu('bare ky', which)).padStart(6)}`,
  );
  console.log(`${name.padEnd(24)}| ${cells[0]}     | ${cells[1]}`);
}
const rps = (name: string) => median(results[name]?.meRps ?? []);
console.log(
  `\nTargets (issue 12): core off vs bare ky CPU ${ratio(cpu('core (validate off)', 'meCpu'), cpu('bare ky', 'meCpu'))} (≤ 1.15×), ` +
    `vs openai-node CPU ${ratio(cpu('core (validate off)', 'meCpu'), cpu('openai-node', 'meCpu'))} (≤ 1.05×), ` +
    `req/s vs openai-node ${ratio(rps('core (validate off)'), rps('openai-node'))} (≥ 0.95×), ` +
    `strict vs off on the list, CPU ${ratio(cpu('core (validate strict)', 'keysCpu'), cpu('core (validate off)', 'keysCpu'))} (≤ 1.3×)`,
);

benchValidators();
await benchSigning(base, key);
await benchStreams(base, key);
server.disconnect();
server.kill();
