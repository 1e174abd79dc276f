import { redactText } from './redact.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Anything with console's four methods: `console`, pino, winston, … */
export interface Logger {
  error(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  info(message: string, ...rest: unknown[]): void;
  debug(message: string, ...rest: unknown[]): void;
}

/** The levels from quietest to noisiest. */
const LEVELS = ['off', 'error', 'warn', 'info', 'debug'] as const;

/** A logger that drops messages below `level` and redacts every line it passes on. */
export function createLogger(level: LogLevel, logger: Logger = console): Logger {
  const rank = LEVELS.indexOf(level);
  if (rank < 0) throw new TypeError(`logLevel must be one of ${LEVELS.join(', ')}; got ${JSON.stringify(level)}.`);
  const at =
    (wanted: 1 | 2 | 3 | 4) =>
    (message: string, ...rest: unknown[]) => {
      if (wanted <= rank) logger[LEVELS[wanted]](`[runlet] ${redactText(message)}`, ...rest.map(redactUnknown));
    };
  return { error: at(1), warn: at(2), info: at(3), debug: at(4) };
}

function redactUnknown(value: unknown): unknown {
  return typeof value === 'string' || value instanceof Error
    ? redactText(String(value))
    : value && typeof value === 'object'
      ? JSON.parse(redactText(JSON.stringify(value)))
      : value;
}
