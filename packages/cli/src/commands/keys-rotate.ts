import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseDurationOption } from '../options/parse-duration-option.js';
import { parseKeyId } from '../options/parse-key-id.js';
import { formatTime } from '../output/format-time.js';
import { printCreatedKey } from '../output/print-created-key.js';

/** `runlet keys rotate <id>`: a new key with the same settings; the old one works for the grace period. */
export function addKeysRotateCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('rotate')
    .description('replace a key with a new one with the same settings, and print the new secret (shown once)')
    .argument('<keyId>', 'the key id (key_…)', parseKeyId)
    .option(
      '--grace <duration>',
      'how long the old key keeps working: 0 (revoke now), 1h, 7d… up to 30d (default: 7d)',
      parseDurationOption,
    );
  addGlobalOptions(command).action(async (keyId: string, own: { grace?: number }, self: Command) => {
    const ctx = commandContext(self, io);
    const body = own.grace === undefined ? {} : { gracePeriodSeconds: own.grace };
    const rotated = await ctx.spin('Rotating the key', ctx.client().keys.rotate(keyId, body));
    printCreatedKey(ctx, rotated, [[`${rotated.previousKeyId} ends`, formatTime(rotated.previousKeyExpiresAt)]]);
  });
}
