import { CLIENT_TOKEN_SCOPES, type ClientTokenScope, SCOPES, type Schemas } from '@runlet/node';
import type { Command } from 'commander';
import type { CliIO } from '../cli-io.js';
import { commandContext } from '../command-context.js';
import { collectList } from '../options/collect-list.js';
import { addGlobalOptions } from '../options/global-options.js';
import { parseDurationWithin } from '../options/parse-duration-option.js';
import { parseScopes } from '../options/parse-scopes.js';
import { requireOption } from '../options/require-option.js';
import { formatFields } from '../output/format-fields.js';
import { formatTime } from '../output/format-time.js';

// CreateTokenRequest.ttlSeconds in openapi/runlet.yaml.
const MIN_TTL_SECONDS = 60;
const MAX_TTL_SECONDS = 3600;

interface TokensCreateOptions {
  scope?: ClientTokenScope[];
  ttl?: number;
  origin?: string[];
  subject?: string;
}

/** `runlet tokens create`: mints a short-lived client token (`rl_ct_…`) for a browser. */
export function addTokensCommand(program: Command, io: CliIO): void {
  const tokens = program.command('tokens').description('mint short-lived client tokens for browsers');
  const command = tokens
    .command('create')
    .description("mint a client token (rl_ct_…) with some of your key's scopes")
    .option(
      '--scope <scopes>',
      `scopes (required), comma-separated or repeated: ${CLIENT_TOKEN_SCOPES.join(', ')}`,
      parseScopes(CLIENT_TOKEN_SCOPES, { scopes: SCOPES, on: 'a client token' }),
    )
    .option(
      '--ttl <duration>',
      'lifetime, from 1m to 1h (default: 10m)',
      parseDurationWithin(MIN_TTL_SECONDS, MAX_TTL_SECONDS),
    )
    .option('--origin <origin>', 'accept it only from this origin (https://app.example); repeat for more', collectList)
    .option('--subject <subject>', 'who the token is for (your user id), recorded with its requests');
  addGlobalOptions(command).action(async (own: TokensCreateOptions, self: Command) => {
    const ctx = commandContext(self, io);
    const body: Schemas['CreateTokenRequest'] = {
      scopes: requireOption(own.scope, '--scope', '--scope sandbox:read,sandbox:execute'),
      ...(own.ttl !== undefined && { ttlSeconds: own.ttl }),
      ...(own.origin !== undefined && { allowedOrigins: own.origin }),
      ...(own.subject !== undefined && { subject: own.subject }),
    };
    const token = await ctx.spin('Minting the token', ctx.client().tokens.create(body));
    ctx.print(token, () =>
      ctx.line(
        formatFields(
          [
            ['token', ctx.out.bold(token.token)],
            ['expires', formatTime(token.expiresAt)],
            ['scopes', token.scopes.join(', ')],
            ['origins', token.allowedOrigins.length === 0 ? 'any' : token.allowedOrigins.join(', ')],
            ['subject', token.subject ?? '—'],
          ],
          ctx.out,
        ),
      ),
    );
  });
}
