import { enumValues, PROFILES, type Profile, SCOPES, type Schemas, type Scope } from '@runlet/node';
import { type Command, Option } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { secondsFromNow } from '../duration.js';
import { UsageError } from '../errors.js';
import { collectList } from '../options/collect-list.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseDurationOption } from '../options/parse-duration-option.js';
import { parsePermissionProfile } from '../options/parse-permission-profile.js';
import { parseScopes } from '../options/parse-scopes.js';
import { requireOption } from '../options/require-option.js';
import { printCreatedKey } from '../output/print-created-key.js';

interface KeysCreateOptions {
  name?: string;
  scope?: Scope[];
  profile?: Profile;
  type?: Schemas['KeyType'];
  env?: Schemas['Environment'];
  expiresIn?: number;
  ip?: string[];
  agent?: string;
  requireSignature?: boolean;
}

/** `runlet keys create`: a new key; its secret is printed this once. */
export function addKeysCreateCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('create')
    .description('create an API key and print its secret (shown once)')
    .option('--name <name>', 'a name to tell the key apart, 1–100 characters (required)')
    .option('--scope <scopes>', 'scopes, comma-separated or repeated (or use --profile)', parseScopes(SCOPES))
    .option(
      '--profile <profile>',
      `a permission profile instead of scopes: ${PROFILES.join(', ')}`,
      parsePermissionProfile,
    )
    .addOption(new Option('--type <type>', 'key type (default: service)').choices(enumValues.KeyType))
    .addOption(
      new Option('--env <environment>', "environment (default: the calling key's)").choices(enumValues.Environment),
    )
    .option(
      '--expires-in <duration>',
      'expire after this long: 30m, 12h, 30d… (required for --type temporary)',
      parseDurationOption,
    )
    .option('--ip <ip>', 'allow only this IP or CIDR; repeat for more', collectList)
    .option('--agent <agentId>', 'restrict the key to one agent')
    .option('--require-signature', 'refuse unsigned requests made with the key');
  addGlobalOptions(command, { profile: false })
    .addHelpText(
      'after',
      '\nHere --profile is the permission profile of the new key. To choose the config-file profile, put it\n' +
        'before the command: runlet --profile work keys create …, or set RUNLET_PROFILE.',
    )
    .action(async (own: KeysCreateOptions, self: Command) => {
      const ctx = commandContext(self, io, { leafProfile: false });
      // Exactly one, as the API (and the CreateKeyRequest type) wants.
      const access =
        own.profile === undefined
          ? own.scope && { scopes: own.scope }
          : own.scope === undefined
            ? { profile: own.profile }
            : undefined;
      if (access === undefined) {
        throw new UsageError(
          'Give the new key either --scope <scopes> or --profile <profile>, not both and not neither.',
        );
      }
      if (own.expiresIn === 0) throw new UsageError('--expires-in must be longer than 0s.');
      if (own.type === 'temporary' && own.expiresIn === undefined) {
        throw new UsageError('A temporary key needs an expiry: add --expires-in, like --expires-in 1h.');
      }
      const name = requireOption(own.name, '--name', '--name ci-worker');
      const body: Schemas['CreateKeyRequest'] = {
        name,
        ...access,
        ...(own.type !== undefined && { type: own.type }),
        ...(own.env !== undefined && { environment: own.env }),
        ...(own.expiresIn !== undefined && { expiresAt: secondsFromNow(own.expiresIn) }),
        ...(own.ip !== undefined && { allowedIps: own.ip }),
        ...(own.agent !== undefined && { agentId: own.agent }),
        ...(own.requireSignature === true && { requireSignature: true }),
      };
      const created = await ctx.spin('Creating the key', ctx.client().keys.create(body));
      printCreatedKey(ctx, created);
    });
}
