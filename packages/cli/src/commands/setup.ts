import {
  locateConfigProfile,
  Runlet,
  type RunletConfigFile,
  readConfigFile,
  redactSecret,
  resolveCredentials,
} from '@runlet/node';
import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { saveSetupProfile, setupProfile } from '../config/save-setup-profile.js';
import { UsageError } from '../errors.js';
import { credentialProblem } from '../options/credential-problem.js';
import { addGlobalOptions } from '../options/global-options.js';
import { formatFields } from '../output/format-fields.js';
import { obtainSetupKey } from './obtain-setup-key.js';

interface SetupOptions {
  signingSecret?: string;
  /** `false` with --no-verify. */
  verify: boolean;
}

/**
 * `runlet setup`: checks a key offline and with GET /v1/me (unless --no-verify), then saves it in a config
 * profile (0600).
 */
export function addSetupCommand(program: Command, io: CliIO): void {
  const command = program
    .command('setup')
    .alias('login')
    .description('save an API key in a config-file profile, after checking it offline and with the API')
    .option('--api-key <key>', 'the key to save; "-" reads it from stdin (default: ask with hidden input)', (value) => {
      if (value === '-') return value;
      const problem = credentialProblem(value, ['rl_live_', 'rl_test_'], 'key given with --api-key');
      if (problem !== undefined) throw new UsageError(problem);
      return value;
    })
    .option('--signing-secret <secret>', "the key's signing secret (rl_sig_…), to sign every request", (value) => {
      const problem = credentialProblem(value, ['rl_sig_'], 'signing secret');
      if (problem !== undefined) throw new UsageError(problem);
      return value;
    })
    .option(
      '--no-verify',
      'save without asking the API (offline, or an API not reachable from here); the key is still checked offline',
    );
  addGlobalOptions(command, { apiKey: false })
    .addHelpText(
      'after',
      '\nThe key is read, in order, from --api-key, from stdin when it is piped (or --api-key -), or from a\n' +
        'hidden prompt. --profile names the profile to write (default: $RUNLET_PROFILE, else "default");\n' +
        '--base-url is saved with it. The file is $RUNLET_CONFIG_FILE, else $XDG_CONFIG_HOME/runlet/config.json,\n' +
        'else ~/.config/runlet/config.json (%APPDATA%\\runlet\\config.json on Windows).',
    )
    .action(async (own: SetupOptions, self: Command) => {
      const ctx = commandContext(self, io);
      const located = locateConfigProfile({ options: ctx.options, env: io.env });
      const profile = located.profile.value;
      const path = located.configPath.value;
      const apiKey = await obtainSetupKey(ctx.options.apiKey, io);
      if (ctx.options.apiKey !== undefined && ctx.options.apiKey !== '-' && io.stdin.isTTY === true) {
        ctx.note(
          ctx.err.dim(
            'Tip: a key typed on the command line stays in your shell history; `runlet setup` alone asks for it.',
          ),
        );
      }
      const problem = credentialProblem(apiKey, ['rl_live_', 'rl_test_'], 'API key');
      if (problem !== undefined) throw new UsageError(problem);

      // A file others can read is refused by readConfigFile, but saving rewrites it with mode 0600.
      const config: RunletConfigFile | undefined = await readConfigFile(path).catch(() => undefined);
      const saved = config && Object.hasOwn(config.profiles, profile) ? config.profiles[profile] : undefined;
      const values = {
        apiKey,
        ...(ctx.options.baseURL !== undefined && { baseUrl: ctx.options.baseURL }),
        ...(own.signingSecret !== undefined && { signingSecret: own.signingSecret }),
      };
      // The key is checked as the saved profile will be used: resolved by the SDK from that profile as it
      // will be written, whatever RUNLET_API_KEY says.
      const credentials = await resolveCredentials({
        options: { profile, ...(ctx.options.baseURL !== undefined && { baseURL: ctx.options.baseURL }) },
        env: { ...io.env, RUNLET_API_KEY: undefined },
        config: { profiles: { [profile]: setupProfile(saved, values) } },
      });
      const { signingSecret } = credentials;
      const runlet = new Runlet({
        apiKey,
        baseURL: credentials.baseURL,
        ...(signingSecret !== undefined && { signingSecret }),
        env: {},
      });
      const me = own.verify ? await ctx.spin('Checking the key with the API', runlet.me(), runlet) : null;
      const { droppedSigningSecret } = await saveSetupProfile(path, profile, saved, values);
      if (droppedSigningSecret) {
        ctx.note(`Removed the signing secret saved in profile "${profile}": it belonged to the key this one replaces.`);
      }

      const apiURL = (await runlet.client()).baseURL;
      ctx.print({ profile, configFile: path, baseURL: apiURL, verified: me !== null, principal: me }, () => {
        ctx.line(
          me === null
            ? `${ctx.out.yellow('!')} Saved without asking the API (--no-verify); \`runlet whoami\` checks it later.`
            : `${ctx.out.green('✔')} The key works: ${me.keyId}${me.name === null ? '' : ` "${me.name}"`}.`,
        );
        ctx.line(
          formatFields(
            [
              ['key', redactSecret(apiKey)],
              ...(me === null
                ? []
                : ([
                    ['environment', me.environment],
                    ['scopes', me.scopes.join(', ')],
                  ] as [string, string][])),
              ['api', apiURL],
              ['signing', signingSecret === undefined ? 'off' : 'on'],
              ['saved to', `profile "${profile}" of ${path} (mode 0600)`],
            ],
            ctx.out,
          ),
        );
        if (profile !== 'default' && ctx.options.profile !== undefined) {
          ctx.line(ctx.out.dim(`Use it with --profile ${profile} or RUNLET_PROFILE=${profile}.`));
        }
      });
    });
}
