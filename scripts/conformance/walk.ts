// The calls `npm run conformance` makes through @runlet/node: every operation once, and the error answers the
// reference backend gives, each expected with its status.
import { isRunletError, type Runlet } from '@runlet/node';

export interface Failure {
  where: string;
  call: string;
  problem: string;
}

const describe = (error: unknown) =>
  isRunletError(error) ? `${error.name}: ${error.message}` : error instanceof Error ? error.message : String(error);

/** Calls all 23 operations in an order a real app could; ids come from earlier answers. Returns the calls made. */
export async function walkEveryOperation(where: string, runlet: Runlet, failures: Failure[]): Promise<number> {
  let calls = 0;
  const step = async <T>(call: string, run: () => Promise<T>): Promise<T | undefined> => {
    calls++;
    try {
      return await run();
    } catch (error) {
      failures.push({ where, call, problem: describe(error) });
      return undefined;
    }
  };
  await step('me', () => runlet.me());
  await step('keys.list', () => runlet.keys.list({ limit: 5 }));
  const key = await step('keys.create', () =>
    runlet.keys.create({ name: 'conformance', scopes: ['sandbox:read'], type: 'service' }),
  );
  const keyId = key?.id ?? 'key_7Hq2Lm9Xz1Pa4Rt6';
  await step('keys.retrieve', () => runlet.keys.retrieve(keyId));
  await step('keys.update', () => runlet.keys.update(keyId, { name: 'conformance-2' }));
  await step('keys.addAllowedIp', () => runlet.keys.addAllowedIp(keyId, '203.0.113.0/24'));
  await step('keys.removeAllowedIp', () => runlet.keys.removeAllowedIp(keyId, '203.0.113.0/24'));
  await step('keys.setAlert', () => runlet.keys.setAlert(keyId, { thresholdPercent: 80 }));
  await step('keys.usage', () => runlet.keys.usage(keyId));
  const rotated = await step('keys.rotate', () => runlet.keys.rotate(keyId, { gracePeriodSeconds: 60 }));
  await step('keys.revoke', () => runlet.keys.revoke(rotated?.id ?? keyId));
  await step('tokens.create', () =>
    runlet.tokens.create({ scopes: ['sandbox:read'], ttlSeconds: 600, allowedOrigins: ['https://app.example'] }),
  );
  const sandbox = await step('sandboxes.create', () =>
    runlet.sandboxes.create({ image: 'runlet/base', timeoutSeconds: 600, metadata: { team: 'sdk' } }),
  );
  const sandboxId = sandbox?.id ?? 'sbx_9a8b7c6d5e4f3a2b';
  await step('sandboxes.list', () => runlet.sandboxes.list({ limit: 5 }));
  await step('sandboxes.retrieve', () => runlet.sandboxes.retrieve(sandboxId));
  await step('sandboxes.exec', () => runlet.sandboxes.exec(sandboxId, { command: 'echo hi' }));
  await step('sandboxes.pause', () => runlet.sandboxes.pause(sandboxId));
  await step('sandboxes.resume', () => runlet.sandboxes.resume(sandboxId));
  await step('sandboxes.delete', () => runlet.sandboxes.delete(sandboxId));
  const agents = await step('agents.list', () => runlet.agents.list({ limit: 5 }));
  const agentId = agents?.data[0]?.id ?? 'agt_5d4c3b2a1f0e9d8c';
  await step('agents.retrieve', () => runlet.agents.retrieve(agentId));
  const run = await step('agents.run', () => runlet.agents.run(agentId, { input: 'Summarise the open issues.' }));
  await step('runs.retrieve', () => runlet.runs.retrieve(run?.id ?? 'run_4f3a2b1c9d8e7f6a'));
  return calls;
}

/**
 * Error answers of the reference backend through the proxy: each must reach the SDK as the API error with the
 * expected status (a Prism violation under `--errors` would arrive as another status, or as a violation header).
 */
export async function walkErrors(where: string, admin: Runlet, readOnly: Runlet, failures: Failure[]): Promise<number> {
  const expectStatus = async (call: string, status: number, run: () => Promise<unknown>) => {
    try {
      await run();
      failures.push({ where, call, problem: `succeeded; expected ${status}` });
    } catch (error) {
      const got = isRunletError(error) && 'status' in error ? error.status : undefined;
      if (got !== status) failures.push({ where, call, problem: `expected ${status}, got ${describe(error)}` });
    }
  };
  const long = 'x'.repeat(200);
  const sandbox = await admin.sandboxes.create({});
  const cases: [string, number, () => Promise<unknown>][] = [
    ['keys.retrieve(200 characters)', 400, () => admin.keys.retrieve(long)],
    ['sandboxes.retrieve(200 characters)', 400, () => admin.sandboxes.retrieve(long)],
    ['runs.retrieve(200 characters)', 400, () => admin.runs.retrieve(long)],
    ['keys.list({ limit: 0 })', 400, () => admin.keys.list({ limit: 0 })],
    ['keys.retrieve(missing)', 404, () => admin.keys.retrieve('key_0000000000000000')],
    ['sandboxes.pause(missing)', 404, () => admin.sandboxes.pause('sbx_0')],
    ['agents.retrieve(missing)', 404, () => admin.agents.retrieve('agt_0')],
    ['runs.retrieve(missing)', 404, () => admin.runs.retrieve('run_0')],
    ['keys.create without keys:manage', 403, () => readOnly.keys.create({ name: 'x', scopes: ['keys:read'] })],
    ['sandboxes.resume(running)', 409, () => admin.sandboxes.resume(sandbox.id)],
  ];
  for (const [call, status, run] of cases) await expectStatus(call, status, run);
  return cases.length + 1;
}
