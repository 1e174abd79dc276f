import { redactSecret } from '@runlet/node';
import { type Command, InvalidArgumentError } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { type ConfigDescription, describeConfig, type Setting } from '../config/describe-config.js';
import { addGlobalOptions } from '../options/global-options.js';
import { formatTable } from '../output/format-table.js';

// The settings by the names of the --json output, which --key takes too.
const NAMES = [
  'profile',
  'configFile',
  'apiKey',
  'baseURL',
  'signingSecret',
] as const satisfies readonly (keyof ConfigDescription)[];
type Name = (typeof NAMES)[number];
const SECRETS = new Set<Name>(['apiKey', 'signingSecret']);
// The names --key took before it used the JSON names; still accepted so that scripts keep working.
const FORMER_NAMES: Record<string, Name> = {
  config_file: 'configFile',
  api_key: 'apiKey',
  base_url: 'baseURL',
  signing_secret: 'signingSecret',
};

interface ConfigShowOptions {
  key?: Name;
  reveal?: boolean;
}

/** `runlet config show`: the settings the next command would use, and where each comes from. */
export function addConfigCommand(program: Command, io: CliIO): void {
  const config = program.command('config').description('inspect the configuration');
  const show = config
    .command('show')
    .description('show the profile, config file, key, base URL and signing secret in use, and where each comes from')
    .option('--key <name>', `show only this setting (its bare value without --json): ${NAMES.join(', ')}`, parseName)
    .option('--reveal', 'show secrets in full (default: rl_live_…k2m9)');
  addGlobalOptions(show).action(async (own: ConfigShowOptions, self: Command) => {
    const ctx = commandContext(self, io);
    const description = await describeConfig(ctx.options, io.env);
    const shown = (name: Name): Setting => {
      const setting = description[name];
      if (own.reveal || !SECRETS.has(name) || setting.value === null) return setting;
      return { ...setting, value: redactSecret(setting.value) };
    };
    const display = (name: Name): string => {
      const value = shown(name).value;
      return value === null ? ctx.out.dim('(not set)') : value;
    };

    if (own.key !== undefined) {
      const name = own.key;
      const setting = shown(name);
      if (setting.value === null) {
        throw new Error(
          `${name} is not set. ${name === 'apiKey' ? 'Run `runlet setup`, or set RUNLET_API_KEY.' : ''}`.trim(),
        );
      }
      ctx.print({ name, ...setting }, () => ctx.line(display(name)));
      return;
    }

    const all = Object.fromEntries(NAMES.map((name) => [name, shown(name)]));
    ctx.print(all, () => {
      const rows = NAMES.map((name) => ({ name, setting: shown(name) }));
      ctx.line(
        formatTable(
          rows,
          [
            { header: 'SETTING', cell: (row) => row.name },
            { header: 'VALUE', cell: (row) => display(row.name) },
            { header: 'FROM', cell: (row) => origin(row.setting) },
          ],
          ctx.out,
        ),
      );
      const { apiKey, profile, configFile } = description;
      if (apiKey.source === 'option' || apiKey.source === 'env') {
        ctx.line(
          ctx.out.dim(
            `The key comes from ${apiKey.from}, so profile "${profile.value}" of the config file is not used.`,
          ),
        );
      } else if (apiKey.source === 'unset') {
        ctx.line(
          ctx.out.dim(
            configFile.exists
              ? `No key: profile "${profile.value}" has none. Run \`runlet setup --profile ${profile.value}\`.`
              : 'No key and no config file yet. Run `runlet setup`.',
          ),
        );
      }
    });
  });
}

function parseName(value: string): Name {
  if ((NAMES as readonly string[]).includes(value)) return value as Name;
  const name = Object.hasOwn(FORMER_NAMES, value) ? FORMER_NAMES[value] : undefined;
  if (name === undefined) throw new InvalidArgumentError(`Allowed choices are ${NAMES.join(', ')}.`);
  return name;
}

function origin(setting: Setting): string {
  if (setting.source === 'env') return `$${setting.from}`;
  if (setting.source === 'unset') return '—';
  return setting.from ?? setting.source;
}
