import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { UsageError } from '../errors.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseKeyId } from '../options/parse-key-id.js';
import { formatFields } from '../output/format-fields.js';
import { keyFields } from '../output/key-fields.js';
import { confirmAction } from '../prompts/confirm-action.js';

/** `runlet keys revoke <id>`: asks first on a terminal; elsewhere it needs --yes. */
export function addKeysRevokeCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('revoke')
    .description('revoke a key: it stops working at once, for good')
    .argument('<keyId>', 'the key id (key_…)', parseKeyId)
    .option('-y, --yes', 'do not ask for confirmation (needed when stdin is not a terminal)');
  addGlobalOptions(command).action(async (keyId: string, own: { yes?: boolean }, self: Command) => {
    const ctx = commandContext(self, io);
    if (own.yes !== true) {
      if (io.stdin.isTTY !== true) {
        throw new UsageError(
          `Refusing to revoke ${keyId} without confirmation: stdin is not a terminal, so I cannot ask. Pass --yes to revoke it.`,
        );
      }
      const sure = await confirmAction(io, `Revoke ${keyId}? It stops working at once and cannot be restored.`);
      if (!sure) {
        ctx.note('Not revoked.');
        return;
      }
    }
    const key = await ctx.spin('Revoking the key', ctx.client().keys.revoke(keyId));
    ctx.print(key, () => {
      ctx.line(
        `${ctx.out.green('✔')} Revoked ${key.id} "${key.name}". Requests made with it now fail with INVALID_API_KEY.`,
      );
      ctx.line(formatFields(keyFields(key, ctx.out), ctx.out));
    });
  });
}
