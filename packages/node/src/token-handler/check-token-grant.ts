import { CLIENT_TOKEN_SCOPES } from '@runlet/types';
import { explain, schemaComponents } from '@runlet/types/validators';

/**
 * Why the API would refuse `grant` as a client token's grant (`*` or `keys:manage` among the scopes, a TTL
 * outside 60–3600 s, an unknown field), checked against the spec's `CreateTokenRequest`; `[]` when it is valid.
 */
export function tokenGrantIssues(grant: unknown): string[] {
  const schema = schemaComponents.CreateTokenRequest;
  if (!schema) throw new Error('The spec has no CreateTokenRequest schema.');
  return explain(schema, grant, schemaComponents).map(
    ({ path, message }) => `${path.replace(/^\$\.?/, '')}: ${message}`,
  );
}

/** What a client token's grant may hold, for the message that reports an invalid one. */
export const TOKEN_GRANT_RULES =
  `a client token takes scopes among ${CLIENT_TOKEN_SCOPES.join(', ')} (never '*' or a keys/tokens scope), ` +
  'ttlSeconds from 60 to 3600, and only scopes, ttlSeconds, allowedOrigins and subject';
