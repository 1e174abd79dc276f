import { redactText } from '@runlet/types/tokens';

/** How much the SDK logs, from nothing to every request and retry decision (`RUNLET_LOG`). @default 'warn' */
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
  if (typeof value === 'string' || value instanceof Error) return redactText(String(value));
  if (typeof value === 'bigint') return `${value}n`;
  if (!value || typeof value !== 'object') return value;
  try {
    return JSON.parse(redactText(JSON.stringify(value, safeReplacer())));
  } catch {
    return redactText(Object.prototype.toString.call(value));
  }
}

/** A JSON.stringify replacer that writes BigInts as `12n` and a repeated (circular) object as `[Circular]`. */
function safeReplacer() {
  const seen = new WeakSet<object>();
  return (_key: string, value: unknown) => {
    if (typeof value === 'bigint') return `${value}n`;
    if (value && typeof value === 'object') {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  };
}
