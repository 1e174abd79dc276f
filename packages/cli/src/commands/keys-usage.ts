import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseKeyId } from '../options/parse-key-id.js';
import { formatFields } from '../output/format-fields.js';
import { formatTable } from '../output/format-table.js';
import { formatTime } from '../output/format-time.js';

/** `runlet keys usage <id>`: requests by day over the last 30 days, last use and the rate-limit window. */
export function addKeysUsageCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('usage')
    .description("show a key's requests by day, last use, rate limit and alert")
    .argument('<keyId>', 'the key id (key_…)', parseKeyId);
  addGlobalOptions(command).action(async (keyId: string, _own: unknown, self: Command) => {
    const ctx = commandContext(self, io);
    const usage = await ctx.spin('Fetching usage', ctx.client().keys.usage(keyId));
    ctx.print(usage, () => {
      const { rateLimit } = usage;
      ctx.line(
        formatFields(
          [
            ['key', usage.keyId],
            ['requests', `${usage.totalRequests} in the last 30 days`],
            ['last used', formatTime(usage.lastUsedAt)],
            [
              'rate limit',
              `${rateLimit.remaining} of ${rateLimit.limit} left this hour (tier ${rateLimit.tier}, burst ${rateLimit.burst}/s), resets ${formatTime(new Date(rateLimit.reset * 1000).toISOString())}`,
            ],
            ['alert', usage.alert === null ? 'none' : `at ${usage.alert.thresholdPercent}% of the hourly limit`],
          ],
          ctx.out,
        ),
      );
      if (usage.byDay.length > 0) {
        ctx.line();
        ctx.line(
          formatTable(
            usage.byDay,
            [
              { header: 'DAY (UTC)', cell: (day) => day.date },
              { header: 'REQUESTS', cell: (day) => String(day.requests) },
              { header: 'ERRORS', cell: (day) => String(day.errors) },
            ],
            ctx.out,
          ),
        );
      }
    });
  });
}
