import { ConfigFileError } from './config-file-error.js';

/** One profile of the config file. Every field is optional; the credential chain fills in the rest. */
export interface RunletConfigProfile {
  /** Secret API key: `rl_live_…` or `rl_test_…`. */
  apiKey?: string;
  /** API root. @default 'https://api.runlet.dev' */
  baseUrl?: string;
  /** The key's signing secret, `rl_sig_…`; enables request signing. */
  signingSecret?: string;
}

/** The config file: `{ "profiles": { "<name>": { "apiKey", "baseUrl", "signingSecret" } } }`. */
export interface RunletConfigFile {
  profiles: Record<string, RunletConfigProfile>;
}

const FIELDS = ['apiKey', 'baseUrl', 'signingSecret'] as const;

/**
 * Parses and checks the text of a config file; an empty file is an empty config. Unknown fields are kept
 * so that rewriting the file preserves them. Error messages name the path and the problem, never a value.
 */
export function parseConfigFile(text: string, path: string): RunletConfigFile {
  if (text.trim() === '') return { profiles: {} };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigFileError({
      path,
      message: `The Runlet config file ${path} is not valid JSON${location(error, text)}. Fix it, or delete it and run \`runlet setup\`.`,
    });
  }
  if (!isObject(data)) throw invalid(path, 'it must hold a JSON object: { "profiles": { "<name>": { … } } }');
  data.profiles ??= {};
  if (!isObject(data.profiles)) throw invalid(path, '"profiles" must be an object of profiles by name');
  for (const [name, profile] of Object.entries(data.profiles)) {
    if (!isObject(profile)) throw invalid(path, `profiles.${name} must be an object`);
    for (const field of FIELDS) {
      const value = profile[field];
      if (value !== undefined && typeof value !== 'string') {
        throw invalid(
          path,
          `profiles.${name}.${field} must be a string, not ${value === null ? 'null' : `a ${typeof value}`}`,
        );
      }
    }
  }
  return data as unknown as RunletConfigFile;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(path: string, problem: string): ConfigFileError {
  return new ConfigFileError({ path, message: `The Runlet config file ${path} is not valid: ${problem}.` });
}

// Only the position is reported: V8's JSON.parse messages quote the text around the error, which may be a secret.
function location(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return ' (it ends too early)';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    const token = /^Unexpected token '(.)'/.exec(message)?.[1];
    return token === undefined ? '' : ` (unexpected character "${token}")`;
  }
  const before = text.slice(0, Number(position)).split('\n');
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
