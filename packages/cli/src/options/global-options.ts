import type { Command } from 'commander';
import { usageHint } from '../errors.js';
import { parseApiKeyOption } from './parse-api-key-option.js';
import { parseBaseURLOption } from './parse-base-url-option.js';

/** The options every command takes, before or after its name. */
export interface GlobalOptions {
  /** `--profile`: the config-file profile. */
  profile?: string;
  /** `--base-url`: the API root. */
  baseURL?: string;
  /** `--api-key`: a secret key or client token, checked offline. */
  apiKey?: string;
  /** `--json`: print JSON instead of tables. */
  json: boolean;
}

/**
 * Adds `--profile`, `--base-url`, `--api-key` and `--json` to `command`. `keys create` leaves out
 * `--profile`, which there names the key's permission profile; `setup` brings its own `--api-key`.
 */
export function addGlobalOptions(command: Command, include: { profile?: boolean; apiKey?: boolean } = {}): Command {
  if (include.profile !== false) {
    command.option('--profile <name>', 'config-file profile to use (default: $RUNLET_PROFILE, else "default")');
  }
  command.option(
    '--base-url <url>',
    "API root (default: $RUNLET_BASE_URL, else the profile's, else https://api.runlet.dev)",
    parseBaseURLOption,
  );
  if (include.apiKey !== false) {
    command.option(
      '--api-key <key>',
      "API key to use (default: $RUNLET_API_KEY, else the profile's)",
      parseApiKeyOption,
    );
  }
  command.showHelpAfterError(usageHint(commandPath(command)));
  return command.option('--json', 'print JSON (the API objects, stable) instead of tables');
}

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/**
 * The global options of the command being run: those given before the command name (on `runlet`)
 * overridden by those given after it. `leafProfile: false` ignores the command's own `--profile`.
 */
export function globalOptions(command: Command, { leafProfile = true } = {}): GlobalOptions {
  const merged: GlobalOptions = { json: false };
  const chain: Command[] = [];
  for (let current: Command | null = command; current; current = current.parent) chain.unshift(current);
  for (const each of chain) {
    const options = each.opts<Record<string, unknown>>();
    const own = each === command;
    if (typeof options.profile === 'string' && (!own || leafProfile)) merged.profile = options.profile;
    if (typeof options.baseUrl === 'string') merged.baseURL = options.baseUrl;
    if (typeof options.apiKey === 'string') merged.apiKey = options.apiKey;
    if (options.json === true) merged.json = true;
  }
  return merged;
}
