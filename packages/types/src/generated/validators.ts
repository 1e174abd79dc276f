// generated — do not edit. Compiled boolean checks of every schema, equivalent to the zod schemas from openapi/runlet.yaml by scripts/generate.ts; run `npm run generate`.
/* biome-ignore-all lint: generated */
import { regexes } from 'zod/v4/core';

const isObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);
const C0 = new Set(["*","keys:read","keys:manage","tokens:create","sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"]);
const C1 = new Set(["sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"]);
const C2 = new Set(["read-only","sandbox-user","admin"]);
const C3 = new Set(["personal","service","temporary"]);
const C4 = new Set(["live","test"]);
const C5 = new Set(["free","pro"]);
const C6 = new Set(["active","rotated","expired","revoked"]);
const C7 = new RegExp("^key_[0-9A-Za-z]{16}$");
const C8 = new RegExp("^req_[0-9A-Za-z]{8,64}$");
const C9 = new RegExp("^rl_(live|test)_[0-9A-Za-z]{36}$");
const C10 = new RegExp("^rl_ct_[0-9A-Za-z]{36}$");
const C11 = new RegExp("^rl_sig_[0-9A-Za-z]{36}$");
const C12 = regexes.datetime({ offset: true });
const C13 = new Set(["UNAUTHORIZED","INVALID_API_KEY","EXPIRED_API_KEY","TOKEN_EXPIRED","INVALID_SIGNATURE","SIGNATURE_EXPIRED","FORBIDDEN","IP_NOT_ALLOWED","ORIGIN_NOT_ALLOWED","NOT_FOUND","CONFLICT","VALIDATION_ERROR","RATE_LIMITED","INTERNAL_ERROR"]);
const C14 = new Set(["api_key","client_token"]);
const C15 = new Set(["rl_live_","rl_test_"]);
const C16 = new RegExp("^[0-9A-Za-z]{4}$");
const C17 = new Set(["name","scopes","profile","type","environment","expiresAt","allowedIps","agentId","requireSignature"]);
const C18 = new Set(["name","scopes","expiresAt"]);
const C19 = new Set(["ip"]);
const C20 = new Set(["gracePeriodSeconds"]);
const C21 = new Set(["thresholdPercent"]);
const C22 = new Set(["scopes","ttlSeconds","allowedOrigins","subject"]);
const C23 = new Set(["running","paused","deleted"]);
const C24 = new RegExp("^sbx_[0-9A-Za-z]{1,64}$");
const C25 = new Set(["image","timeoutSeconds","metadata"]);
const C26 = new Set(["command","timeoutSeconds","env"]);
const C27 = new RegExp("^agt_[0-9A-Za-z]{1,64}$");
const C28 = new Set(["input","metadata"]);
const C29 = new Set(["queued","running","succeeded","failed"]);
const C30 = new RegExp("^run_[0-9A-Za-z]{1,64}$");

export function isScope(v: any): boolean {
  return C0.has(v);
}
export function isClientTokenScope(v: any): boolean {
  return C1.has(v);
}
export function isProfile(v: any): boolean {
  return C2.has(v);
}
export function isKeyType(v: any): boolean {
  return C3.has(v);
}
export function isEnvironment(v: any): boolean {
  return C4.has(v);
}
export function isTier(v: any): boolean {
  return C5.has(v);
}
export function isKeyStatus(v: any): boolean {
  return C6.has(v);
}
export function isKeyId(v: any): boolean {
  return typeof v === 'string' && C7.test(v);
}
export function isRequestId(v: any): boolean {
  return typeof v === 'string' && C8.test(v);
}
export function isSecretKey(v: any): boolean {
  return typeof v === 'string' && C9.test(v);
}
export function isClientTokenValue(v: any): boolean {
  return typeof v === 'string' && C10.test(v);
}
export function isSigningSecret(v: any): boolean {
  return typeof v === 'string' && C11.test(v);
}
export function isTimestamp(v: any): boolean {
  return typeof v === 'string' && C12.test(v);
}
export function isErrorCode(v: any): boolean {
  return C13.has(v);
}
export function isValidationIssue(v: any): boolean {
  return isObject(v) && (v["path"] !== undefined && typeof v["path"] === 'string') && (v["message"] !== undefined && typeof v["message"] === 'string');
}
export function isErrorBody(v: any): boolean {
  return isObject(v) && (v["code"] !== undefined && isErrorCode(v["code"])) && (v["message"] !== undefined && typeof v["message"] === 'string') && (v["status"] !== undefined && Number.isSafeInteger(v["status"]) && v["status"] >= 400 && v["status"] <= 599) && (v["requestId"] !== undefined && isRequestId(v["requestId"])) && (v["retryAfter"] === undefined || Number.isSafeInteger(v["retryAfter"]) && v["retryAfter"] >= 0) && (v["details"] === undefined || isObject(v["details"]) && (v["details"]["requiredScopes"] === undefined || Array.isArray(v["details"]["requiredScopes"]) && v["details"]["requiredScopes"].every((e0) => isScope(e0))) && (v["details"]["serverTime"] === undefined || Number.isSafeInteger(v["details"]["serverTime"]) && v["details"]["serverTime"] >= 0) && (v["details"]["issues"] === undefined || Array.isArray(v["details"]["issues"]) && v["details"]["issues"].every((e0) => isValidationIssue(e0))));
}
export function isErrorEnvelope(v: any): boolean {
  return isObject(v) && (v["error"] !== undefined && isErrorBody(v["error"]));
}
export function isPrincipal(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "principal") && (v["type"] !== undefined && C14.has(v["type"])) && (v["keyId"] !== undefined && isKeyId(v["keyId"])) && (v["tokenId"] !== undefined && (v["tokenId"] === null || typeof v["tokenId"] === 'string')) && (v["name"] !== undefined && (v["name"] === null || typeof v["name"] === 'string')) && (v["keyType"] !== undefined && (v["keyType"] === null || (isKeyType(v["keyType"])))) && (v["environment"] !== undefined && isEnvironment(v["environment"])) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].every((e0) => isScope(e0))) && (v["tier"] !== undefined && isTier(v["tier"])) && (v["expiresAt"] !== undefined && (v["expiresAt"] === null || (isTimestamp(v["expiresAt"])))) && (v["subject"] !== undefined && (v["subject"] === null || typeof v["subject"] === 'string'));
}
export function isApiKey(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "api_key") && (v["id"] !== undefined && isKeyId(v["id"])) && (v["name"] !== undefined && typeof v["name"] === 'string' && v["name"].length >= 1 && v["name"].length <= 100) && (v["prefix"] !== undefined && C15.has(v["prefix"])) && (v["lastFour"] !== undefined && typeof v["lastFour"] === 'string' && C16.test(v["lastFour"])) && (v["type"] !== undefined && isKeyType(v["type"])) && (v["environment"] !== undefined && isEnvironment(v["environment"])) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].every((e0) => isScope(e0))) && (v["profile"] !== undefined && (v["profile"] === null || (isProfile(v["profile"])))) && (v["status"] !== undefined && isKeyStatus(v["status"])) && (v["tier"] !== undefined && isTier(v["tier"])) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"])) && (v["expiresAt"] !== undefined && (v["expiresAt"] === null || (isTimestamp(v["expiresAt"])))) && (v["lastUsedAt"] !== undefined && (v["lastUsedAt"] === null || (isTimestamp(v["lastUsedAt"])))) && (v["revokedAt"] !== undefined && (v["revokedAt"] === null || (isTimestamp(v["revokedAt"])))) && (v["allowedIps"] !== undefined && Array.isArray(v["allowedIps"]) && v["allowedIps"].every((e0) => typeof e0 === 'string')) && (v["agentId"] !== undefined && (v["agentId"] === null || typeof v["agentId"] === 'string')) && (v["requireSignature"] !== undefined && typeof v["requireSignature"] === 'boolean') && (v["rotatedFrom"] !== undefined && (v["rotatedFrom"] === null || (isKeyId(v["rotatedFrom"])))) && (v["graceExpiresAt"] !== undefined && (v["graceExpiresAt"] === null || (isTimestamp(v["graceExpiresAt"]))));
}
export function isCreatedApiKey(v: any): boolean {
  return (isApiKey(v)) && (isObject(v) && (v["secret"] !== undefined && isSecretKey(v["secret"])) && (v["signingSecret"] !== undefined && isSigningSecret(v["signingSecret"])));
}
export function isRotatedApiKey(v: any): boolean {
  return (isCreatedApiKey(v)) && (isObject(v) && (v["previousKeyId"] !== undefined && isKeyId(v["previousKeyId"])) && (v["previousKeyExpiresAt"] !== undefined && isTimestamp(v["previousKeyExpiresAt"])));
}
export function isApiKeyList(v: any): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isApiKey(e0))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isCreateKeyRequest(v: any): boolean {
  return isObject(v) && (v["name"] !== undefined && typeof v["name"] === 'string' && v["name"].length >= 1 && v["name"].length <= 100) && (v["scopes"] === undefined || Array.isArray(v["scopes"]) && v["scopes"].length >= 1 && v["scopes"].every((e0) => isScope(e0))) && (v["profile"] === undefined || isProfile(v["profile"])) && (v["type"] === undefined || isKeyType(v["type"])) && (v["environment"] === undefined || isEnvironment(v["environment"])) && (v["expiresAt"] === undefined || isTimestamp(v["expiresAt"])) && (v["allowedIps"] === undefined || Array.isArray(v["allowedIps"]) && v["allowedIps"].length <= 100 && v["allowedIps"].every((e0) => typeof e0 === 'string' && e0.length >= 1 && e0.length <= 64)) && (v["agentId"] === undefined || typeof v["agentId"] === 'string' && v["agentId"].length >= 1 && v["agentId"].length <= 128) && (v["requireSignature"] === undefined || typeof v["requireSignature"] === 'boolean') && Object.keys(v).every((k) => C17.has(k));
}
export function isUpdateKeyRequest(v: any): boolean {
  return isObject(v) && (v["name"] === undefined || typeof v["name"] === 'string' && v["name"].length >= 1 && v["name"].length <= 100) && (v["scopes"] === undefined || Array.isArray(v["scopes"]) && v["scopes"].length >= 1 && v["scopes"].every((e0) => isScope(e0))) && (v["expiresAt"] === undefined || (v["expiresAt"] === null || (isTimestamp(v["expiresAt"])))) && Object.keys(v).every((k) => C18.has(k));
}
export function isAllowedIpRequest(v: any): boolean {
  return isObject(v) && (v["ip"] !== undefined && typeof v["ip"] === 'string' && v["ip"].length >= 1 && v["ip"].length <= 64) && Object.keys(v).every((k) => C19.has(k));
}
export function isRotateKeyRequest(v: any): boolean {
  return isObject(v) && (v["gracePeriodSeconds"] === undefined || Number.isSafeInteger(v["gracePeriodSeconds"]) && v["gracePeriodSeconds"] >= 0 && v["gracePeriodSeconds"] <= 2592000) && Object.keys(v).every((k) => C20.has(k));
}
export function isRateLimitState(v: any): boolean {
  return isObject(v) && (v["tier"] !== undefined && isTier(v["tier"])) && (v["limit"] !== undefined && Number.isSafeInteger(v["limit"]) && v["limit"] >= 0) && (v["remaining"] !== undefined && Number.isSafeInteger(v["remaining"]) && v["remaining"] >= 0) && (v["reset"] !== undefined && Number.isSafeInteger(v["reset"]) && v["reset"] >= 0) && (v["burst"] !== undefined && Number.isSafeInteger(v["burst"]) && v["burst"] >= 0);
}
export function isUsageDay(v: any): boolean {
  return isObject(v) && (v["date"] !== undefined && typeof v["date"] === 'string' && regexes.date.test(v["date"])) && (v["requests"] !== undefined && Number.isSafeInteger(v["requests"]) && v["requests"] >= 0) && (v["errors"] !== undefined && Number.isSafeInteger(v["errors"]) && v["errors"] >= 0);
}
export function isUsageAlert(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "usage_alert") && (v["keyId"] !== undefined && isKeyId(v["keyId"])) && (v["thresholdPercent"] !== undefined && Number.isSafeInteger(v["thresholdPercent"]) && v["thresholdPercent"] >= 1 && v["thresholdPercent"] <= 100) && (v["updatedAt"] !== undefined && isTimestamp(v["updatedAt"]));
}
export function isKeyUsage(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "key_usage") && (v["keyId"] !== undefined && isKeyId(v["keyId"])) && (v["totalRequests"] !== undefined && Number.isSafeInteger(v["totalRequests"]) && v["totalRequests"] >= 0) && (v["byDay"] !== undefined && Array.isArray(v["byDay"]) && v["byDay"].every((e0) => isUsageDay(e0))) && (v["lastUsedAt"] !== undefined && (v["lastUsedAt"] === null || (isTimestamp(v["lastUsedAt"])))) && (v["rateLimit"] !== undefined && isRateLimitState(v["rateLimit"])) && (v["alert"] !== undefined && (v["alert"] === null || (isUsageAlert(v["alert"]))));
}
export function isSetAlertRequest(v: any): boolean {
  return isObject(v) && (v["thresholdPercent"] !== undefined && Number.isSafeInteger(v["thresholdPercent"]) && v["thresholdPercent"] >= 1 && v["thresholdPercent"] <= 100) && Object.keys(v).every((k) => C21.has(k));
}
export function isCreateTokenRequest(v: any): boolean {
  return isObject(v) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].length >= 1 && v["scopes"].every((e0) => isClientTokenScope(e0))) && (v["ttlSeconds"] === undefined || Number.isSafeInteger(v["ttlSeconds"]) && v["ttlSeconds"] >= 60 && v["ttlSeconds"] <= 3600) && (v["allowedOrigins"] === undefined || Array.isArray(v["allowedOrigins"]) && v["allowedOrigins"].length <= 20 && v["allowedOrigins"].every((e0) => typeof e0 === 'string' && e0.length >= 1 && e0.length <= 256)) && (v["subject"] === undefined || typeof v["subject"] === 'string' && v["subject"].length >= 1 && v["subject"].length <= 256) && Object.keys(v).every((k) => C22.has(k));
}
export function isClientToken(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "client_token") && (v["token"] !== undefined && isClientTokenValue(v["token"])) && (v["expiresAt"] !== undefined && isTimestamp(v["expiresAt"])) && (v["expiresIn"] !== undefined && Number.isSafeInteger(v["expiresIn"]) && v["expiresIn"] >= 0) && (v["serverTime"] !== undefined && Number.isSafeInteger(v["serverTime"]) && v["serverTime"] >= 0) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].every((e0) => isClientTokenScope(e0))) && (v["allowedOrigins"] !== undefined && Array.isArray(v["allowedOrigins"]) && v["allowedOrigins"].every((e0) => typeof e0 === 'string')) && (v["subject"] !== undefined && (v["subject"] === null || typeof v["subject"] === 'string'));
}
export function isSandboxStatus(v: any): boolean {
  return C23.has(v);
}
export function isMetadata(v: any): boolean {
  return isObject(v) && Object.values(v).every((e0) => typeof e0 === 'string' && e0.length <= 500) && Object.keys(v).length <= 20;
}
export function isSandbox(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "sandbox") && (v["id"] !== undefined && typeof v["id"] === 'string' && C24.test(v["id"])) && (v["status"] !== undefined && isSandboxStatus(v["status"])) && (v["image"] !== undefined && typeof v["image"] === 'string') && (v["timeoutSeconds"] !== undefined && Number.isSafeInteger(v["timeoutSeconds"]) && v["timeoutSeconds"] >= 60 && v["timeoutSeconds"] <= 86400) && (v["metadata"] !== undefined && isMetadata(v["metadata"])) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"])) && (v["updatedAt"] !== undefined && isTimestamp(v["updatedAt"]));
}
export function isSandboxList(v: any): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isSandbox(e0))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isCreateSandboxRequest(v: any): boolean {
  return isObject(v) && (v["image"] === undefined || typeof v["image"] === 'string' && v["image"].length >= 1 && v["image"].length <= 200) && (v["timeoutSeconds"] === undefined || Number.isSafeInteger(v["timeoutSeconds"]) && v["timeoutSeconds"] >= 60 && v["timeoutSeconds"] <= 86400) && (v["metadata"] === undefined || isMetadata(v["metadata"])) && Object.keys(v).every((k) => C25.has(k));
}
export function isExecRequest(v: any): boolean {
  return isObject(v) && (v["command"] !== undefined && typeof v["command"] === 'string' && v["command"].length >= 1 && v["command"].length <= 10000) && (v["timeoutSeconds"] === undefined || Number.isSafeInteger(v["timeoutSeconds"]) && v["timeoutSeconds"] >= 1 && v["timeoutSeconds"] <= 3600) && (v["env"] === undefined || isObject(v["env"]) && Object.values(v["env"]).every((e0) => typeof e0 === 'string')) && Object.keys(v).every((k) => C26.has(k));
}
export function isExecResult(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "exec_result") && (v["sandboxId"] !== undefined && typeof v["sandboxId"] === 'string') && (v["command"] !== undefined && typeof v["command"] === 'string') && (v["exitCode"] !== undefined && Number.isSafeInteger(v["exitCode"])) && (v["stdout"] !== undefined && typeof v["stdout"] === 'string') && (v["stderr"] !== undefined && typeof v["stderr"] === 'string') && (v["durationMs"] !== undefined && Number.isSafeInteger(v["durationMs"]) && v["durationMs"] >= 0);
}
export function isAgent(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "agent") && (v["id"] !== undefined && typeof v["id"] === 'string' && C27.test(v["id"])) && (v["name"] !== undefined && typeof v["name"] === 'string') && (v["description"] !== undefined && typeof v["description"] === 'string') && (v["model"] !== undefined && typeof v["model"] === 'string') && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"]));
}
export function isAgentList(v: any): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isAgent(e0))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isCreateRunRequest(v: any): boolean {
  return isObject(v) && (v["input"] !== undefined && typeof v["input"] === 'string' && v["input"].length >= 1 && v["input"].length <= 100000) && (v["metadata"] === undefined || isMetadata(v["metadata"])) && Object.keys(v).every((k) => C28.has(k));
}
export function isRunStatus(v: any): boolean {
  return C29.has(v);
}
export function isRun(v: any): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "run") && (v["id"] !== undefined && typeof v["id"] === 'string' && C30.test(v["id"])) && (v["agentId"] !== undefined && typeof v["agentId"] === 'string') && (v["status"] !== undefined && isRunStatus(v["status"])) && (v["input"] !== undefined && typeof v["input"] === 'string') && (v["output"] !== undefined && (v["output"] === null || typeof v["output"] === 'string')) && (v["error"] !== undefined && (v["error"] === null || typeof v["error"] === 'string')) && (v["metadata"] !== undefined && isMetadata(v["metadata"])) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"])) && (v["completedAt"] !== undefined && (v["completedAt"] === null || (isTimestamp(v["completedAt"]))));
}

/** A fast boolean check per operation and response status, equivalent to the zod schema. */
export const responseChecks: Record<string, Record<number, (v: unknown) => boolean>> = {
  getMe: { 200: (v: any) => isPrincipal(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  listKeys: { 200: (v: any) => isApiKeyList(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  createKey: { 201: (v: any) => isCreatedApiKey(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  getKey: { 200: (v: any) => isApiKey(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  revokeKey: { 200: (v: any) => isApiKey(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  updateKey: { 200: (v: any) => isApiKey(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  addAllowedIp: { 200: (v: any) => isApiKey(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  removeAllowedIp: { 200: (v: any) => isApiKey(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  rotateKey: { 201: (v: any) => isRotatedApiKey(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  getKeyUsage: { 200: (v: any) => isKeyUsage(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  setKeyAlert: { 200: (v: any) => isUsageAlert(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  createToken: { 201: (v: any) => isClientToken(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  listSandboxes: { 200: (v: any) => isSandboxList(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  createSandbox: { 201: (v: any) => isSandbox(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  getSandbox: { 200: (v: any) => isSandbox(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  deleteSandbox: { 200: (v: any) => isSandbox(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  pauseSandbox: { 200: (v: any) => isSandbox(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  resumeSandbox: { 200: (v: any) => isSandbox(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  execSandbox: { 200: (v: any) => isExecResult(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  listAgents: { 200: (v: any) => isAgentList(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  getAgent: { 200: (v: any) => isAgent(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  createRun: { 201: (v: any) => isRun(v), 400: (v: any) => isErrorEnvelope(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 409: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
  getRun: { 200: (v: any) => isRun(v), 401: (v: any) => isErrorEnvelope(v), 403: (v: any) => isErrorEnvelope(v), 404: (v: any) => isErrorEnvelope(v), 429: (v: any) => isErrorEnvelope(v), 500: (v: any) => isErrorEnvelope(v) },
};
