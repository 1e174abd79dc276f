import type { APIError } from '@runlet/node';

/** What to do about an API error, in one sentence; `undefined` when its message says it all. */
export function errorHint(error: APIError): string | undefined {
  switch (error.code) {
    case 'UNAUTHORIZED':
      return 'No credentials reached the API: run `runlet setup`, set RUNLET_API_KEY or pass --api-key.';
    case 'INVALID_API_KEY':
      return 'The API does not accept this key (unknown or revoked). `runlet config show` tells which key is used; `runlet setup` saves a working one.';
    case 'EXPIRED_API_KEY':
      return 'The key has expired, or the grace period of its rotation ended: use its replacement or create a new key.';
    case 'TOKEN_EXPIRED':
      return 'The client token has expired: mint a new one with `runlet tokens create`.';
    case 'INVALID_SIGNATURE':
      return "Requests are signed with the wrong secret, or not signed: set RUNLET_SIGNING_SECRET (or the profile's signingSecret) to this key's signing secret.";
    case 'SIGNATURE_EXPIRED':
      return "This machine's clock is more than 5 minutes off: sync it.";
    case 'FORBIDDEN': {
      const scopes = requiredScopes(error);
      return `Use a key that has ${scopes === undefined ? 'the scopes this needs' : `the scope ${scopes}`}; \`runlet config show\` tells which key is used.`;
    }
    case 'IP_NOT_ALLOWED':
      return "This machine's address is not on the key's allowlist: add it with `runlet keys update <id> --add-ip <ip>` using another key.";
    case 'NOT_FOUND':
      return 'Check the id: `runlet keys list` shows your keys.';
    case 'RATE_LIMITED':
      return 'Too many requests for this key: wait, then try again. `runlet keys usage <id>` shows the limit.';
    case 'INTERNAL_ERROR':
      return 'The API failed. Try again; if it persists, contact support with the request id.';
    default:
      return undefined;
  }
}

/** `details.requiredScopes` of a FORBIDDEN error, as `a or b`. */
export function requiredScopes(error: APIError): string | undefined {
  const scopes = error.details?.requiredScopes;
  if (!Array.isArray(scopes) || scopes.length === 0) return undefined;
  return scopes.map(String).join(' or ');
}
