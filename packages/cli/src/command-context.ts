import { APIConnectionError, Runlet, redactText } from '@runlet/node';
import type { Command } from 'commander';
import type { CliIO } from './cli-io.js';
import { credentialErrorForCli } from './config/credential-error-for-cli.js';
import { UnreachableAPIError } from './errors.js';
import { type GlobalOptions, globalOptions } from './options/global-options.js';
import { createStyle, type Style } from './output/create-style.js';
import { withSpinner } from './output/with-spinner.js';
import { writeJson } from './output/write-json.js';

/** What a command's action works with: its options, the streams, a client, and ways to print. */
export interface CommandContext {
  io: CliIO;
  options: GlobalOptions;
  /** Colours for stdout and stderr, each on only when that stream is a terminal. */
  out: Style;
  err: Style;
  /** A client whose credentials come from --api-key/--base-url/--profile, else RUNLET_*, else the config file. */
  client(): Runlet;
  /**
   * Awaits `work` with a spinner on stderr when stderr is a terminal. A connection failure of `via` (by
   * default the `client()`) becomes an `UnreachableAPIError` naming its base URL; a missing or malformed key
   * of the `client()` is explained in the CLI's terms (`credentialErrorForCli`).
   */
  spin<T>(message: string, work: PromiseLike<T>, via?: Runlet): Promise<T>;
  /** With --json, prints `data` as JSON on stdout; otherwise calls `human`. */
  print(data: unknown, human: () => void): void;
  /** A line on stdout. */
  line(text?: string): void;
  /** A line on stderr (redacted), for notes and warnings that must not mix with the output. */
  note(text: string): void;
}

/** The context of the running `command`; `leafProfile: false` when its own `--profile` means something else. */
export function commandContext(command: Command, io: CliIO, { leafProfile = true } = {}): CommandContext {
  const options = globalOptions(command, { leafProfile });
  const out = createStyle(io.stdout, io.env);
  const err = createStyle(io.stderr, io.env);
  let client: Runlet | undefined;
  return {
    io,
    options,
    out,
    err,
    client() {
      client ??= new Runlet({
        ...(options.apiKey !== undefined && { apiKey: options.apiKey }),
        ...(options.baseURL !== undefined && { baseURL: options.baseURL }),
        ...(options.profile !== undefined && { profile: options.profile }),
        env: io.env,
        logger: stderrLogger(io),
      });
      return client;
    },
    async spin(message, work, via = client) {
      try {
        return await withSpinner(io.stderr, io.stderr.isTTY === true, message, work);
      } catch (error) {
        if (error instanceof APIConnectionError && via) throw new UnreachableAPIError(via.toJSON().baseURL, error);
        // The client's credentials are the command line's, the environment's or a profile's: say which.
        if (via !== undefined && via === client) throw await credentialErrorForCli(error, options, io.env);
        throw error;
      }
    },
    print(data, human) {
      if (options.json) writeJson(io.stdout, data);
      else human();
    },
    line(text = '') {
      io.stdout.write(`${text}\n`);
    },
    note(text) {
      io.stderr.write(`${redactText(text)}\n`);
    },
  };
}

// The SDK's log lines, already redacted by it, on stderr so that stdout stays parseable.
function stderrLogger(io: CliIO) {
  const write = (message: string, ...rest: unknown[]) => {
    const extra = rest.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
    io.stderr.write(`${redactText([message, ...extra].join(' '))}\n`);
  };
  return { error: write, warn: write, info: write, debug: write };
}
