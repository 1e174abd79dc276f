import type { Schemas } from '@runlet/node';
import type { CommandContext } from '../command-context.js';
import { formatFields } from './format-fields.js';
import { keyFields } from './key-fields.js';
import { SHOWN_ONCE_WARNING, secretFields } from './secret-fields.js';
import { withSecrets } from './with-secrets.js';

/**
 * Prints a new key with its secrets, the one time the API returns them (JSON: the API object with `secret`
 * and `signingSecret`), and warns on stderr that they will not be shown again.
 */
export function printCreatedKey(
  ctx: CommandContext,
  created: Schemas['CreatedApiKey'],
  extra: [string, string][] = [],
) {
  ctx.print(withSecrets(created), () => {
    ctx.line(formatFields([...keyFields(created, ctx.out), ...extra], ctx.out));
    ctx.line();
    ctx.line(formatFields(secretFields(created, ctx.out), ctx.out));
  });
  ctx.note(ctx.err.yellow(`! ${SHOWN_ONCE_WARNING}`));
}
