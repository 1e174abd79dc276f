// Streams: events per second and CPU per event of runs.stream() against a bare eventsource-parser loop over the
// same local stream (fetch → TextDecoderStream → EventSourceParserStream → JSON.parse).
import { bearerAuth, RunletClient } from '@runlet/core';
import { LazyTransport, Runs } from '@runlet/core/internal';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import { STREAM_EVENTS } from './payloads.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PATH = '/v1/runs/run_bench0000000000/events';

type Reader = () => Promise<number>;

/** Reads the stream once; resolves to the events read. Returns events/s and CPU µs per event of the read. */
async function measure(read: Reader): Promise<[perSecond: number, cpuMicros: number]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const events = await read();
  const elapsed = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (events !== STREAM_EVENTS) throw new Error(`read ${events} events of ${STREAM_EVENTS}`);
  return [events / (elapsed / 1000), (used.user + used.system) / events];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function benchStreams(base: string, key: string): Promise<void> {
  const headers = { authorization: `Bearer ${key}`, accept: 'text/event-stream' };
  const runsOf = (validate: 'strict' | 'off') =>
    new Runs(new LazyTransport(async () => new RunletClient({ baseURL: base, auth: bearerAuth(key), validate })));
  const [strict, off] = [runsOf('strict'), runsOf('off')];
  const readers: Record<string, Reader> = {
    'bare eventsource-parser': async () => {
      const response = await fetch(base + PATH, { headers });
      if (!response.body) throw new Error('no body');
      const reader = response.body
        .pipeThrough(new TextDecoderStream())
        .pipeThrough(new EventSourceParserStream())
        .getReader();
      let events = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return events;
        if ((JSON.parse(value.data) as { type: string }).type) events++;
      }
    },
    'core (validate off)': async () => {
      let events = 0;
      for await (const event of off.stream('run_bench0000000000')) if (event.type) events++;
      return events;
    },
    'core (validate strict)': async () => {
      let events = 0;
      for await (const event of strict.stream('run_bench0000000000')) if (event.type) events++;
      return events;
    },
  };
  for (const read of Object.values(readers)) await read();
  const results: Record<string, { rate: number[]; cpu: number[] }> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, read] of Object.entries(readers)) {
      const [rate, cpu] = await measure(read);
      results[name] ??= { rate: [], cpu: [] };
      results[name].rate.push(rate);
      results[name].cpu.push(cpu);
    }
  }
  const bare = results['bare eventsource-parser'];
  console.log(`\nStreams: one run of ${STREAM_EVENTS} events over a local socket, ${ROUNDS} rounds, medians\n`);
  console.log('reader                   | events/s   vs bare | CPU µs/event  vs bare');
  console.log('-------------------------|--------------------|----------------------');
  for (const [name, r] of Object.entries(results)) {
    const rate = median(r.rate);
    const cpu = median(r.cpu);
    console.log(
      `${name.padEnd(25)}| ${rate.toFixed(0).padStart(8)}  ${(rate / median(bare?.rate ?? [])).toFixed(2).padStart(5)}× | ` +
        `${cpu.toFixed(2).padStart(8)}  ${(cpu / median(bare?.cpu ?? [])).toFixed(2).padStart(8)}×`,
    );
  }
  const overhead = (name: string) => (median(results[name]?.cpu ?? []) - median(bare?.cpu ?? [])).toFixed(2);
  console.log(
    `\nPer-event CPU overhead over the bare loop: ${overhead('core (validate off)')} µs with validate off, ` +
      `${overhead('core (validate strict)')} µs with each event checked against the spec (strict, the default)`,
  );
}
