import type { Runlet, Schemas } from '@runlet/node';
import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseInteger } from '../options/parse-integer.js';
import type { Style } from '../output/create-style.js';
import { type Column, formatTable } from '../output/format-table.js';
import { relativeTime } from '../output/format-time.js';
import { statusText } from '../output/status-text.js';

interface KeysListOptions {
  limit?: number;
  cursor?: string;
  all?: boolean;
}

/** `runlet keys list`: a page of keys (or every key with --all), newest first. */
export function addKeysListCommand(keys: Command, io: CliIO): void {
  const command = keys
    .command('list')
    .alias('ls')
    .description('list API keys, newest first')
    .option('--limit <n>', 'keys per page, 1–100 (default: 20)', parseInteger(1, 100))
    .option('--cursor <cursor>', 'start after this key (the nextCursor of the previous page)')
    .option('--all', 'walk every page');
  addGlobalOptions(command).action(async (own: KeysListOptions, self: Command) => {
    const ctx = commandContext(self, io);
    const query = {
      ...(own.limit !== undefined && { limit: own.limit }),
      ...(own.cursor !== undefined && { cursor: own.cursor }),
    };
    const page = await ctx.spin('Listing keys', listKeys(ctx.client(), query, own.all === true));
    ctx.print(page, () => {
      if (page.data.length === 0) {
        ctx.line(ctx.out.dim('No keys.'));
      } else {
        ctx.line(formatTable(page.data, keyColumns(ctx.out), ctx.out));
      }
      if (page.nextCursor !== null) {
        ctx.note(ctx.err.dim(`More keys: runlet keys list --cursor ${page.nextCursor} (or --all)`));
      }
    });
  });
}

async function listKeys(
  runlet: Runlet,
  query: { limit?: number; cursor?: string },
  all: boolean,
): Promise<{ data: Schemas['ApiKey'][]; nextCursor: string | null }> {
  const first = await runlet.keys.list(query);
  if (!all) return { data: first.data, nextCursor: first.nextCursor };
  const data: Schemas['ApiKey'][] = [];
  for await (const key of first) data.push(key);
  return { data, nextCursor: null };
}

function keyColumns(style: Style): Column<Schemas['ApiKey']>[] {
  return [
    { header: 'ID', cell: (key) => key.id },
    { header: 'NAME', cell: (key) => key.name },
    { header: 'SECRET', cell: (key) => `${key.prefix}…${key.lastFour}` },
    { header: 'STATUS', cell: (key) => statusText(key.status, style) },
    { header: 'TYPE', cell: (key) => key.type },
    { header: 'SCOPES', cell: (key) => key.profile ?? key.scopes.join(',') },
    { header: 'LAST USED', cell: (key) => (key.lastUsedAt === null ? 'never' : relativeTime(key.lastUsedAt)) },
    { header: 'EXPIRES', cell: expiresText },
  ];
}

// A rotated key stops working when its grace period ends, or at its own expiry if that comes first.
function expiresText(key: Schemas['ApiKey']): string {
  const grace = key.status === 'rotated' ? key.graceExpiresAt : null;
  if (grace !== null && (key.expiresAt === null || Date.parse(grace) < Date.parse(key.expiresAt))) {
    return `${relativeTime(grace)} (grace)`;
  }
  return key.expiresAt === null ? 'never' : relativeTime(key.expiresAt);
}
