import type { Logger, LogLevel } from '@runlet/core';
import { createLogger, DEFAULTS } from '@runlet/core/internal';

/** Every level, checked against core's `LogLevel` by the compiler so that the two cannot drift apart. */
const LEVELS = { off: true, error: true, warn: true, info: true, debug: true } satisfies Record<LogLevel, true>;

/** The values already warned about: one warning per value and process, not one per client or call. */
const warned = new Set<string>();

/**
 * The level `RUNLET_LOG` asks for, in any case and with surrounding spaces ignored; `undefined` when it is
 * unset or blank, or unknown: an unknown value warns once through `logger`, and core's default level applies. A
 * typo in the environment must not break every call (a typo in the `logLevel` option still throws).
 */
export function logLevelFromEnv(value: string | undefined, logger?: Logger): LogLevel | undefined {
  const level = value?.trim().toLowerCase();
  if (level === undefined || level === '') return undefined;
  if (Object.hasOwn(LEVELS, level)) return level as LogLevel;
  if (!warned.has(level)) {
    warned.add(level);
    const shown = level.length > 20 ? `${JSON.stringify(value?.slice(0, 20))}…` : JSON.stringify(value);
    createLogger('warn', logger).warn(
      `RUNLET_LOG=${shown} is not a log level, so '${DEFAULTS.logLevel}' is used. Set RUNLET_LOG to one of ` +
        `${Object.keys(LEVELS).join(', ')} (any case), or unset it.`,
    );
  }
  return undefined;
}
