/** When a token must be renewed and when it stops being usable, on the monotonic clock, in ms. */
export interface TokenLifetime {
  /** When the response with the token arrived. */
  receivedAt: number;
  /** From here on the token is stale: a renewal starts, while calls may still use it until `usableUntil`. */
  staleAt: number;
  /** From here on calls wait for a fresh token; a little before `expiresAt`, for the request's trip. */
  usableUntil: number;
  /** `receivedAt + expiresIn`. */
  expiresAt: number;
}

export interface RenewAhead {
  minRenewAheadSeconds: number;
  renewAheadFraction: number;
}

/** Slack left for a request to reach the API before its token expires. */
const TRIP_MARGIN_MS = 5_000;

/**
 * Renews ahead of expiry by the larger of `minRenewAheadSeconds` and `renewAheadFraction` of the TTL, but never
 * earlier than half-way, so a token shorter than twice the floor (only a custom `getToken` can return one)
 * does not renew the moment it arrives, in a loop.
 */
export function tokenLifetime(receivedAt: number, expiresIn: number, ahead: RenewAhead): TokenLifetime {
  const ttl = expiresIn * 1000;
  const renewAhead = Math.min(Math.max(ahead.minRenewAheadSeconds * 1000, ahead.renewAheadFraction * ttl), ttl / 2);
  const expiresAt = receivedAt + ttl;
  return {
    receivedAt,
    staleAt: expiresAt - renewAhead,
    usableUntil: expiresAt - Math.min(TRIP_MARGIN_MS, renewAhead),
    expiresAt,
  };
}
