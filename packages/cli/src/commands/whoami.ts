import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { describeConfig } from '../config/describe-config.js';
import { addGlobalOptions } from '../options/global-options.js';
import { type Field, formatFields } from '../output/format-fields.js';
import { formatTime } from '../output/format-time.js';

/** `runlet whoami`: the key (or client token) the CLI authenticates as, from GET /v1/me. */
export function addWhoamiCommand(program: Command, io: CliIO): void {
  const command = program.command('whoami').description('show the key the CLI authenticates as (GET /v1/me)');
  addGlobalOptions(command).action(async (_own: unknown, self: Command) => {
    const ctx = commandContext(self, io);
    const runlet = ctx.client();
    const me = await ctx.spin('Asking the API who this is', runlet.me());
    const api = (await runlet.client()).baseURL;
    const { apiKey } = await describeConfig(ctx.options, io.env);
    ctx.print(me, () => {
      const fields: Field[] = [
        ['key id', me.keyId],
        ...(me.tokenId === null ? [] : [['client token', me.tokenId] as const]),
        ['name', me.name ?? '—'],
        ['type', me.type === 'api_key' ? `API key (${me.keyType})` : 'client token'],
        ['environment', me.environment],
        ['scopes', me.scopes.join(', ')],
        ['tier', me.tier],
        ['expires', formatTime(me.expiresAt)],
        ...(me.subject === null ? [] : [['subject', me.subject] as const]),
        ['api', api],
        ['credentials', apiKey.source === 'env' ? `$${apiKey.from}` : (apiKey.from ?? apiKey.source)],
      ];
      ctx.line(formatFields(fields, ctx.out));
    });
  });
}
