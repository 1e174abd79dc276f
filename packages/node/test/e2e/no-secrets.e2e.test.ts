import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Runlet } from '../../src/index.js';
import { useMockServer } from './server.js';

const { server, admin } = useMockServer();

describe('no secret in any error, log line or inspect output', () => {
  it('collects everything a session prints and finds none of its secrets', async () => {
    const lines: string[] = [];
    const sink = (...args: unknown[]) =>
      lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
    const logger = { error: sink, warn: sink, info: sink, debug: sink };
    const runlet = admin({ logLevel: 'debug', logger });
    const created = await runlet.keys.create({ name: 'leaky?', scopes: ['sandbox:read'], requireSignature: true });
    const rotated = await runlet.keys.rotate(created.id, { gracePeriodSeconds: 0 });
    const secrets = [
      server().adminKey,
      server().signingSecret,
      created.secret,
      created.signingSecret,
      rotated.secret,
      rotated.signingSecret,
    ].filter((s): s is string => typeof s === 'string');
    expect(secrets).toHaveLength(6);

    const scoped = new Runlet({
      apiKey: rotated.secret,
      signingSecret: rotated.signingSecret as string,
      baseURL: server().url,
      env: {},
      logLevel: 'debug',
      logger,
      maxRetries: 0,
    });
    const errors: unknown[] = [];
    errors.push(await scoped.keys.list().catch((e: unknown) => e));
    errors.push(
      await new Runlet({ apiKey: created.secret, baseURL: server().url, env: {}, logger, maxRetries: 0 })
        .me()
        .catch((e: unknown) => e),
    );
    errors.push(
      await new Runlet({ apiKey: `${created.secret.slice(0, -1)}${created.secret.endsWith('x') ? 'y' : 'x'}`, env: {} })
        .me()
        .catch((e: unknown) => e),
    );
    server().backend.failNext({ status: 500, times: 5 });
    errors.push(await runlet.me().catch((e: unknown) => e));
    expect(errors.every((e) => e instanceof Error)).toBe(true);

    const printed = [
      ...lines,
      ...errors.flatMap((e) => [
        String(e),
        inspect(e, { depth: 5, showHidden: true }),
        JSON.stringify(e),
        (e as Error).stack ?? '',
      ]),
      inspect(runlet),
      String(runlet),
      JSON.stringify(runlet),
      inspect(scoped),
      inspect(created),
      JSON.stringify(created),
      inspect(rotated),
      JSON.stringify(rotated),
    ].join('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(printed).not.toContain(secret);
    for (const secret of secrets) expect(printed).not.toContain(secret.slice(-20));
  });
});
