import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseKeyId } from '../options/parse-key-id.js';
import { formatFields } from '../output/format-fields.js';
import { keyFields } from '../output/key-fields.js';

/** `runlet keys show <id>`: one key's details. */
export function addKeysShowCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('show')
    .alias('get')
    .description("show one key's details (never its secret)")
    .argument('<keyId>', 'the key id (key_…)', parseKeyId);
  addGlobalOptions(command).action(async (keyId: string, _own: unknown, self: Command) => {
    const ctx = commandContext(self, io);
    const key = await ctx.spin('Fetching the key', ctx.client().keys.retrieve(keyId));
    ctx.print(key, () => ctx.line(formatFields(keyFields(key, ctx.out), ctx.out)));
  });
}
