import { createToken } from '@runlet/types';
import { describe, expect, it, vi } from 'vitest';
import { bearerAuth, RunletClient, redactHeaders, redactSecret, redactText, redactValue } from '../src/index.js';
import { createLogger } from '../src/internal.js';
import { apiError, BASE, mockFetch } from './helpers.js';

const live = createToken('rl_live_');
const sig = createToken('rl_sig_');

describe('redaction', () => {
  it('shows at most the prefix and the last four characters', () => {
    expect(redactSecret(live)).toBe(`rl_live_…${live.slice(-4)}`);
    expect(redactSecret('sk-abcdefghijklmnop')).toBe('…mnop');
    expect(redactSecret('short')).toBe('…');
  });

  it('redacts tokens and bearer credentials inside text, headers and values', () => {
    expect(redactText(`key=${live} sig=${sig}`)).toBe(`key=rl_live_…${live.slice(-4)} sig=rl_sig_…${sig.slice(-4)}`);
    expect(redactText('Authorization: Bearer some-opaque-credential')).toBe('Authorization: Bearer …tial');
    expect(redactHeaders(new Headers({ authorization: `Bearer ${live}`, 'x-api-key': live, accept: 'a' }))).toEqual({
      authorization: `Bearer rl_live_…${live.slice(-4)}`,
      'x-api-key': `rl_live_…${live.slice(-4)}`,
      accept: 'a',
    });
    expect(
      JSON.stringify(redactValue({ secret: live, nested: [{ text: `x ${sig}` }], password: 'hunter2hunter2' })),
    ).not.toMatch(/rl_live_[0-9A-Za-z]{10}|rl_sig_[0-9A-Za-z]{10}|hunter2hunter2/);
  });

  it('passes every log line through redaction', () => {
    const sink = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const logger = createLogger('debug', sink);
    logger.info(`using ${live}`, { key: live }, `and ${sig}`);
    const printed = JSON.stringify(sink.info.mock.calls);
    expect(printed).not.toContain(live);
    expect(printed).not.toContain(sig);
    expect(printed).toContain(`rl_live_…${live.slice(-4)}`);
  });

  it('logs circular objects and BigInts instead of throwing, still redacted', () => {
    const sink = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const logger = createLogger('debug', sink);
    const loop: Record<string, unknown> = { key: createToken('rl_live_'), count: 12n };
    loop.self = loop;
    expect(() => logger.warn('state', loop, 7n)).not.toThrow();
    const [, logged, big] = sink.warn.mock.calls[0] ?? [];
    expect(logged).toMatchObject({ count: '12n', self: '[Circular]' });
    expect(JSON.stringify(logged)).not.toContain(loop.key as string);
    expect(big).toBe('7n');
  });

  it('drops lines below the level and refuses an unknown level', () => {
    const sink = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const logger = createLogger('warn', sink);
    logger.debug('x');
    logger.info('x');
    logger.warn('y');
    expect(sink.debug).not.toHaveBeenCalled();
    expect(sink.warn).toHaveBeenCalledWith('[runlet] y');
    expect(() => createLogger('verbose' as 'warn')).toThrow(/logLevel must be one of off, error, warn, info, debug/);
  });

  it('never puts a secret in an error, even when the server echoes it', async () => {
    const echo = apiError(401, 'INVALID_API_KEY', { message: `Key ${live} is revoked` });
    const sink = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
    const client = new RunletClient({
      baseURL: BASE,
      fetch: mockFetch(echo).fetch,
      auth: bearerAuth(live),
      logger: sink,
      logLevel: 'debug',
    });
    const error = await client.get('/v1/me').catch((e: unknown) => e);
    const everything = JSON.stringify([
      String(error),
      (error as Error).message,
      Object.entries(error as object),
      sink.debug.mock.calls,
    ]);
    expect(everything).not.toContain(live);
    expect((error as Error).message).toContain(`Key rl_live_…${live.slice(-4)} is revoked`);
  });
});
