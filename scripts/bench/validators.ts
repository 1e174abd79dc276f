// The measurement behind core's one validator path: the compiled checks of @runlet/types/validators (what core
// runs) against the zod/mini schema of the same response, on the 100-key list the benchmark serves.
import { apiOperations } from '@runlet/types/operations';
import { responseValidators } from '@runlet/types/validators';
import { list } from './payloads.ts';

function perCall(fn: () => unknown, runs = 2000): number {
  for (let i = 0; i < 200; i++) fn();
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return ((performance.now() - start) / runs) * 1000;
}

export function benchValidators(): void {
  const body = JSON.parse(list) as unknown;
  const compiled = responseValidators['GET /v1/keys']?.responses[200];
  const zod = apiOperations.listKeys.responses[200];
  if (!compiled?.check(body) || !zod.safeParse(body).success) throw new Error('the bench list does not validate');
  const parse = perCall(() => JSON.parse(list));
  const check = perCall(() => compiled.check(body));
  const zodMini = perCall(() => zod['~standard'].validate(body));
  console.log(
    `\nValidating the 100-key list: JSON.parse ${parse.toFixed(0)} µs; compiled check ${check.toFixed(0)} µs; ` +
      `zod/mini (Standard Schema) ${zodMini.toFixed(0)} µs (${(zodMini / check).toFixed(1)}× the compiled check)`,
  );
}
