import { describe, expect, it } from 'vitest';
import type { Logger, LogLevel } from '../../src/index.js';
import { useMockServer } from './server.js';

const { admin } = useMockServer();

/** A logger that keeps every line, by method. */
function recorder() {
  const lines: { level: keyof Logger; message: string }[] = [];
  const logger = Object.fromEntries(
    (['error', 'warn', 'info', 'debug'] as const).map((level) => [
      level,
      (message: string) => void lines.push({ level, message }),
    ]),
  ) as unknown as Logger;
  return { logger, lines, of: (level: keyof Logger) => lines.filter((l) => l.level === level).map((l) => l.message) };
}

describe('RUNLET_LOG', () => {
  it.each(['DEBUG', 'Debug', ' debug '])('takes %j as debug, in any case and with spaces around it', async (value) => {
    const { logger, of } = recorder();
    await expect(admin({ env: { RUNLET_LOG: value }, logger }).me()).resolves.toMatchObject({ type: 'api_key' });
    expect(of('debug').join('\n')).toMatch(/GET \S*\/v1\/me/);
    expect(of('warn')).toEqual([]);
  });

  it('takes OFF as off: nothing is logged', async () => {
    const { logger, lines } = recorder();
    await admin({ env: { RUNLET_LOG: 'OFF' }, logger }).me();
    expect(lines).toEqual([]);
  });

  it('warns once about an unknown value, naming the variable and the levels, and falls back to warn', async () => {
    const { logger, of } = recorder();
    const runlet = admin({ env: { RUNLET_LOG: 'verbose' }, logger });
    await expect(runlet.me()).resolves.toMatchObject({ type: 'api_key' });
    await runlet.me();
    await admin({ env: { RUNLET_LOG: 'VERBOSE' }, logger }).me();
    expect(of('warn')).toEqual([
      `[runlet] RUNLET_LOG="verbose" is not a log level, so 'warn' is used. Set RUNLET_LOG to one of off, error, warn, info, debug (any case), or unset it.`,
    ]);
    expect(of('debug')).toEqual([]);
  });

  it('treats a blank value as unset', async () => {
    const { logger, lines } = recorder();
    await admin({ env: { RUNLET_LOG: '  ' }, logger }).me();
    expect(lines).toEqual([]);
  });

  it('still refuses an unknown logLevel given in code, loudly, and then ignores RUNLET_LOG', async () => {
    const { logger } = recorder();
    const logLevel = 'DEBUG' as LogLevel;
    await expect(admin({ env: { RUNLET_LOG: 'debug' }, logLevel, logger }).me()).rejects.toThrow(
      /logLevel must be one of off, error, warn, info, debug; got "DEBUG"/,
    );
  });
});
