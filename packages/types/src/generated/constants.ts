// generated — do not edit. Enumerations and maps from openapi/runlet.yaml by scripts/generate.ts; run `npm run generate`.

/** The values of every enumeration in the spec. */
export const enumValues = {
  Scope: ["*","keys:read","keys:manage","tokens:create","sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"],
  ClientTokenScope: ["sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"],
  Profile: ["read-only","sandbox-user","admin"],
  KeyType: ["personal","service","temporary"],
  Environment: ["live","test"],
  Tier: ["free","pro"],
  KeyStatus: ["active","rotated","expired","revoked"],
  ErrorCode: ["UNAUTHORIZED","INVALID_API_KEY","EXPIRED_API_KEY","TOKEN_EXPIRED","INVALID_SIGNATURE","SIGNATURE_EXPIRED","FORBIDDEN","IP_NOT_ALLOWED","ORIGIN_NOT_ALLOWED","NOT_FOUND","CONFLICT","VALIDATION_ERROR","RATE_LIMITED","INTERNAL_ERROR"],
  SandboxStatus: ["running","paused","deleted"],
  RunStatus: ["queued","running","succeeded","failed"],
} as const;

/** The HTTP status each error code comes with (`x-status-by-code`). */
export const statusByErrorCode = {"UNAUTHORIZED":401,"INVALID_API_KEY":401,"EXPIRED_API_KEY":401,"TOKEN_EXPIRED":401,"INVALID_SIGNATURE":401,"SIGNATURE_EXPIRED":401,"FORBIDDEN":403,"IP_NOT_ALLOWED":403,"ORIGIN_NOT_ALLOWED":403,"NOT_FOUND":404,"CONFLICT":409,"VALIDATION_ERROR":400,"RATE_LIMITED":429,"INTERNAL_ERROR":500} as const;

/** The scopes each profile grants (`x-profile-scopes`). */
export const profileScopes = {"read-only":["keys:read","sandbox:read","agent:read"],"sandbox-user":["sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute"],"admin":["*"]} as const;
