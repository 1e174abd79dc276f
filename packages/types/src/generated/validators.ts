// generated — do not edit. Compiled checks of every response schema with the schemas they compile from openapi/runlet.yaml by scripts/generate.ts; run `npm run generate`.
/* biome-ignore-all lint: generated */
import type { ResponseValidator, ValidationSchema } from '../validation-schema.js';

const isObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * `[field, value]` for every enum value a check met that this release does not know (it passed: response enums
 * are open). Checks run synchronously: read and empty it right after one.
 */
export const unknownEnumValues: [field: string, value: string][] = [];
const openEnum = (f: string, v: unknown): boolean => typeof v === "string" && unknownEnumValues.push([f, v]) > 0;
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
const C12 = new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$");
const C13 = new Set(["UNAUTHORIZED","INVALID_API_KEY","EXPIRED_API_KEY","TOKEN_EXPIRED","INVALID_SIGNATURE","SIGNATURE_EXPIRED","FORBIDDEN","IP_NOT_ALLOWED","ORIGIN_NOT_ALLOWED","NOT_FOUND","CONFLICT","VALIDATION_ERROR","RATE_LIMITED","INTERNAL_ERROR"]);
const C14 = new RegExp("^agt_[0-9A-Za-z]{1,64}$");
const C15 = new Set(["api_key","client_token"]);
const C16 = new Set(["rl_live_","rl_test_"]);
const C17 = new RegExp("^[0-9A-Za-z]{4}$");
const C18 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$");
const C19 = new Set(["name","scopes","profile","type","environment","expiresAt","allowedIps","agentId","requireSignature"]);
const C20 = new Set(["name","scopes","expiresAt"]);
const C21 = new Set(["ip"]);
const C22 = new Set(["gracePeriodSeconds"]);
const C23 = new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$");
const C24 = new Set(["thresholdPercent"]);
const C25 = new RegExp("^(https?|wss?)://(\\[[0-9a-f:.]+\\]|[a-z0-9-]+(\\.[a-z0-9-]+)*)(:[0-9]{1,5})?$");
const C26 = new Set(["scopes","ttlSeconds","allowedOrigins","subject"]);
const C27 = new Set(["running","paused","deleted"]);
const C28 = new RegExp("^sbx_[0-9A-Za-z]{1,64}$");
const C29 = new Set(["image","timeoutSeconds","metadata"]);
const C30 = new Set(["command","timeoutSeconds","env","stream"]);
const C31 = new Set(["input","metadata"]);
const C32 = new Set(["queued","running","succeeded","failed"]);
const C33 = new RegExp("^run_[0-9A-Za-z]{1,64}$");
const C34 = new Set(["run.started"]);
const C35 = new Set(["run.output"]);
const C36 = new Set(["run.tool_call"]);
const C37 = new Set(["run.completed"]);
const C38 = new Set(["run.failed"]);
const C39 = new Set(["stdout"]);
const C40 = new Set(["stderr"]);
const C41 = new Set(["exit"]);

export function isScope(v: any, f: string = "Scope"): boolean {
  return (C0.has(v) || openEnum(f, v));
}
export function isClientTokenScope(v: any, f: string = "ClientTokenScope"): boolean {
  return (C1.has(v) || openEnum(f, v));
}
export function isProfile(v: any, f: string = "Profile"): boolean {
  return (C2.has(v) || openEnum(f, v));
}
export function isKeyType(v: any, f: string = "KeyType"): boolean {
  return (C3.has(v) || openEnum(f, v));
}
export function isEnvironment(v: any, f: string = "Environment"): boolean {
  return (C4.has(v) || openEnum(f, v));
}
export function isTier(v: any, f: string = "Tier"): boolean {
  return (C5.has(v) || openEnum(f, v));
}
export function isKeyStatus(v: any, f: string = "KeyStatus"): boolean {
  return (C6.has(v) || openEnum(f, v));
}
export function isKeyId(v: any, f: string = "KeyId"): boolean {
  return typeof v === 'string' && C7.test(v);
}
export function isRequestId(v: any, f: string = "RequestId"): boolean {
  return typeof v === 'string' && C8.test(v);
}
export function isSecretKey(v: any, f: string = "SecretKey"): boolean {
  return typeof v === 'string' && C9.test(v);
}
export function isClientTokenValue(v: any, f: string = "ClientTokenValue"): boolean {
  return typeof v === 'string' && C10.test(v);
}
export function isSigningSecret(v: any, f: string = "SigningSecret"): boolean {
  return typeof v === 'string' && C11.test(v);
}
export function isTimestamp(v: any, f: string = "Timestamp"): boolean {
  return typeof v === 'string' && C12.test(v);
}
export function isErrorCode(v: any, f: string = "ErrorCode"): boolean {
  return (C13.has(v) || openEnum(f, v));
}
export function isValidationIssue(v: any, f: string = "ValidationIssue"): boolean {
  return isObject(v) && (v["path"] !== undefined && typeof v["path"] === 'string') && (v["message"] !== undefined && typeof v["message"] === 'string');
}
export function isErrorBody(v: any, f: string = "ErrorBody"): boolean {
  return isObject(v) && (v["code"] !== undefined && isErrorCode(v["code"], "ErrorBody.code")) && (v["message"] !== undefined && typeof v["message"] === 'string') && (v["status"] !== undefined && Number.isSafeInteger(v["status"]) && v["status"] >= 400 && v["status"] <= 599) && (v["requestId"] !== undefined && isRequestId(v["requestId"], "ErrorBody.requestId")) && (v["retryAfter"] === undefined || Number.isSafeInteger(v["retryAfter"]) && v["retryAfter"] >= 0) && (v["details"] === undefined || isObject(v["details"]) && (v["details"]["requiredScopes"] === undefined || Array.isArray(v["details"]["requiredScopes"]) && v["details"]["requiredScopes"].every((e0) => isScope(e0, "ErrorBody.details.requiredScopes[]"))) && (v["details"]["serverTime"] === undefined || Number.isSafeInteger(v["details"]["serverTime"]) && v["details"]["serverTime"] >= 0) && (v["details"]["issues"] === undefined || Array.isArray(v["details"]["issues"]) && v["details"]["issues"].every((e0) => isValidationIssue(e0, "ErrorBody.details.issues[]"))) && (v["details"]["agentId"] === undefined || typeof v["details"]["agentId"] === 'string' && C14.test(v["details"]["agentId"])));
}
export function isErrorEnvelope(v: any, f: string = "ErrorEnvelope"): boolean {
  return isObject(v) && (v["error"] !== undefined && isErrorBody(v["error"], "ErrorEnvelope.error"));
}
export function isPrincipal(v: any, f: string = "Principal"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "principal") && (v["type"] !== undefined && (C15.has(v["type"]) || openEnum("Principal.type", v["type"]))) && (v["keyId"] !== undefined && isKeyId(v["keyId"], "Principal.keyId")) && (v["tokenId"] !== undefined && (v["tokenId"] === null || typeof v["tokenId"] === 'string')) && (v["name"] !== undefined && (v["name"] === null || typeof v["name"] === 'string')) && (v["keyType"] !== undefined && (v["keyType"] === null || (isKeyType(v["keyType"], "Principal.keyType")))) && (v["environment"] !== undefined && isEnvironment(v["environment"], "Principal.environment")) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].every((e0) => isScope(e0, "Principal.scopes[]"))) && (v["tier"] !== undefined && isTier(v["tier"], "Principal.tier")) && (v["expiresAt"] !== undefined && (v["expiresAt"] === null || (isTimestamp(v["expiresAt"], "Principal.expiresAt")))) && (v["subject"] !== undefined && (v["subject"] === null || typeof v["subject"] === 'string'));
}
export function isApiKey(v: any, f: string = "ApiKey"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "api_key") && (v["id"] !== undefined && isKeyId(v["id"], "ApiKey.id")) && (v["name"] !== undefined && typeof v["name"] === 'string' && v["name"].length >= 1 && v["name"].length <= 100) && (v["prefix"] !== undefined && (C16.has(v["prefix"]) || openEnum("ApiKey.prefix", v["prefix"]))) && (v["lastFour"] !== undefined && typeof v["lastFour"] === 'string' && C17.test(v["lastFour"])) && (v["type"] !== undefined && isKeyType(v["type"], "ApiKey.type")) && (v["environment"] !== undefined && isEnvironment(v["environment"], "ApiKey.environment")) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].every((e0) => isScope(e0, "ApiKey.scopes[]"))) && (v["profile"] !== undefined && (v["profile"] === null || (isProfile(v["profile"], "ApiKey.profile")))) && (v["status"] !== undefined && isKeyStatus(v["status"], "ApiKey.status")) && (v["tier"] !== undefined && isTier(v["tier"], "ApiKey.tier")) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"], "ApiKey.createdAt")) && (v["expiresAt"] !== undefined && (v["expiresAt"] === null || (isTimestamp(v["expiresAt"], "ApiKey.expiresAt")))) && (v["lastUsedAt"] !== undefined && (v["lastUsedAt"] === null || (isTimestamp(v["lastUsedAt"], "ApiKey.lastUsedAt")))) && (v["revokedAt"] !== undefined && (v["revokedAt"] === null || (isTimestamp(v["revokedAt"], "ApiKey.revokedAt")))) && (v["allowedIps"] !== undefined && Array.isArray(v["allowedIps"]) && v["allowedIps"].every((e0) => typeof e0 === 'string' && C18.test(e0))) && (v["agentId"] !== undefined && (v["agentId"] === null || typeof v["agentId"] === 'string' && C14.test(v["agentId"]))) && (v["requireSignature"] !== undefined && typeof v["requireSignature"] === 'boolean') && (v["rotatedFrom"] !== undefined && (v["rotatedFrom"] === null || (isKeyId(v["rotatedFrom"], "ApiKey.rotatedFrom")))) && (v["graceExpiresAt"] !== undefined && (v["graceExpiresAt"] === null || (isTimestamp(v["graceExpiresAt"], "ApiKey.graceExpiresAt"))));
}
export function isCreatedApiKey(v: any, f: string = "CreatedApiKey"): boolean {
  return (isApiKey(v, f)) && (isObject(v) && (v["secret"] !== undefined && isSecretKey(v["secret"], f + ".secret")) && (v["signingSecret"] !== undefined && isSigningSecret(v["signingSecret"], f + ".signingSecret")));
}
export function isRotatedApiKey(v: any, f: string = "RotatedApiKey"): boolean {
  return (isCreatedApiKey(v, f)) && (isObject(v) && (v["previousKeyId"] !== undefined && isKeyId(v["previousKeyId"], f + ".previousKeyId")) && (v["previousKeyExpiresAt"] !== undefined && isTimestamp(v["previousKeyExpiresAt"], f + ".previousKeyExpiresAt")));
}
export function isApiKeyList(v: any, f: string = "ApiKeyList"): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isApiKey(e0, "ApiKeyList.data[]"))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isCreateKeyRequest(v: any, f: string = "CreateKeyRequest"): boolean {
  return isObject(v) && (v["name"] !== undefined && typeof v["name"] === 'string' && v["name"].length >= 1 && v["name"].length <= 100) && (v["scopes"] === undefined || Array.isArray(v["scopes"]) && v["scopes"].length >= 1 && v["scopes"].every((e0) => isScope(e0, "CreateKeyRequest.scopes[]"))) && (v["profile"] === undefined || isProfile(v["profile"], "CreateKeyRequest.profile")) && (v["type"] === undefined || isKeyType(v["type"], "CreateKeyRequest.type")) && (v["environment"] === undefined || isEnvironment(v["environment"], "CreateKeyRequest.environment")) && (v["expiresAt"] === undefined || isTimestamp(v["expiresAt"], "CreateKeyRequest.expiresAt")) && (v["allowedIps"] === undefined || Array.isArray(v["allowedIps"]) && v["allowedIps"].length <= 100 && v["allowedIps"].every((e0) => typeof e0 === 'string' && e0.length >= 1 && e0.length <= 64 && C18.test(e0))) && (v["agentId"] === undefined || typeof v["agentId"] === 'string' && v["agentId"].length >= 5 && v["agentId"].length <= 68 && C14.test(v["agentId"])) && (v["requireSignature"] === undefined || typeof v["requireSignature"] === 'boolean') && Object.keys(v).every((k) => C19.has(k)) && ((v) => [(v["scopes"] !== undefined), (v["profile"] !== undefined)].filter(Boolean).length >= 1)(v) && ((v) => [(v["scopes"] !== undefined), (v["profile"] !== undefined)].filter(Boolean).length <= 1)(v) && ((v) => v["type"] !== "temporary" || (v["expiresAt"] !== undefined))(v);
}
export function isUpdateKeyRequest(v: any, f: string = "UpdateKeyRequest"): boolean {
  return isObject(v) && (v["name"] === undefined || typeof v["name"] === 'string' && v["name"].length >= 1 && v["name"].length <= 100) && (v["scopes"] === undefined || Array.isArray(v["scopes"]) && v["scopes"].length >= 1 && v["scopes"].every((e0) => isScope(e0, "UpdateKeyRequest.scopes[]"))) && (v["expiresAt"] === undefined || (v["expiresAt"] === null || (isTimestamp(v["expiresAt"], "UpdateKeyRequest.expiresAt")))) && Object.keys(v).every((k) => C20.has(k));
}
export function isAllowedIpRequest(v: any, f: string = "AllowedIpRequest"): boolean {
  return isObject(v) && (v["ip"] !== undefined && typeof v["ip"] === 'string' && v["ip"].length >= 1 && v["ip"].length <= 64 && C18.test(v["ip"])) && Object.keys(v).every((k) => C21.has(k));
}
export function isRotateKeyRequest(v: any, f: string = "RotateKeyRequest"): boolean {
  return isObject(v) && (v["gracePeriodSeconds"] === undefined || Number.isSafeInteger(v["gracePeriodSeconds"]) && v["gracePeriodSeconds"] >= 0 && v["gracePeriodSeconds"] <= 2592000) && Object.keys(v).every((k) => C22.has(k));
}
export function isRateLimitState(v: any, f: string = "RateLimitState"): boolean {
  return isObject(v) && (v["tier"] !== undefined && isTier(v["tier"], "RateLimitState.tier")) && (v["limit"] !== undefined && Number.isSafeInteger(v["limit"]) && v["limit"] >= 0) && (v["remaining"] !== undefined && Number.isSafeInteger(v["remaining"]) && v["remaining"] >= 0) && (v["reset"] !== undefined && Number.isSafeInteger(v["reset"]) && v["reset"] >= 0) && (v["burst"] !== undefined && Number.isSafeInteger(v["burst"]) && v["burst"] >= 0);
}
export function isUsageDay(v: any, f: string = "UsageDay"): boolean {
  return isObject(v) && (v["date"] !== undefined && typeof v["date"] === 'string' && C23.test(v["date"])) && (v["requests"] !== undefined && Number.isSafeInteger(v["requests"]) && v["requests"] >= 0) && (v["errors"] !== undefined && Number.isSafeInteger(v["errors"]) && v["errors"] >= 0);
}
export function isUsageAlert(v: any, f: string = "UsageAlert"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "usage_alert") && (v["keyId"] !== undefined && isKeyId(v["keyId"], "UsageAlert.keyId")) && (v["thresholdPercent"] !== undefined && Number.isSafeInteger(v["thresholdPercent"]) && v["thresholdPercent"] >= 1 && v["thresholdPercent"] <= 100) && (v["updatedAt"] !== undefined && isTimestamp(v["updatedAt"], "UsageAlert.updatedAt"));
}
export function isKeyUsage(v: any, f: string = "KeyUsage"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "key_usage") && (v["keyId"] !== undefined && isKeyId(v["keyId"], "KeyUsage.keyId")) && (v["totalRequests"] !== undefined && Number.isSafeInteger(v["totalRequests"]) && v["totalRequests"] >= 0) && (v["byDay"] !== undefined && Array.isArray(v["byDay"]) && v["byDay"].every((e0) => isUsageDay(e0, "KeyUsage.byDay[]"))) && (v["lastUsedAt"] !== undefined && (v["lastUsedAt"] === null || (isTimestamp(v["lastUsedAt"], "KeyUsage.lastUsedAt")))) && (v["rateLimit"] !== undefined && isRateLimitState(v["rateLimit"], "KeyUsage.rateLimit")) && (v["alert"] !== undefined && (v["alert"] === null || (isUsageAlert(v["alert"], "KeyUsage.alert"))));
}
export function isSetAlertRequest(v: any, f: string = "SetAlertRequest"): boolean {
  return isObject(v) && (v["thresholdPercent"] !== undefined && Number.isSafeInteger(v["thresholdPercent"]) && v["thresholdPercent"] >= 1 && v["thresholdPercent"] <= 100) && Object.keys(v).every((k) => C24.has(k));
}
export function isCreateTokenRequest(v: any, f: string = "CreateTokenRequest"): boolean {
  return isObject(v) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].length >= 1 && v["scopes"].every((e0) => isClientTokenScope(e0, "CreateTokenRequest.scopes[]"))) && (v["ttlSeconds"] === undefined || Number.isSafeInteger(v["ttlSeconds"]) && v["ttlSeconds"] >= 60 && v["ttlSeconds"] <= 3600) && (v["allowedOrigins"] === undefined || Array.isArray(v["allowedOrigins"]) && v["allowedOrigins"].length <= 20 && v["allowedOrigins"].every((e0) => typeof e0 === 'string' && e0.length >= 1 && e0.length <= 256 && C25.test(e0))) && (v["subject"] === undefined || typeof v["subject"] === 'string' && v["subject"].length >= 1 && v["subject"].length <= 256) && Object.keys(v).every((k) => C26.has(k));
}
export function isClientToken(v: any, f: string = "ClientToken"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "client_token") && (v["token"] !== undefined && isClientTokenValue(v["token"], "ClientToken.token")) && (v["expiresAt"] !== undefined && isTimestamp(v["expiresAt"], "ClientToken.expiresAt")) && (v["expiresIn"] !== undefined && Number.isSafeInteger(v["expiresIn"]) && v["expiresIn"] >= 0) && (v["serverTime"] !== undefined && Number.isSafeInteger(v["serverTime"]) && v["serverTime"] >= 0) && (v["scopes"] !== undefined && Array.isArray(v["scopes"]) && v["scopes"].every((e0) => isClientTokenScope(e0, "ClientToken.scopes[]"))) && (v["allowedOrigins"] !== undefined && Array.isArray(v["allowedOrigins"]) && v["allowedOrigins"].every((e0) => typeof e0 === 'string' && C25.test(e0))) && (v["subject"] !== undefined && (v["subject"] === null || typeof v["subject"] === 'string'));
}
export function isSandboxStatus(v: any, f: string = "SandboxStatus"): boolean {
  return (C27.has(v) || openEnum(f, v));
}
export function isMetadata(v: any, f: string = "Metadata"): boolean {
  return isObject(v) && Object.values(v).every((e0) => typeof e0 === 'string' && e0.length <= 500) && Object.keys(v).length <= 20;
}
export function isSandbox(v: any, f: string = "Sandbox"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "sandbox") && (v["id"] !== undefined && typeof v["id"] === 'string' && C28.test(v["id"])) && (v["status"] !== undefined && isSandboxStatus(v["status"], "Sandbox.status")) && (v["image"] !== undefined && typeof v["image"] === 'string') && (v["timeoutSeconds"] !== undefined && Number.isSafeInteger(v["timeoutSeconds"]) && v["timeoutSeconds"] >= 60 && v["timeoutSeconds"] <= 86400) && (v["metadata"] !== undefined && isMetadata(v["metadata"], "Sandbox.metadata")) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"], "Sandbox.createdAt")) && (v["updatedAt"] !== undefined && isTimestamp(v["updatedAt"], "Sandbox.updatedAt"));
}
export function isSandboxList(v: any, f: string = "SandboxList"): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isSandbox(e0, "SandboxList.data[]"))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isCreateSandboxRequest(v: any, f: string = "CreateSandboxRequest"): boolean {
  return isObject(v) && (v["image"] === undefined || typeof v["image"] === 'string' && v["image"].length >= 1 && v["image"].length <= 200) && (v["timeoutSeconds"] === undefined || Number.isSafeInteger(v["timeoutSeconds"]) && v["timeoutSeconds"] >= 60 && v["timeoutSeconds"] <= 86400) && (v["metadata"] === undefined || isMetadata(v["metadata"], "CreateSandboxRequest.metadata")) && Object.keys(v).every((k) => C29.has(k));
}
export function isExecRequest(v: any, f: string = "ExecRequest"): boolean {
  return isObject(v) && (v["command"] !== undefined && typeof v["command"] === 'string' && v["command"].length >= 1 && v["command"].length <= 10000) && (v["timeoutSeconds"] === undefined || Number.isSafeInteger(v["timeoutSeconds"]) && v["timeoutSeconds"] >= 1 && v["timeoutSeconds"] <= 3600) && (v["env"] === undefined || isObject(v["env"]) && Object.values(v["env"]).every((e0) => typeof e0 === 'string')) && (v["stream"] === undefined || typeof v["stream"] === 'boolean') && Object.keys(v).every((k) => C30.has(k));
}
export function isExecResult(v: any, f: string = "ExecResult"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "exec_result") && (v["sandboxId"] !== undefined && typeof v["sandboxId"] === 'string' && C28.test(v["sandboxId"])) && (v["command"] !== undefined && typeof v["command"] === 'string') && (v["exitCode"] !== undefined && Number.isSafeInteger(v["exitCode"])) && (v["stdout"] !== undefined && typeof v["stdout"] === 'string') && (v["stderr"] !== undefined && typeof v["stderr"] === 'string') && (v["durationMs"] !== undefined && Number.isSafeInteger(v["durationMs"]) && v["durationMs"] >= 0);
}
export function isAgent(v: any, f: string = "Agent"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "agent") && (v["id"] !== undefined && typeof v["id"] === 'string' && C14.test(v["id"])) && (v["name"] !== undefined && typeof v["name"] === 'string') && (v["description"] !== undefined && typeof v["description"] === 'string') && (v["model"] !== undefined && typeof v["model"] === 'string') && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"], "Agent.createdAt"));
}
export function isAgentList(v: any, f: string = "AgentList"): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isAgent(e0, "AgentList.data[]"))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isCreateRunRequest(v: any, f: string = "CreateRunRequest"): boolean {
  return isObject(v) && (v["input"] !== undefined && typeof v["input"] === 'string' && v["input"].length >= 1 && v["input"].length <= 100000) && (v["metadata"] === undefined || isMetadata(v["metadata"], "CreateRunRequest.metadata")) && Object.keys(v).every((k) => C31.has(k));
}
export function isRunStatus(v: any, f: string = "RunStatus"): boolean {
  return (C32.has(v) || openEnum(f, v));
}
export function isRun(v: any, f: string = "Run"): boolean {
  return isObject(v) && (v["object"] !== undefined && v["object"] === "run") && (v["id"] !== undefined && typeof v["id"] === 'string' && C33.test(v["id"])) && (v["agentId"] !== undefined && typeof v["agentId"] === 'string' && C14.test(v["agentId"])) && (v["status"] !== undefined && isRunStatus(v["status"], "Run.status")) && (v["input"] !== undefined && typeof v["input"] === 'string') && (v["output"] !== undefined && (v["output"] === null || typeof v["output"] === 'string')) && (v["error"] !== undefined && (v["error"] === null || typeof v["error"] === 'string')) && (v["metadata"] !== undefined && isMetadata(v["metadata"], "Run.metadata")) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"], "Run.createdAt")) && (v["completedAt"] !== undefined && (v["completedAt"] === null || (isTimestamp(v["completedAt"], "Run.completedAt"))));
}
export function isRunList(v: any, f: string = "RunList"): boolean {
  return isObject(v) && (v["data"] !== undefined && Array.isArray(v["data"]) && v["data"].every((e0) => isRun(e0, "RunList.data[]"))) && (v["nextCursor"] !== undefined && (v["nextCursor"] === null || typeof v["nextCursor"] === 'string'));
}
export function isRunStartedEvent(v: any, f: string = "RunStartedEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C34.has(v["type"]) || openEnum("RunStartedEvent.type", v["type"]))) && (v["runId"] !== undefined && typeof v["runId"] === 'string' && C33.test(v["runId"])) && (v["agentId"] !== undefined && typeof v["agentId"] === 'string' && C14.test(v["agentId"])) && (v["createdAt"] !== undefined && isTimestamp(v["createdAt"], "RunStartedEvent.createdAt"));
}
export function isRunOutputEvent(v: any, f: string = "RunOutputEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C35.has(v["type"]) || openEnum("RunOutputEvent.type", v["type"]))) && (v["runId"] !== undefined && typeof v["runId"] === 'string' && C33.test(v["runId"])) && (v["delta"] !== undefined && typeof v["delta"] === 'string');
}
export function isRunToolCallEvent(v: any, f: string = "RunToolCallEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C36.has(v["type"]) || openEnum("RunToolCallEvent.type", v["type"]))) && (v["runId"] !== undefined && typeof v["runId"] === 'string' && C33.test(v["runId"])) && (v["name"] !== undefined && typeof v["name"] === 'string') && (v["arguments"] !== undefined && isObject(v["arguments"]));
}
export function isRunCompletedEvent(v: any, f: string = "RunCompletedEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C37.has(v["type"]) || openEnum("RunCompletedEvent.type", v["type"]))) && (v["run"] !== undefined && isRun(v["run"], "RunCompletedEvent.run"));
}
export function isRunFailedEvent(v: any, f: string = "RunFailedEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C38.has(v["type"]) || openEnum("RunFailedEvent.type", v["type"]))) && (v["run"] !== undefined && isRun(v["run"], "RunFailedEvent.run")) && (v["error"] !== undefined && isObject(v["error"]) && (v["error"]["code"] !== undefined && typeof v["error"]["code"] === 'string') && (v["error"]["message"] !== undefined && typeof v["error"]["message"] === 'string'));
}
export function isRunEvent(v: any, f: string = "RunEvent"): boolean {
  return ((isRunStartedEvent(v, f)) || (isRunOutputEvent(v, f)) || (isRunToolCallEvent(v, f)) || (isRunCompletedEvent(v, f)) || (isRunFailedEvent(v, f)));
}
export function isExecStdoutEvent(v: any, f: string = "ExecStdoutEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C39.has(v["type"]) || openEnum("ExecStdoutEvent.type", v["type"]))) && (v["data"] !== undefined && typeof v["data"] === 'string');
}
export function isExecStderrEvent(v: any, f: string = "ExecStderrEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C40.has(v["type"]) || openEnum("ExecStderrEvent.type", v["type"]))) && (v["data"] !== undefined && typeof v["data"] === 'string');
}
export function isExecExitEvent(v: any, f: string = "ExecExitEvent"): boolean {
  return isObject(v) && (v["type"] !== undefined && (C41.has(v["type"]) || openEnum("ExecExitEvent.type", v["type"]))) && (v["exitCode"] !== undefined && Number.isSafeInteger(v["exitCode"])) && (v["durationMs"] !== undefined && Number.isSafeInteger(v["durationMs"]) && v["durationMs"] >= 0);
}
export function isExecEvent(v: any, f: string = "ExecEvent"): boolean {
  return ((isExecStdoutEvent(v, f)) || (isExecStderrEvent(v, f)) || (isExecExitEvent(v, f)));
}

/** The string formats the checks know, as the checks test them. */
export const formatPatterns: Record<string, RegExp> = { "date-time": new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$"), date: new RegExp("^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$") };

/** The validation keywords of every component schema, for explaining a failed check. */
export const schemaComponents: Record<string, ValidationSchema> = {
  Scope: {"type":"string","enum":["*","keys:read","keys:manage","tokens:create","sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"]},
  ClientTokenScope: {"type":"string","enum":["sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"]},
  Profile: {"type":"string","enum":["read-only","sandbox-user","admin"]},
  KeyType: {"type":"string","enum":["personal","service","temporary"]},
  Environment: {"type":"string","enum":["live","test"]},
  Tier: {"type":"string","enum":["free","pro"]},
  KeyStatus: {"type":"string","enum":["active","rotated","expired","revoked"]},
  KeyId: {"type":"string","pattern":"^key_[0-9A-Za-z]{16}$"},
  RequestId: {"type":"string","pattern":"^req_[0-9A-Za-z]{8,64}$"},
  SecretKey: {"type":"string","pattern":"^rl_(live|test)_[0-9A-Za-z]{36}$"},
  ClientTokenValue: {"type":"string","pattern":"^rl_ct_[0-9A-Za-z]{36}$"},
  SigningSecret: {"type":"string","pattern":"^rl_sig_[0-9A-Za-z]{36}$"},
  Timestamp: {"type":"string","format":"date-time"},
  ErrorCode: {"type":"string","enum":["UNAUTHORIZED","INVALID_API_KEY","EXPIRED_API_KEY","TOKEN_EXPIRED","INVALID_SIGNATURE","SIGNATURE_EXPIRED","FORBIDDEN","IP_NOT_ALLOWED","ORIGIN_NOT_ALLOWED","NOT_FOUND","CONFLICT","VALIDATION_ERROR","RATE_LIMITED","INTERNAL_ERROR"]},
  ValidationIssue: {"type":"object","required":["path","message"],"properties":{"path":{"type":"string"},"message":{"type":"string"}}},
  ErrorBody: {"type":"object","required":["code","message","status","requestId"],"properties":{"code":{"$ref":"#/components/schemas/ErrorCode"},"message":{"type":"string"},"status":{"type":"integer","minimum":400,"maximum":599},"requestId":{"$ref":"#/components/schemas/RequestId"},"retryAfter":{"type":"integer","minimum":0},"details":{"type":"object","additionalProperties":true,"properties":{"requiredScopes":{"type":"array","items":{"$ref":"#/components/schemas/Scope"}},"serverTime":{"type":"integer","minimum":0},"issues":{"type":"array","items":{"$ref":"#/components/schemas/ValidationIssue"}},"agentId":{"type":"string","pattern":"^agt_[0-9A-Za-z]{1,64}$"}}}}},
  ErrorEnvelope: {"type":"object","required":["error"],"properties":{"error":{"$ref":"#/components/schemas/ErrorBody"}}},
  Principal: {"type":"object","required":["object","type","keyId","tokenId","name","keyType","environment","scopes","tier","expiresAt","subject"],"properties":{"object":{"type":"string","const":"principal"},"type":{"type":"string","enum":["api_key","client_token"]},"keyId":{"$ref":"#/components/schemas/KeyId"},"tokenId":{"type":["string","null"]},"name":{"type":["string","null"]},"keyType":{"oneOf":[{"$ref":"#/components/schemas/KeyType"},{"type":"null"}]},"environment":{"$ref":"#/components/schemas/Environment"},"scopes":{"type":"array","items":{"$ref":"#/components/schemas/Scope"}},"tier":{"$ref":"#/components/schemas/Tier"},"expiresAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]},"subject":{"type":["string","null"]}}},
  ApiKey: {"type":"object","required":["object","id","name","prefix","lastFour","type","environment","scopes","profile","status","tier","createdAt","expiresAt","lastUsedAt","revokedAt","allowedIps","agentId","requireSignature","rotatedFrom","graceExpiresAt"],"properties":{"object":{"type":"string","const":"api_key"},"id":{"$ref":"#/components/schemas/KeyId"},"name":{"type":"string","minLength":1,"maxLength":100},"prefix":{"type":"string","enum":["rl_live_","rl_test_"]},"lastFour":{"type":"string","pattern":"^[0-9A-Za-z]{4}$"},"type":{"$ref":"#/components/schemas/KeyType"},"environment":{"$ref":"#/components/schemas/Environment"},"scopes":{"type":"array","items":{"$ref":"#/components/schemas/Scope"}},"profile":{"oneOf":[{"$ref":"#/components/schemas/Profile"},{"type":"null"}]},"status":{"$ref":"#/components/schemas/KeyStatus"},"tier":{"$ref":"#/components/schemas/Tier"},"createdAt":{"$ref":"#/components/schemas/Timestamp"},"expiresAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]},"lastUsedAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]},"revokedAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]},"allowedIps":{"type":"array","items":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"}},"agentId":{"type":["string","null"],"pattern":"^agt_[0-9A-Za-z]{1,64}$"},"requireSignature":{"type":"boolean"},"rotatedFrom":{"oneOf":[{"$ref":"#/components/schemas/KeyId"},{"type":"null"}]},"graceExpiresAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]}}},
  CreatedApiKey: {"allOf":[{"$ref":"#/components/schemas/ApiKey"},{"type":"object","required":["secret","signingSecret"],"properties":{"secret":{"$ref":"#/components/schemas/SecretKey"},"signingSecret":{"$ref":"#/components/schemas/SigningSecret"}}}]},
  RotatedApiKey: {"allOf":[{"$ref":"#/components/schemas/CreatedApiKey"},{"type":"object","required":["previousKeyId","previousKeyExpiresAt"],"properties":{"previousKeyId":{"$ref":"#/components/schemas/KeyId"},"previousKeyExpiresAt":{"$ref":"#/components/schemas/Timestamp"}}}]},
  ApiKeyList: {"type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/ApiKey"}},"nextCursor":{"type":["string","null"]}}},
  CreateKeyRequest: {"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":100},"scopes":{"type":"array","minItems":1,"items":{"$ref":"#/components/schemas/Scope"}},"profile":{"$ref":"#/components/schemas/Profile"},"type":{"$ref":"#/components/schemas/KeyType"},"environment":{"$ref":"#/components/schemas/Environment"},"expiresAt":{"$ref":"#/components/schemas/Timestamp"},"allowedIps":{"type":"array","maxItems":100,"items":{"type":"string","minLength":1,"maxLength":64,"pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"}},"agentId":{"type":"string","minLength":5,"maxLength":68,"pattern":"^agt_[0-9A-Za-z]{1,64}$"},"requireSignature":{"type":"boolean"}},"oneOf":[{"required":["scopes"]},{"required":["profile"]}]},
  UpdateKeyRequest: {"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","minLength":1,"maxLength":100},"scopes":{"type":"array","minItems":1,"items":{"$ref":"#/components/schemas/Scope"}},"expiresAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]}}},
  AllowedIpRequest: {"type":"object","required":["ip"],"additionalProperties":false,"properties":{"ip":{"type":"string","minLength":1,"maxLength":64,"pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$"}}},
  RotateKeyRequest: {"type":"object","additionalProperties":false,"properties":{"gracePeriodSeconds":{"type":"integer","minimum":0,"maximum":2592000}}},
  RateLimitState: {"type":"object","required":["tier","limit","remaining","reset","burst"],"properties":{"tier":{"$ref":"#/components/schemas/Tier"},"limit":{"type":"integer","minimum":0},"remaining":{"type":"integer","minimum":0},"reset":{"type":"integer","minimum":0},"burst":{"type":"integer","minimum":0}}},
  UsageDay: {"type":"object","required":["date","requests","errors"],"properties":{"date":{"type":"string","format":"date"},"requests":{"type":"integer","minimum":0},"errors":{"type":"integer","minimum":0}}},
  UsageAlert: {"type":"object","required":["object","keyId","thresholdPercent","updatedAt"],"properties":{"object":{"type":"string","const":"usage_alert"},"keyId":{"$ref":"#/components/schemas/KeyId"},"thresholdPercent":{"type":"integer","minimum":1,"maximum":100},"updatedAt":{"$ref":"#/components/schemas/Timestamp"}}},
  KeyUsage: {"type":"object","required":["object","keyId","totalRequests","byDay","lastUsedAt","rateLimit","alert"],"properties":{"object":{"type":"string","const":"key_usage"},"keyId":{"$ref":"#/components/schemas/KeyId"},"totalRequests":{"type":"integer","minimum":0},"byDay":{"type":"array","items":{"$ref":"#/components/schemas/UsageDay"}},"lastUsedAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]},"rateLimit":{"$ref":"#/components/schemas/RateLimitState"},"alert":{"oneOf":[{"$ref":"#/components/schemas/UsageAlert"},{"type":"null"}]}}},
  SetAlertRequest: {"type":"object","required":["thresholdPercent"],"additionalProperties":false,"properties":{"thresholdPercent":{"type":"integer","minimum":1,"maximum":100}}},
  CreateTokenRequest: {"type":"object","required":["scopes"],"additionalProperties":false,"properties":{"scopes":{"type":"array","minItems":1,"items":{"$ref":"#/components/schemas/ClientTokenScope"}},"ttlSeconds":{"type":"integer","minimum":60,"maximum":3600},"allowedOrigins":{"type":"array","maxItems":20,"items":{"type":"string","minLength":1,"maxLength":256,"pattern":"^(https?|wss?)://(\\[[0-9a-f:.]+\\]|[a-z0-9-]+(\\.[a-z0-9-]+)*)(:[0-9]{1,5})?$"}},"subject":{"type":"string","minLength":1,"maxLength":256}}},
  ClientToken: {"type":"object","required":["object","token","expiresAt","expiresIn","serverTime","scopes","allowedOrigins","subject"],"properties":{"object":{"type":"string","const":"client_token"},"token":{"$ref":"#/components/schemas/ClientTokenValue"},"expiresAt":{"$ref":"#/components/schemas/Timestamp"},"expiresIn":{"type":"integer","minimum":0},"serverTime":{"type":"integer","minimum":0},"scopes":{"type":"array","items":{"$ref":"#/components/schemas/ClientTokenScope"}},"allowedOrigins":{"type":"array","items":{"type":"string","pattern":"^(https?|wss?)://(\\[[0-9a-f:.]+\\]|[a-z0-9-]+(\\.[a-z0-9-]+)*)(:[0-9]{1,5})?$"}},"subject":{"type":["string","null"]}}},
  SandboxStatus: {"type":"string","enum":["running","paused","deleted"]},
  Metadata: {"type":"object","maxProperties":20,"additionalProperties":{"type":"string","maxLength":500}},
  Sandbox: {"type":"object","required":["object","id","status","image","timeoutSeconds","metadata","createdAt","updatedAt"],"properties":{"object":{"type":"string","const":"sandbox"},"id":{"type":"string","pattern":"^sbx_[0-9A-Za-z]{1,64}$"},"status":{"$ref":"#/components/schemas/SandboxStatus"},"image":{"type":"string"},"timeoutSeconds":{"type":"integer","minimum":60,"maximum":86400},"metadata":{"$ref":"#/components/schemas/Metadata"},"createdAt":{"$ref":"#/components/schemas/Timestamp"},"updatedAt":{"$ref":"#/components/schemas/Timestamp"}}},
  SandboxList: {"type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Sandbox"}},"nextCursor":{"type":["string","null"]}}},
  CreateSandboxRequest: {"type":"object","additionalProperties":false,"properties":{"image":{"type":"string","minLength":1,"maxLength":200},"timeoutSeconds":{"type":"integer","minimum":60,"maximum":86400},"metadata":{"$ref":"#/components/schemas/Metadata"}}},
  ExecRequest: {"type":"object","required":["command"],"additionalProperties":false,"properties":{"command":{"type":"string","minLength":1,"maxLength":10000},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":3600},"env":{"type":"object","additionalProperties":{"type":"string"}},"stream":{"type":"boolean"}}},
  ExecResult: {"type":"object","required":["object","sandboxId","command","exitCode","stdout","stderr","durationMs"],"properties":{"object":{"type":"string","const":"exec_result"},"sandboxId":{"type":"string","pattern":"^sbx_[0-9A-Za-z]{1,64}$"},"command":{"type":"string"},"exitCode":{"type":"integer"},"stdout":{"type":"string"},"stderr":{"type":"string"},"durationMs":{"type":"integer","minimum":0}}},
  Agent: {"type":"object","required":["object","id","name","description","model","createdAt"],"properties":{"object":{"type":"string","const":"agent"},"id":{"type":"string","pattern":"^agt_[0-9A-Za-z]{1,64}$"},"name":{"type":"string"},"description":{"type":"string"},"model":{"type":"string"},"createdAt":{"$ref":"#/components/schemas/Timestamp"}}},
  AgentList: {"type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Agent"}},"nextCursor":{"type":["string","null"]}}},
  CreateRunRequest: {"type":"object","required":["input"],"additionalProperties":false,"properties":{"input":{"type":"string","minLength":1,"maxLength":100000},"metadata":{"$ref":"#/components/schemas/Metadata"}}},
  RunStatus: {"type":"string","enum":["queued","running","succeeded","failed"]},
  Run: {"type":"object","required":["object","id","agentId","status","input","output","error","metadata","createdAt","completedAt"],"properties":{"object":{"type":"string","const":"run"},"id":{"type":"string","pattern":"^run_[0-9A-Za-z]{1,64}$"},"agentId":{"type":"string","pattern":"^agt_[0-9A-Za-z]{1,64}$"},"status":{"$ref":"#/components/schemas/RunStatus"},"input":{"type":"string"},"output":{"type":["string","null"]},"error":{"type":["string","null"]},"metadata":{"$ref":"#/components/schemas/Metadata"},"createdAt":{"$ref":"#/components/schemas/Timestamp"},"completedAt":{"oneOf":[{"$ref":"#/components/schemas/Timestamp"},{"type":"null"}]}}},
  RunList: {"type":"object","required":["data","nextCursor"],"properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/Run"}},"nextCursor":{"type":["string","null"]}}},
  RunStartedEvent: {"type":"object","required":["type","runId","agentId","createdAt"],"properties":{"type":{"type":"string","enum":["run.started"]},"runId":{"type":"string","pattern":"^run_[0-9A-Za-z]{1,64}$"},"agentId":{"type":"string","pattern":"^agt_[0-9A-Za-z]{1,64}$"},"createdAt":{"$ref":"#/components/schemas/Timestamp"}}},
  RunOutputEvent: {"type":"object","required":["type","runId","delta"],"properties":{"type":{"type":"string","enum":["run.output"]},"runId":{"type":"string","pattern":"^run_[0-9A-Za-z]{1,64}$"},"delta":{"type":"string"}}},
  RunToolCallEvent: {"type":"object","required":["type","runId","name","arguments"],"properties":{"type":{"type":"string","enum":["run.tool_call"]},"runId":{"type":"string","pattern":"^run_[0-9A-Za-z]{1,64}$"},"name":{"type":"string"},"arguments":{"type":"object","additionalProperties":true}}},
  RunCompletedEvent: {"type":"object","required":["type","run"],"properties":{"type":{"type":"string","enum":["run.completed"]},"run":{"$ref":"#/components/schemas/Run"}}},
  RunFailedEvent: {"type":"object","required":["type","run","error"],"properties":{"type":{"type":"string","enum":["run.failed"]},"run":{"$ref":"#/components/schemas/Run"},"error":{"type":"object","required":["code","message"],"properties":{"code":{"type":"string"},"message":{"type":"string"}}}}},
  RunEvent: {"oneOf":[{"$ref":"#/components/schemas/RunStartedEvent"},{"$ref":"#/components/schemas/RunOutputEvent"},{"$ref":"#/components/schemas/RunToolCallEvent"},{"$ref":"#/components/schemas/RunCompletedEvent"},{"$ref":"#/components/schemas/RunFailedEvent"}]},
  ExecStdoutEvent: {"type":"object","required":["type","data"],"properties":{"type":{"type":"string","enum":["stdout"]},"data":{"type":"string"}}},
  ExecStderrEvent: {"type":"object","required":["type","data"],"properties":{"type":{"type":"string","enum":["stderr"]},"data":{"type":"string"}}},
  ExecExitEvent: {"type":"object","required":["type","exitCode","durationMs"],"properties":{"type":{"type":"string","enum":["exit"]},"exitCode":{"type":"integer"},"durationMs":{"type":"integer","minimum":0}}},
  ExecEvent: {"oneOf":[{"$ref":"#/components/schemas/ExecStdoutEvent"},{"$ref":"#/components/schemas/ExecStderrEvent"},{"$ref":"#/components/schemas/ExecExitEvent"}]},
};

/** Per route (`GET /v1/keys/{keyId}`): the operationId and, per response status, a fast check and its schema. */
export const responseValidators: Record<string, ResponseValidator> = {
  "GET /v1/me": {
    operationId: "getMe",
    responses: {
      200: { check: (v: any) => isPrincipal(v, "getMe 200"), schema: {"$ref":"#/components/schemas/Principal"} },
      401: { check: (v: any) => isErrorEnvelope(v, "getMe 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "getMe 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "getMe 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "getMe 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/keys": {
    operationId: "listKeys",
    responses: {
      200: { check: (v: any) => isApiKeyList(v, "listKeys 200"), schema: {"$ref":"#/components/schemas/ApiKeyList"} },
      400: { check: (v: any) => isErrorEnvelope(v, "listKeys 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "listKeys 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "listKeys 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "listKeys 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "listKeys 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/keys": {
    operationId: "createKey",
    responses: {
      201: { check: (v: any) => isCreatedApiKey(v, "createKey 201"), schema: {"$ref":"#/components/schemas/CreatedApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "createKey 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "createKey 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "createKey 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "createKey 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "createKey 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "createKey 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/keys/{keyId}": {
    operationId: "getKey",
    responses: {
      200: { check: (v: any) => isApiKey(v, "getKey 200"), schema: {"$ref":"#/components/schemas/ApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "getKey 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "getKey 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "getKey 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "getKey 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "getKey 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "getKey 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "DELETE /v1/keys/{keyId}": {
    operationId: "revokeKey",
    responses: {
      200: { check: (v: any) => isApiKey(v, "revokeKey 200"), schema: {"$ref":"#/components/schemas/ApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "revokeKey 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "revokeKey 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "revokeKey 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "revokeKey 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "revokeKey 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "revokeKey 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "revokeKey 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "PATCH /v1/keys/{keyId}": {
    operationId: "updateKey",
    responses: {
      200: { check: (v: any) => isApiKey(v, "updateKey 200"), schema: {"$ref":"#/components/schemas/ApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "updateKey 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "updateKey 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "updateKey 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "updateKey 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "updateKey 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "updateKey 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "updateKey 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/keys/{keyId}/allowed-ips": {
    operationId: "addAllowedIp",
    responses: {
      200: { check: (v: any) => isApiKey(v, "addAllowedIp 200"), schema: {"$ref":"#/components/schemas/ApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "addAllowedIp 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "DELETE /v1/keys/{keyId}/allowed-ips/{ip}": {
    operationId: "removeAllowedIp",
    responses: {
      200: { check: (v: any) => isApiKey(v, "removeAllowedIp 200"), schema: {"$ref":"#/components/schemas/ApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "removeAllowedIp 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/keys/{keyId}/rotate": {
    operationId: "rotateKey",
    responses: {
      201: { check: (v: any) => isRotatedApiKey(v, "rotateKey 201"), schema: {"$ref":"#/components/schemas/RotatedApiKey"} },
      400: { check: (v: any) => isErrorEnvelope(v, "rotateKey 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "rotateKey 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "rotateKey 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "rotateKey 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "rotateKey 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "rotateKey 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "rotateKey 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/keys/{keyId}/usage": {
    operationId: "getKeyUsage",
    responses: {
      200: { check: (v: any) => isKeyUsage(v, "getKeyUsage 200"), schema: {"$ref":"#/components/schemas/KeyUsage"} },
      400: { check: (v: any) => isErrorEnvelope(v, "getKeyUsage 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "getKeyUsage 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "getKeyUsage 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "getKeyUsage 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "getKeyUsage 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "getKeyUsage 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "PUT /v1/keys/{keyId}/alert": {
    operationId: "setKeyAlert",
    responses: {
      200: { check: (v: any) => isUsageAlert(v, "setKeyAlert 200"), schema: {"$ref":"#/components/schemas/UsageAlert"} },
      400: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "setKeyAlert 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/tokens": {
    operationId: "createToken",
    responses: {
      201: { check: (v: any) => isClientToken(v, "createToken 201"), schema: {"$ref":"#/components/schemas/ClientToken"} },
      400: { check: (v: any) => isErrorEnvelope(v, "createToken 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "createToken 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "createToken 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "createToken 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "createToken 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "createToken 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/sandboxes": {
    operationId: "listSandboxes",
    responses: {
      200: { check: (v: any) => isSandboxList(v, "listSandboxes 200"), schema: {"$ref":"#/components/schemas/SandboxList"} },
      400: { check: (v: any) => isErrorEnvelope(v, "listSandboxes 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "listSandboxes 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "listSandboxes 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "listSandboxes 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "listSandboxes 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/sandboxes": {
    operationId: "createSandbox",
    responses: {
      201: { check: (v: any) => isSandbox(v, "createSandbox 201"), schema: {"$ref":"#/components/schemas/Sandbox"} },
      400: { check: (v: any) => isErrorEnvelope(v, "createSandbox 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "createSandbox 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "createSandbox 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "createSandbox 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "createSandbox 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "createSandbox 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/sandboxes/{sandboxId}": {
    operationId: "getSandbox",
    responses: {
      200: { check: (v: any) => isSandbox(v, "getSandbox 200"), schema: {"$ref":"#/components/schemas/Sandbox"} },
      400: { check: (v: any) => isErrorEnvelope(v, "getSandbox 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "getSandbox 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "getSandbox 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "getSandbox 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "getSandbox 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "getSandbox 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "DELETE /v1/sandboxes/{sandboxId}": {
    operationId: "deleteSandbox",
    responses: {
      200: { check: (v: any) => isSandbox(v, "deleteSandbox 200"), schema: {"$ref":"#/components/schemas/Sandbox"} },
      400: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "deleteSandbox 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/sandboxes/{sandboxId}/pause": {
    operationId: "pauseSandbox",
    responses: {
      200: { check: (v: any) => isSandbox(v, "pauseSandbox 200"), schema: {"$ref":"#/components/schemas/Sandbox"} },
      400: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "pauseSandbox 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/sandboxes/{sandboxId}/resume": {
    operationId: "resumeSandbox",
    responses: {
      200: { check: (v: any) => isSandbox(v, "resumeSandbox 200"), schema: {"$ref":"#/components/schemas/Sandbox"} },
      400: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "resumeSandbox 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/sandboxes/{sandboxId}/exec": {
    operationId: "execSandbox",
    responses: {
      200: { check: (v: any) => isExecResult(v, "execSandbox 200"), schema: {"$ref":"#/components/schemas/ExecResult"} },
      400: { check: (v: any) => isErrorEnvelope(v, "execSandbox 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "execSandbox 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "execSandbox 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "execSandbox 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "execSandbox 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "execSandbox 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "execSandbox 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/agents": {
    operationId: "listAgents",
    responses: {
      200: { check: (v: any) => isAgentList(v, "listAgents 200"), schema: {"$ref":"#/components/schemas/AgentList"} },
      400: { check: (v: any) => isErrorEnvelope(v, "listAgents 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "listAgents 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "listAgents 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "listAgents 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "listAgents 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/agents/{agentId}": {
    operationId: "getAgent",
    responses: {
      200: { check: (v: any) => isAgent(v, "getAgent 200"), schema: {"$ref":"#/components/schemas/Agent"} },
      400: { check: (v: any) => isErrorEnvelope(v, "getAgent 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "getAgent 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "getAgent 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "getAgent 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "getAgent 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "getAgent 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "POST /v1/agents/{agentId}/runs": {
    operationId: "createRun",
    responses: {
      201: { check: (v: any) => isRun(v, "createRun 201"), schema: {"$ref":"#/components/schemas/Run"} },
      400: { check: (v: any) => isErrorEnvelope(v, "createRun 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "createRun 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "createRun 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "createRun 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      409: { check: (v: any) => isErrorEnvelope(v, "createRun 409"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "createRun 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "createRun 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/runs": {
    operationId: "listRuns",
    responses: {
      200: { check: (v: any) => isRunList(v, "listRuns 200"), schema: {"$ref":"#/components/schemas/RunList"} },
      400: { check: (v: any) => isErrorEnvelope(v, "listRuns 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "listRuns 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "listRuns 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "listRuns 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "listRuns 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/runs/{runId}": {
    operationId: "getRun",
    responses: {
      200: { check: (v: any) => isRun(v, "getRun 200"), schema: {"$ref":"#/components/schemas/Run"} },
      400: { check: (v: any) => isErrorEnvelope(v, "getRun 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "getRun 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "getRun 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "getRun 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "getRun 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "getRun 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
  "GET /v1/runs/{runId}/events": {
    operationId: "streamRunEvents",
    responses: {
      200: { check: (v: any) => isRunEvent(v, "streamRunEvents 200"), schema: {"$ref":"#/components/schemas/RunEvent"} },
      400: { check: (v: any) => isErrorEnvelope(v, "streamRunEvents 400"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      401: { check: (v: any) => isErrorEnvelope(v, "streamRunEvents 401"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      403: { check: (v: any) => isErrorEnvelope(v, "streamRunEvents 403"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      404: { check: (v: any) => isErrorEnvelope(v, "streamRunEvents 404"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      429: { check: (v: any) => isErrorEnvelope(v, "streamRunEvents 429"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
      500: { check: (v: any) => isErrorEnvelope(v, "streamRunEvents 500"), schema: {"$ref":"#/components/schemas/ErrorEnvelope"} },
    },
  },
};
