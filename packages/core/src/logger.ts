import { redactText } from './redact.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with console's four methods: `console`, pino, winston, … */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** A logger that drops messages below `level` and redacts every line it passes on. */
export function createLogger(level: LogLevel, logger: Logger = console): Logger {
  if (!(level in RANK)) {
    throw new TypeError(`logLevel must be one of ${Object.keys(RANK).join(', ')}; got ${JSON.stringify(level)}.`);
  }
  const at =
    (wanted: Exclude<LogLevel, 'off'>) =>
    (message: string, ...rest: unknown[]) => {
      if (RANK[wanted] > RANK[level]) return;
      logger[wanted](`[runlet] ${redactText(message)}`, ...rest.map(redactUnknown));
    };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}

function redactUnknown(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) return redactText(String(value));
  if (value && typeof value === 'object') return JSON.parse(redactText(JSON.stringify(value)));
  return value;
}
