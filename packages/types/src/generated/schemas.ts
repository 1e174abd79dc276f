// generated — do not edit. zod/mini schemas for every component schema from openapi/runlet.yaml by scripts/generate.ts; run `npm run generate`.
import * as z from 'zod/mini';

export const Scope = z.enum(["*","keys:read","keys:manage","tokens:create","sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"]);

export const ClientTokenScope = z.enum(["sandbox:*","sandbox:create","sandbox:read","sandbox:delete","sandbox:pause","sandbox:execute","agent:*","agent:read","agent:run"]);

export const Profile = z.enum(["read-only","sandbox-user","admin"]);

export const KeyType = z.enum(["personal","service","temporary"]);

export const Environment = z.enum(["live","test"]);

export const Tier = z.enum(["free","pro"]);

export const KeyStatus = z.enum(["active","rotated","expired","revoked"]);

export const KeyId = z.string().check(z.regex(/^key_[0-9A-Za-z]{16}$/));

export const RequestId = z.string().check(z.regex(/^req_[0-9A-Za-z]{8,64}$/));

export const SecretKey = z.string().check(z.regex(/^rl_(live|test)_[0-9A-Za-z]{36}$/));

export const ClientTokenValue = z.string().check(z.regex(/^rl_ct_[0-9A-Za-z]{36}$/));

export const SigningSecret = z.string().check(z.regex(/^rl_sig_[0-9A-Za-z]{36}$/));

export const Timestamp = z.iso.datetime({ offset: true });

export const ErrorCode = z.enum(["UNAUTHORIZED","INVALID_API_KEY","EXPIRED_API_KEY","TOKEN_EXPIRED","INVALID_SIGNATURE","SIGNATURE_EXPIRED","FORBIDDEN","IP_NOT_ALLOWED","ORIGIN_NOT_ALLOWED","NOT_FOUND","CONFLICT","VALIDATION_ERROR","RATE_LIMITED","INTERNAL_ERROR"]);

export const ValidationIssue = z.object({ "path": z.string(), "message": z.string() });

export const ErrorBody = z.object({ "code": ErrorCode, "message": z.string(), "status": z.int().check(z.gte(400), z.lte(599)), "requestId": RequestId, "retryAfter": z.exactOptional(z.int().check(z.gte(0))), "details": z.exactOptional(z.looseObject({ "requiredScopes": z.exactOptional(z.array(Scope)), "serverTime": z.exactOptional(z.int().check(z.gte(0))), "issues": z.exactOptional(z.array(ValidationIssue)), "agentId": z.exactOptional(z.string().check(z.regex(/^agt_[0-9A-Za-z]{1,64}$/))) })) });

export const ErrorEnvelope = z.object({ "error": ErrorBody });

export const Principal = z.object({ "object": z.literal("principal"), "type": z.enum(["api_key","client_token"]), "keyId": KeyId, "tokenId": z.nullable(z.string()), "name": z.nullable(z.string()), "keyType": z.nullable(KeyType), "environment": Environment, "scopes": z.array(Scope), "tier": Tier, "expiresAt": z.nullable(Timestamp), "subject": z.nullable(z.string()) });

export const ApiKey = z.object({ "object": z.literal("api_key"), "id": KeyId, "name": z.string().check(z.minLength(1), z.maxLength(100)), "prefix": z.enum(["rl_live_","rl_test_"]), "lastFour": z.string().check(z.regex(/^[0-9A-Za-z]{4}$/)), "type": KeyType, "environment": Environment, "scopes": z.array(Scope), "profile": z.nullable(Profile), "status": KeyStatus, "tier": Tier, "createdAt": Timestamp, "expiresAt": z.nullable(Timestamp), "lastUsedAt": z.nullable(Timestamp), "revokedAt": z.nullable(Timestamp), "allowedIps": z.array(z.string().check(z.regex(/^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(\/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$/, { message: "Must be an IPv4 or IPv6 address or a CIDR, such as 203.0.113.0/24." }))), "agentId": z.nullable(z.string().check(z.regex(/^agt_[0-9A-Za-z]{1,64}$/))), "requireSignature": z.boolean(), "rotatedFrom": z.nullable(KeyId), "graceExpiresAt": z.nullable(Timestamp) });

export const CreatedApiKey = z.extend(ApiKey, { "secret": SecretKey, "signingSecret": SigningSecret });

export const RotatedApiKey = z.extend(CreatedApiKey, { "previousKeyId": KeyId, "previousKeyExpiresAt": Timestamp });

export const ApiKeyList = z.object({ "data": z.array(ApiKey), "nextCursor": z.nullable(z.string()) });

export const CreateKeyRequest = z.strictObject({ "name": z.string().check(z.minLength(1), z.maxLength(100)), "scopes": z.exactOptional(z.array(Scope).check(z.minLength(1))), "profile": z.exactOptional(Profile), "type": z.exactOptional(KeyType), "environment": z.exactOptional(Environment), "expiresAt": z.exactOptional(Timestamp), "allowedIps": z.exactOptional(z.array(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(\/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$/, { message: "Must be an IPv4 or IPv6 address or a CIDR, such as 203.0.113.0/24." }))).check(z.maxLength(100))), "agentId": z.exactOptional(z.string().check(z.minLength(5), z.maxLength(68), z.regex(/^agt_[0-9A-Za-z]{1,64}$/))), "requireSignature": z.exactOptional(z.boolean()) }).check(z.refine((v) => [(v["scopes"] !== undefined), (v["profile"] !== undefined)].filter(Boolean).length >= 1, { message: "Give exactly one of scopes and profile.", path: [] }), z.refine((v) => [(v["scopes"] !== undefined), (v["profile"] !== undefined)].filter(Boolean).length <= 1, { message: "Give either scopes or profile, not both.", path: ["profile"] }), z.refine((v) => v["type"] !== "temporary" || (v["expiresAt"] !== undefined), { message: "A temporary key needs an expiry.", path: ["expiresAt"] }));

export const UpdateKeyRequest = z.strictObject({ "name": z.exactOptional(z.string().check(z.minLength(1), z.maxLength(100))), "scopes": z.exactOptional(z.array(Scope).check(z.minLength(1))), "expiresAt": z.exactOptional(z.nullable(Timestamp)) });

export const AllowedIpRequest = z.strictObject({ "ip": z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}(\/(3[0-2]|[12]?[0-9]))?|[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(\/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?)$/, { message: "Must be an IPv4 or IPv6 address or a CIDR, such as 203.0.113.0/24." })) });

export const RotateKeyRequest = z.strictObject({ "gracePeriodSeconds": z.exactOptional(z.int().check(z.gte(0), z.lte(2592000))) });

export const RateLimitState = z.object({ "tier": Tier, "limit": z.int().check(z.gte(0)), "remaining": z.int().check(z.gte(0)), "reset": z.int().check(z.gte(0)), "burst": z.int().check(z.gte(0)) });

export const UsageDay = z.object({ "date": z.iso.date(), "requests": z.int().check(z.gte(0)), "errors": z.int().check(z.gte(0)) });

export const UsageAlert = z.object({ "object": z.literal("usage_alert"), "keyId": KeyId, "thresholdPercent": z.int().check(z.gte(1), z.lte(100)), "updatedAt": Timestamp });

export const KeyUsage = z.object({ "object": z.literal("key_usage"), "keyId": KeyId, "totalRequests": z.int().check(z.gte(0)), "byDay": z.array(UsageDay), "lastUsedAt": z.nullable(Timestamp), "rateLimit": RateLimitState, "alert": z.nullable(UsageAlert) });

export const SetAlertRequest = z.strictObject({ "thresholdPercent": z.int().check(z.gte(1), z.lte(100)) });

export const CreateTokenRequest = z.strictObject({ "scopes": z.array(ClientTokenScope).check(z.minLength(1)), "ttlSeconds": z.exactOptional(z.int().check(z.gte(60), z.lte(3600))), "allowedOrigins": z.exactOptional(z.array(z.string().check(z.minLength(1), z.maxLength(256), z.regex(/^(https?|wss?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:[0-9]{1,5})?$/, { message: "Must be an origin (scheme, host and optional port), such as https://app.example." }))).check(z.maxLength(20))), "subject": z.exactOptional(z.string().check(z.minLength(1), z.maxLength(256))) });

export const ClientToken = z.object({ "object": z.literal("client_token"), "token": ClientTokenValue, "expiresAt": Timestamp, "expiresIn": z.int().check(z.gte(0)), "serverTime": z.int().check(z.gte(0)), "scopes": z.array(ClientTokenScope), "allowedOrigins": z.array(z.string().check(z.regex(/^(https?|wss?):\/\/(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:[0-9]{1,5})?$/, { message: "Must be an origin (scheme, host and optional port), such as https://app.example." }))), "subject": z.nullable(z.string()) });

export const SandboxStatus = z.enum(["running","paused","deleted"]);

export const Metadata = z.record(z.string(), z.string().check(z.maxLength(500))).check(z.refine((value) => Object.keys(value).length <= 20, 'At most 20 entries'));

export const Sandbox = z.object({ "object": z.literal("sandbox"), "id": z.string().check(z.regex(/^sbx_[0-9A-Za-z]{1,64}$/)), "status": SandboxStatus, "image": z.string(), "timeoutSeconds": z.int().check(z.gte(60), z.lte(86400)), "metadata": Metadata, "createdAt": Timestamp, "updatedAt": Timestamp });

export const SandboxList = z.object({ "data": z.array(Sandbox), "nextCursor": z.nullable(z.string()) });

export const CreateSandboxRequest = z.strictObject({ "image": z.exactOptional(z.string().check(z.minLength(1), z.maxLength(200))), "timeoutSeconds": z.exactOptional(z.int().check(z.gte(60), z.lte(86400))), "metadata": z.exactOptional(Metadata) });

export const ExecRequest = z.strictObject({ "command": z.string().check(z.minLength(1), z.maxLength(10000)), "timeoutSeconds": z.exactOptional(z.int().check(z.gte(1), z.lte(3600))), "env": z.exactOptional(z.record(z.string(), z.string())), "stream": z.exactOptional(z.boolean()) });

export const ExecResult = z.object({ "object": z.literal("exec_result"), "sandboxId": z.string().check(z.regex(/^sbx_[0-9A-Za-z]{1,64}$/)), "command": z.string(), "exitCode": z.int(), "stdout": z.string(), "stderr": z.string(), "durationMs": z.int().check(z.gte(0)) });

export const Agent = z.object({ "object": z.literal("agent"), "id": z.string().check(z.regex(/^agt_[0-9A-Za-z]{1,64}$/)), "name": z.string(), "description": z.string(), "model": z.string(), "createdAt": Timestamp });

export const AgentList = z.object({ "data": z.array(Agent), "nextCursor": z.nullable(z.string()) });

export const CreateRunRequest = z.strictObject({ "input": z.string().check(z.minLength(1), z.maxLength(100000)), "metadata": z.exactOptional(Metadata) });

export const RunStatus = z.enum(["queued","running","succeeded","failed"]);

export const Run = z.object({ "object": z.literal("run"), "id": z.string().check(z.regex(/^run_[0-9A-Za-z]{1,64}$/)), "agentId": z.string().check(z.regex(/^agt_[0-9A-Za-z]{1,64}$/)), "status": RunStatus, "input": z.string(), "output": z.nullable(z.string()), "error": z.nullable(z.string()), "metadata": Metadata, "createdAt": Timestamp, "completedAt": z.nullable(Timestamp) });

export const RunList = z.object({ "data": z.array(Run), "nextCursor": z.nullable(z.string()) });

export const RunStartedEvent = z.object({ "type": z.enum(["run.started"]), "runId": z.string().check(z.regex(/^run_[0-9A-Za-z]{1,64}$/)), "agentId": z.string().check(z.regex(/^agt_[0-9A-Za-z]{1,64}$/)), "createdAt": Timestamp });

export const RunOutputEvent = z.object({ "type": z.enum(["run.output"]), "runId": z.string().check(z.regex(/^run_[0-9A-Za-z]{1,64}$/)), "delta": z.string() });

export const RunToolCallEvent = z.object({ "type": z.enum(["run.tool_call"]), "runId": z.string().check(z.regex(/^run_[0-9A-Za-z]{1,64}$/)), "name": z.string(), "arguments": z.record(z.string(), z.unknown()) });

export const RunCompletedEvent = z.object({ "type": z.enum(["run.completed"]), "run": Run });

export const RunFailedEvent = z.object({ "type": z.enum(["run.failed"]), "run": Run, "error": z.object({ "code": z.string(), "message": z.string() }) });

export const RunEvent = z.union([RunStartedEvent, RunOutputEvent, RunToolCallEvent, RunCompletedEvent, RunFailedEvent]);

export const ExecStdoutEvent = z.object({ "type": z.enum(["stdout"]), "data": z.string() });

export const ExecStderrEvent = z.object({ "type": z.enum(["stderr"]), "data": z.string() });

export const ExecExitEvent = z.object({ "type": z.enum(["exit"]), "exitCode": z.int(), "durationMs": z.int().check(z.gte(0)) });

export const ExecEvent = z.union([ExecStdoutEvent, ExecStderrEvent, ExecExitEvent]);
