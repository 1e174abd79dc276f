import type { Schemas, Scope } from '@runlet/node';
import { SCOPES } from '@runlet/node';
import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { secondsFromNow } from '../duration.js';
import { UsageError } from '../errors.js';
import { collectList } from '../options/collect-list.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseDurationOption } from '../options/parse-duration-option.js';
import { parseKeyId } from '../options/parse-key-id.js';
import { parseScopes } from '../options/parse-scopes.js';
import { formatFields } from '../output/format-fields.js';
import { keyFields } from '../output/key-fields.js';

interface KeysUpdateOptions {
  name?: string;
  scope?: Scope[];
  expiresIn?: number;
  expiry?: boolean;
  addIp?: string[];
  removeIp?: string[];
}

/**
 * `runlet keys update <id>`: name, scopes and expiry in one PATCH, then each allowlist change as its own
 * atomic call. If a later step fails, the error says which changes were already made.
 */
export function addKeysUpdateCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('update')
    .description("change a key's name, scopes, expiry or IP allowlist")
    .argument('<keyId>', 'the key id (key_…)', parseKeyId)
    .option('--name <name>', 'a new name')
    .option('--scope <scopes>', 'replace the scopes: comma-separated or repeated', parseScopes(SCOPES))
    .option('--expires-in <duration>', 'expire this long from now: 30m, 12h, 30d…', parseDurationOption)
    .option('--no-expiry', 'remove the expiry')
    .option('--add-ip <ip>', 'allow this IP or CIDR; repeat for more', collectList)
    .option('--remove-ip <ip>', 'remove this IP or CIDR from the allowlist; repeat for more', collectList);
  addGlobalOptions(command).action(async (keyId: string, own: KeysUpdateOptions, self: Command) => {
    const ctx = commandContext(self, io);
    if (own.expiresIn !== undefined && own.expiry === false) {
      throw new UsageError('Give --expires-in or --no-expiry, not both.');
    }
    if (own.expiresIn === 0)
      throw new UsageError('--expires-in must be longer than 0s; to remove the expiry use --no-expiry.');
    const patch: Schemas['UpdateKeyRequest'] = {
      ...(own.name !== undefined && { name: own.name }),
      ...(own.scope !== undefined && { scopes: own.scope }),
      ...(own.expiresIn !== undefined && { expiresAt: secondsFromNow(own.expiresIn) }),
      ...(own.expiry === false && { expiresAt: null }),
    };
    const steps: { label: string; run: () => PromiseLike<Schemas['ApiKey']> }[] = [];
    const runlet = ctx.client();
    if (Object.keys(patch).length > 0) {
      steps.push({ label: `set ${Object.keys(patch).join(', ')}`, run: () => runlet.keys.update(keyId, patch) });
    }
    for (const ip of own.addIp ?? [])
      steps.push({ label: `add ${ip}`, run: () => runlet.keys.addAllowedIp(keyId, ip) });
    for (const ip of own.removeIp ?? []) {
      steps.push({ label: `remove ${ip}`, run: () => runlet.keys.removeAllowedIp(keyId, ip) });
    }
    if (steps.length === 0) {
      throw new UsageError(
        'Nothing to update: give --name, --scope, --expires-in, --no-expiry, --add-ip or --remove-ip.',
      );
    }

    let key: Schemas['ApiKey'] | undefined;
    const done: string[] = [];
    for (const step of steps) {
      try {
        key = await ctx.spin(`Updating the key: ${step.label}`, step.run());
      } catch (error) {
        if (done.length > 0) ctx.note(`Already done: ${done.join('; ')}. Not done: ${step.label} and what follows.`);
        throw error;
      }
      done.push(step.label);
    }
    const updated = key as Schemas['ApiKey'];
    ctx.print(updated, () => {
      ctx.line(`${ctx.out.green('✔')} Updated ${updated.id}: ${done.join('; ')}.`);
      ctx.line(formatFields(keyFields(updated, ctx.out), ctx.out));
    });
  });
}
