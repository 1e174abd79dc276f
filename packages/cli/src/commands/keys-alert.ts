import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseInteger } from '../options/parse-integer.js';
import { parseKeyId } from '../options/parse-key-id.js';
import { requireOption } from '../options/require-option.js';

/** `runlet keys alert <id> --threshold <percent>`: alert when the key has used that much of its hourly limit. */
export function addKeysAlertCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('alert')
    .description('alert when a key has used a share of its hourly rate limit')
    .argument('<keyId>', 'the key id (key_…)', parseKeyId)
    .option('--threshold <percent>', 'percent of the hourly limit, 1–100 (required)', parseInteger(1, 100));
  addGlobalOptions(command).action(async (keyId: string, own: { threshold?: number }, self: Command) => {
    const ctx = commandContext(self, io);
    const thresholdPercent = requireOption(own.threshold, '--threshold', '--threshold 80');
    const alert = await ctx.spin('Setting the alert', ctx.client().keys.setAlert(keyId, { thresholdPercent }));
    ctx.print(alert, () =>
      ctx.line(`${ctx.out.green('✔')} ${alert.keyId} alerts at ${alert.thresholdPercent}% of its hourly rate limit.`),
    );
  });
}
