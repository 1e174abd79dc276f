// @runlet/node's signing cost: µs per signature, and request throughput with signing on vs off.
import { createSigner, Runlet } from '@runlet/node';
import { createToken } from '@runlet/types';

export async function benchSigning(base: string, key: string): Promise<void> {
  const secret = createToken('rl_sig_');
  const sign = createSigner(secret);
  const body = JSON.stringify({ command: 'x'.repeat(1000) });
  const path = '/v1/sandboxes/sbx_9a8b7c/exec';
  for (let i = 0; i < 20_000; i++) sign('POST', path, 1767225600 + i, body);
  const n = 200_000;
  const start = performance.now();
  for (let i = 0; i < n; i++) sign('POST', path, 1767225600 + i, body);
  const perSignature = ((performance.now() - start) * 1000) / n;

  const plain = new Runlet({ apiKey: key, baseURL: base, env: {}, validate: 'off' });
  const signed = new Runlet({ apiKey: key, baseURL: base, env: {}, validate: 'off', signingSecret: secret });
  const rps = async (client: Runlet) => {
    let started = 0;
    const total = 3000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        while (started < total) {
          started++;
          await client.me();
        }
      }),
    );
    return total / ((performance.now() - t0) / 1000);
  };
  await rps(plain);
  await rps(signed);
  const off: number[] = [];
  const on: number[] = [];
  for (let round = 0; round < 7; round++) {
    off.push(await rps(plain));
    on.push(await rps(signed));
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
  console.log('\n@runlet/node request signing');
  console.log(`  HMAC-SHA256 signature of a 1 KB body: ${perSignature.toFixed(2)} µs (target ≤ 10 µs)`);
  console.log(
    `  runlet.me() with 32 in flight: ${median(off).toFixed(0)} req/s unsigned, ${median(on).toFixed(0)} req/s signed (${(median(on) / median(off)).toFixed(2)}×)`,
  );
}
