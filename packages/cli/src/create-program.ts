import { redactText } from '@runlet/node';
import { Command } from 'commander';
import { type CliIO, processIO } from './cli-io.js';
import { addAgentsCommand } from './commands/agents.js';
import { addConfigCommand } from './commands/config.js';
import { addKeysCommand } from './commands/keys.js';
import { addRunsCommand } from './commands/runs.js';
import { addSetupCommand } from './commands/setup.js';
import { addTokensCommand } from './commands/tokens.js';
import { addWhoamiCommand } from './commands/whoami.js';
import { addGlobalOptions } from './options/global-options.js';
import { createStyle } from './output/create-style.js';
import { VERSION } from './version.js';

const EPILOG = `
Credentials: --api-key, else $RUNLET_API_KEY, else the config-file profile (--profile, $RUNLET_PROFILE,
"default") in $RUNLET_CONFIG_FILE or ~/.config/runlet/config.json (%APPDATA%\\runlet\\config.json on Windows),
written by \`runlet setup\`.
Global options go before or after the command: runlet --json keys list, runlet keys list --json.

Exit codes: 0 ok · 1 the API or the network failed · 2 usage error (nothing was sent) · 130 cancelled.

Examples:
  runlet setup
  runlet keys create --name ci --scope sandbox:create,sandbox:execute --expires-in 30d
  runlet keys rotate key_7Hq2Lm9Xz1Pa4Rt6 --grace 1h
  runlet keys list --json | jq -r '.data[].id'
  runlet agents run agt_1a2b3c4d5e6f7a8b --input "Summarise this" --follow
  runlet runs watch run_4f3a2b1c9d8e7f6a --json | jq -r 'select(.type == "run.output") | .delta'`;

/**
 * The `runlet` program. It never exits the process: errors (commander's included, via `exitOverride`)
 * reach the caller of `parseAsync`, which `run` turns into an exit code.
 */
export function createProgram(io: CliIO = processIO()): Command {
  const err = createStyle(io.stderr, io.env);
  const program = new Command('runlet')
    .description('Manage Runlet API keys and client tokens from the terminal.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for the command')
    .enablePositionalOptions()
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(redactText(text)),
      outputError: (text, write) => write(err.red(text)),
      getOutHelpWidth: () => (io.stdout.isTTY === true ? ((io.stdout as { columns?: number }).columns ?? 80) : 100),
      getErrHelpWidth: () => (io.stderr.isTTY === true ? ((io.stderr as { columns?: number }).columns ?? 80) : 100),
    });
  addGlobalOptions(program);
  program.addHelpText('after', EPILOG);
  addSetupCommand(program, io);
  addWhoamiCommand(program, io);
  addConfigCommand(program, io);
  addKeysCommand(program, io);
  addTokensCommand(program, io);
  addAgentsCommand(program, io);
  addRunsCommand(program, io);
  return program;
}
