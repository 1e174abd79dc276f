// generated — do not edit. TypeScript types (openapi-typescript) from openapi/runlet.yaml by scripts/generate.ts; run `npm run generate`.
/* biome-ignore-all lint: generated */

export interface paths {
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling principal
         * @description Returns the key or client token that authenticated this request.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the keys of the caller's account, newest first, with cursor pagination.
         */
        get: operations["listKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Creates a key with explicit `scopes` or a `profile` (exactly one of the two). The secret and the
         *     signing secret are returned in this response only.
         */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an API key
         * @description Returns one key of the caller's account. The secret is never returned after creation.
         */
        get: operations["getKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key. It stops working at once and cannot be restored.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        /**
         * Update an API key
         * @description Changes the name, scopes or expiry of a key. `expiresAt` null removes the expiry.
         */
        patch: operations["updateKey"];
        trace?: never;
    };
    "/v1/keys/{keyId}/allowed-ips": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an IP or CIDR to a key's allowlist
         * @description Adds one entry atomically. Adding an entry that is already there changes nothing.
         */
        post: operations["addAllowedIp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{keyId}/allowed-ips/{ip}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
                /**
                 * @description The IP or CIDR to remove, URL-encoded (`203.0.113.0%2F24`).
                 * @example 203.0.113.7
                 */
                ip: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an IP or CIDR from a key's allowlist
         * @description Removes one entry atomically. Removing the last entry lets every address in again.
         */
        delete: operations["removeAllowedIp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{keyId}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API key
         * @description Creates a new key with the same settings. The old key stays valid for `gracePeriodSeconds`
         *     (default 7 days; 0 revokes it now). The new secret is returned in this response only.
         */
        post: operations["rotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{keyId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        /**
         * Usage of an API key
         * @description Request counts of the last 30 days by day, when it was last used, and its rate-limit state.
         */
        get: operations["getKeyUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{keyId}/alert": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Set a usage alert
         * @description Alerts when the key has used `thresholdPercent` of its hourly rate limit.
         */
        put: operations["setKeyAlert"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mint a client token
         * @description Mints a short-lived client token (`rl_ct_…`) for a browser. Its scopes must be a subset of the
         *     caller's and may never include `keys:*` or `tokens:*`. When `allowedOrigins` is set, requests
         *     with any other `Origin` are refused with `ORIGIN_NOT_ALLOWED`.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sandboxes
         * @description Lists the sandboxes of the caller's account, newest first, with cursor pagination. Deleted sandboxes are included with status `deleted`.
         */
        get: operations["listSandboxes"];
        put?: never;
        /**
         * Create a sandbox
         * @description Starts a sandbox from an image. It runs until it is deleted or `timeoutSeconds` pass.
         */
        post: operations["createSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandboxes/{sandboxId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve a sandbox
         * @description Returns one sandbox, whatever its status.
         */
        get: operations["getSandbox"];
        put?: never;
        post?: never;
        /**
         * Delete a sandbox
         * @description Deletes the sandbox. It stops at once and cannot be resumed; deleting it again answers `409 CONFLICT`.
         */
        delete: operations["deleteSandbox"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandboxes/{sandboxId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a running sandbox
         * @description Pauses a running sandbox. Pausing a sandbox that is not running answers `409 CONFLICT`.
         */
        post: operations["pauseSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandboxes/{sandboxId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused sandbox
         * @description Resumes a paused sandbox. Resuming a sandbox that is not paused answers `409 CONFLICT`.
         */
        post: operations["resumeSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandboxes/{sandboxId}/exec": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a command in a sandbox
         * @description Runs a shell command in a running sandbox and returns its output. A paused sandbox answers `409 CONFLICT`.
         *     With `stream: true` the answer is `text/event-stream` instead: `stdout` and `stderr` events (chunks), then
         *     one `exit` event, after which the server closes the stream; ids are 1, 2, 3…, each `data` one line of JSON,
         *     an `ExecEvent`. To resume after a dropped connection, send the same request with the same
         *     `Idempotency-Key` and the last id received as `Last-Event-ID`: the recorded stream goes on after it,
         *     without running the command again.
         */
        post: operations["execSandbox"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agents
         * @description Lists the agents of the caller's account, with cursor pagination.
         */
        get: operations["listAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_5d4c3b2a1f0e9d8c
                 */
                agentId: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        /**
         * Retrieve an agent
         * @description Returns one agent.
         */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{agentId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_5d4c3b2a1f0e9d8c
                 */
                agentId: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run an agent
         * @description Starts a run of the agent. A key restricted to another agent (`agentId`) is refused with `FORBIDDEN`.
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runs
         * @description Lists the runs of the caller's account, newest first, with cursor pagination. A key restricted to one agent sees only that agent's runs.
         */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The run's id (`run_…`).
                 * @example run_4f3a2b1c9d8e7f6a
                 */
                runId: string;
            };
            cookie?: never;
        };
        /**
         * Retrieve a run
         * @description Returns one run, with its output once it has finished. A key restricted to another agent is refused with `FORBIDDEN`.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The run's id (`run_…`).
                 * @example run_4f3a2b1c9d8e7f6a
                 */
                runId: string;
            };
            cookie?: never;
        };
        /**
         * Stream a run's events
         * @description The run's events as server-sent events (`text/event-stream`): `run.started`, `run.output` (text deltas),
         *     `run.tool_call`, then `run.completed` or `run.failed`, after which the server closes the stream. Each event
         *     is `id: <n>` (1, 2, 3… per run), `event: <type>` and `data: <one line of JSON>` (a `RunEvent` of that
         *     `type`), then a blank line. Comment lines (`: keep-alive`) may be sent and are to be ignored. To resume
         *     after a dropped connection, send the last id received as `Last-Event-ID`: the stream goes on with the
         *     events after it. Errors before the stream starts are JSON error envelopes. A key restricted to another
         *     agent is refused with `FORBIDDEN`.
         */
        get: operations["streamRunEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Scope: Scope;
        ClientTokenScope: ClientTokenScope;
        Profile: Profile;
        KeyType: KeyType;
        Environment: Environment;
        Tier: Tier;
        KeyStatus: KeyStatus;
        KeyId: KeyId;
        RequestId: RequestId;
        SecretKey: SecretKey;
        ClientTokenValue: ClientTokenValue;
        SigningSecret: SigningSecret;
        Timestamp: Timestamp;
        ErrorCode: ErrorCode;
        ValidationIssue: ValidationIssue;
        ErrorBody: ErrorBody;
        ErrorEnvelope: ErrorEnvelope;
        Principal: Principal;
        ApiKey: ApiKey;
        CreatedApiKey: CreatedApiKey;
        RotatedApiKey: RotatedApiKey;
        ApiKeyList: ApiKeyList;
        CreateKeyRequest: CreateKeyRequest;
        UpdateKeyRequest: UpdateKeyRequest;
        AllowedIpRequest: AllowedIpRequest;
        RotateKeyRequest: RotateKeyRequest;
        RateLimitState: RateLimitState;
        UsageDay: UsageDay;
        UsageAlert: UsageAlert;
        KeyUsage: KeyUsage;
        SetAlertRequest: SetAlertRequest;
        CreateTokenRequest: CreateTokenRequest;
        ClientToken: ClientToken;
        SandboxStatus: SandboxStatus;
        Metadata: Metadata;
        Sandbox: Sandbox;
        SandboxList: SandboxList;
        CreateSandboxRequest: CreateSandboxRequest;
        ExecRequest: ExecRequest;
        ExecResult: ExecResult;
        Agent: Agent;
        AgentList: AgentList;
        CreateRunRequest: CreateRunRequest;
        RunStatus: RunStatus;
        Run: Run;
        RunList: RunList;
        RunStartedEvent: RunStartedEvent;
        RunOutputEvent: RunOutputEvent;
        RunToolCallEvent: RunToolCallEvent;
        RunCompletedEvent: RunCompletedEvent;
        RunFailedEvent: RunFailedEvent;
        RunEvent: RunEvent;
        ExecStdoutEvent: ExecStdoutEvent;
        ExecStderrEvent: ExecStderrEvent;
        ExecExitEvent: ExecExitEvent;
        ExecEvent: ExecEvent;
    };
    responses: {
        /** @description 401: `UNAUTHORIZED`, `INVALID_API_KEY`, `EXPIRED_API_KEY`, `TOKEN_EXPIRED`, `INVALID_SIGNATURE`, `SIGNATURE_EXPIRED`. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED` (a credential used from an address or origin it does not allow). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 409: `CONFLICT` (an idempotency key reused with another body, or a state that forbids the change). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 400: `VALIDATION_ERROR`, with `details.issues`. */
        ValidationFailed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 429: `RATE_LIMITED`; wait `Retry-After` seconds. */
        RateLimited: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 500: `INTERNAL_ERROR`. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `keys:read`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenKeysRead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `keys:manage`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenKeysManage: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 404: `NOT_FOUND` (no such key). */
        KeyNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `tokens:create`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenTokensCreate: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `sandbox:read`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenSandboxRead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `sandbox:create`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenSandboxCreate: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 404: `NOT_FOUND` (no such sandbox). */
        SandboxNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `sandbox:delete`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenSandboxDelete: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `sandbox:pause`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenSandboxPause: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `sandbox:execute`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenSandboxExecute: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `agent:read`), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenAgentRead: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 404: `NOT_FOUND` (no such agent). */
        AgentNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `agent:run`, or is restricted to another agent), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenAgentRunOrAgent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 403: `FORBIDDEN` (the key lacks `agent:read`, or is restricted to another agent), `IP_NOT_ALLOWED`, `ORIGIN_NOT_ALLOWED`. */
        ForbiddenAgentReadOrAgent: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
        /** @description 404: `NOT_FOUND` (no such run). */
        RunNotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": ErrorEnvelope;
            };
        };
    };
    parameters: {
        /**
         * @description Items per page.
         * @example 20
         */
        Limit: number;
        /**
         * @description The `nextCursor` of the previous page.
         * @example key_7Hq2Lm9Xz1Pa4Rt6
         */
        Cursor: string;
        /**
         * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
         * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
         */
        IdempotencyKey: string;
        /**
         * @description Resume a stream after the event with this id (the `id` of the last event received).
         * @example 3
         */
        LastEventId: string;
        /**
         * @description The key's id (`key_…`).
         * @example key_7Hq2Lm9Xz1Pa4Rt6
         */
        KeyIdPath: string;
        /**
         * @description The sandbox's id (`sbx_…`).
         * @example sbx_9a8b7c6d5e4f3a2b
         */
        SandboxIdPath: string;
        /**
         * @description The agent's id (`agt_…`).
         * @example agt_5d4c3b2a1f0e9d8c
         */
        AgentIdPath: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The id of this request (`req_…`), to quote to support.
         * @example req_9Xz1Pa4Rt6Hq2Lm7
         */
        "X-Request-Id": RequestId;
        /**
         * @description Requests allowed per hour for this key.
         * @example 1000
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 999
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description When the window resets, in unix seconds.
         * @example 1767229200
         */
        "X-RateLimit-Reset": number;
        /**
         * @description Seconds to wait before retrying.
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description Present, and `true`, when this response is a replay of the first response to the same `Idempotency-Key` and body (errors of the operation are replayed too).
         * @example true
         */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
/**
 * @description A permission. `*` grants everything; `sandbox:*` and `agent:*` grant every scope of their family.
 * @enum {string}
 */
export type Scope = "*" | "keys:read" | "keys:manage" | "tokens:create" | "sandbox:*" | "sandbox:create" | "sandbox:read" | "sandbox:delete" | "sandbox:pause" | "sandbox:execute" | "agent:*" | "agent:read" | "agent:run";
/**
 * @description A scope a client token may carry (never `*`, `keys:*` or `tokens:*`).
 * @enum {string}
 */
export type ClientTokenScope = "sandbox:*" | "sandbox:create" | "sandbox:read" | "sandbox:delete" | "sandbox:pause" | "sandbox:execute" | "agent:*" | "agent:read" | "agent:run";
/**
 * @description A named set of scopes, given in `x-profile-scopes`.
 * @enum {string}
 */
export type Profile = "read-only" | "sandbox-user" | "admin";
/**
 * @description `personal` for a person, `service` for a machine, `temporary` for a key that must expire.
 * @enum {string}
 */
export type KeyType = "personal" | "service" | "temporary";
/**
 * @description `live` keys start with `rl_live_`, `test` keys with `rl_test_`.
 * @enum {string}
 */
export type Environment = "live" | "test";
/**
 * @description Rate-limit tier: `free` 100 requests an hour (burst 10), `pro` 1000 (burst 100).
 * @enum {string}
 */
export type Tier = "free" | "pro";
/**
 * @description `rotated` keys still work until `graceExpiresAt`.
 * @enum {string}
 */
export type KeyStatus = "active" | "rotated" | "expired" | "revoked";
/**
 * @description A key's id.
 * @example key_7Hq2Lm9Xz1Pa4Rt6
 */
export type KeyId = string;
/**
 * @description A request's id.
 * @example req_9Xz1Pa4Rt6Hq2Lm7
 */
export type RequestId = string;
/** @description A secret API key. */
export type SecretKey = string;
/**
 * @description A client token.
 * @example rl_ct_f3EUsKwg4rdRfRjH1UFLFT1DYYQFqq3d72Lz
 */
export type ClientTokenValue = string;
/** @description A key's signing secret. */
export type SigningSecret = string;
/**
 * Format: date-time
 * @description An RFC 3339 time in UTC.
 * @example 2026-01-01T00:00:00Z
 */
export type Timestamp = string;
/**
 * @description A machine-readable error code. `x-status-by-code` gives the HTTP status each code comes with.
 * @enum {string}
 */
export type ErrorCode = "UNAUTHORIZED" | "INVALID_API_KEY" | "EXPIRED_API_KEY" | "TOKEN_EXPIRED" | "INVALID_SIGNATURE" | "SIGNATURE_EXPIRED" | "FORBIDDEN" | "IP_NOT_ALLOWED" | "ORIGIN_NOT_ALLOWED" | "NOT_FOUND" | "CONFLICT" | "VALIDATION_ERROR" | "RATE_LIMITED" | "INTERNAL_ERROR";
/** @description One problem with the request. */
export type ValidationIssue = {
    /** @description Where the problem is, as a dotted path (`body.scopes.0`, `query.limit`). */
    path: string;
    /** @description What is wrong. */
    message: string;
};
/** @description The `error` member of every error response. */
export type ErrorBody = {
    /** @description What went wrong, for code to branch on. */
    code: ErrorCode | (string & {});
    /** @description A sentence for people. */
    message: string;
    /** @description The HTTP status, repeated. */
    status: number;
    /** @description The id of the failed request (also in `X-Request-Id`), to quote to support. */
    requestId: RequestId;
    /** @description Seconds to wait before retrying (with `RATE_LIMITED`). */
    retryAfter?: number;
    /** @description More about the error; the members below are set by the codes they name. */
    details?: {
        /** @description With `FORBIDDEN`, the scopes the operation needs (any one of them suffices). */
        requiredScopes?: (Scope | (string & {}))[];
        /** @description With `SIGNATURE_EXPIRED`, the server's clock in unix seconds. */
        serverTime?: number;
        /** @description With `VALIDATION_ERROR`, what is wrong with the request. */
        issues?: ValidationIssue[];
        /** @description With `FORBIDDEN` from a key restricted to one agent (`agentId`), the agent the key is restricted to. */
        agentId?: string;
    } & {
        [key: string]: unknown;
    };
};
/** @description Every error response has this shape. */
export type ErrorEnvelope = {
    /** @description The error. */
    error: ErrorBody;
};
/** @description The key or client token that authenticated the request. */
export type Principal = {
    /**
     * @description Always `principal`.
     * @constant
     */
    object: "principal";
    /**
     * @description Whether a secret key (`api_key`) or a client token (`client_token`) authenticated the request.
     * @enum {string}
     */
    type: "api_key" | "client_token" | (string & {});
    /** @description The key itself, or the key that minted the client token. */
    keyId: KeyId;
    /** @description The client token's id (`ct_…`), null for a key. */
    tokenId: string | null;
    /** @description The key's name, null for a client token. */
    name: string | null;
    /** @description The key's type, null for a client token. */
    keyType: KeyType | (string & {}) | null;
    /** @description The environment of the key (or of the key that minted the token). */
    environment: Environment | (string & {});
    /** @description The scopes in force for this request. */
    scopes: (Scope | (string & {}))[];
    /** @description The rate-limit tier that applies. */
    tier: Tier | (string & {});
    /** @description When the key or token stops working, if it does. */
    expiresAt: Timestamp | null;
    /** @description The client token's subject, if it has one. */
    subject: string | null;
};
/** @description An API key. Its secret is never returned after creation. */
export type ApiKey = {
    /**
     * @description Always `api_key`.
     * @constant
     */
    object: "api_key";
    /** @description The key's id. It is not a secret. */
    id: KeyId;
    /** @description A name of your choice, to tell keys apart. */
    name: string;
    /**
     * @description The secret's prefix.
     * @enum {string}
     */
    prefix: "rl_live_" | "rl_test_" | (string & {});
    /** @description The secret's last four characters, to tell keys apart. */
    lastFour: string;
    /** @description What the key is for. */
    type: KeyType | (string & {});
    /** @description Whether the key reaches live or test data. */
    environment: Environment | (string & {});
    /** @description The scopes in force (a profile's scopes, expanded). */
    scopes: (Scope | (string & {}))[];
    /** @description The profile the key was created with, if any. */
    profile: Profile | (string & {}) | null;
    /** @description Whether the key works: `active`, `rotated` (until `graceExpiresAt`), `expired` or `revoked`. */
    status: KeyStatus | (string & {});
    /** @description The key's rate-limit tier. */
    tier: Tier | (string & {});
    /** @description When the key was created. */
    createdAt: Timestamp;
    /** @description When the key stops working; null for a key that does not expire. */
    expiresAt: Timestamp | null;
    /** @description When the key last authenticated a request; null if never. */
    lastUsedAt: Timestamp | null;
    /** @description When the key was revoked; null while it is not. */
    revokedAt: Timestamp | null;
    /** @description IPs and CIDRs allowed to use the key; empty means any. */
    allowedIps: string[];
    /** @description The one agent this key may run, if restricted. */
    agentId: string | null;
    /** @description Whether unsigned requests are refused. */
    requireSignature: boolean;
    /** @description The key this one replaced, if it came from a rotation. */
    rotatedFrom: KeyId | null;
    /** @description For a `rotated` key, when it stops working. */
    graceExpiresAt: Timestamp | null;
};
/**
 * @description A new key with its secret and its signing secret, both returned this once. Every key has a
 *     signing secret, so any key may sign its requests; `requireSignature` makes signing mandatory.
 */
export type CreatedApiKey = ApiKey & {
    /** @description The secret key. Returned only in this response: store it now. */
    secret: SecretKey;
    /** @description The key's signing secret, for request signing. Returned only in this response. */
    signingSecret: SigningSecret;
};
/** @description The key that replaces a rotated one, with its secret, returned once. */
export type RotatedApiKey = CreatedApiKey & {
    /** @description The key this one replaces. */
    previousKeyId: KeyId;
    /** @description When the replaced key stops working (now, for a grace period of 0). */
    previousKeyExpiresAt: Timestamp;
};
/** @description A page of keys. */
export type ApiKeyList = {
    /** @description The keys of this page, newest first. */
    data: ApiKey[];
    /** @description Pass as `cursor` for the next page; null on the last page. */
    nextCursor: string | null;
};
/** @description The new key. Give exactly one of `scopes` and `profile`; a `temporary` key needs `expiresAt`. */
export type CreateKeyRequest = {
    /** @description A name of your choice, to tell keys apart. */
    name: string;
    /** @description The scopes to grant, each held by the caller. Give this or `profile`. */
    scopes?: Scope[];
    /** @description A named set of scopes to grant. Give this or `scopes`. */
    profile?: Profile;
    /** @description What the key is for; a `temporary` key needs `expiresAt`. */
    type?: KeyType;
    /** @description The key's environment; defaults to the caller's. */
    environment?: Environment;
    /** @description When the key stops working; must be in the future. Required for a `temporary` key. */
    expiresAt?: Timestamp;
    /** @description IPs and CIDRs allowed to use the key; omit or leave empty to allow any. */
    allowedIps?: string[];
    /** @description Restricts the key to running this one agent. */
    agentId?: string;
    /** @description Refuse requests made with this key that are not signed. */
    requireSignature?: boolean;
} & (unknown | unknown);
/** @description The fields to change. */
export type UpdateKeyRequest = {
    /** @description A new name. */
    name?: string;
    /** @description The new scopes, each held by the caller; they replace the old ones. */
    scopes?: Scope[];
    /** @description A new expiry in the future, or null to remove it (not allowed for a `temporary` key). */
    expiresAt?: Timestamp | null;
};
/** @description One IPv4/IPv6 address or CIDR. */
export type AllowedIpRequest = {
    /** @description The IPv4 or IPv6 address or CIDR to allow. */
    ip: string;
};
/** @description How long the old key keeps working. */
export type RotateKeyRequest = {
    /**
     * @description How long the old key keeps working, in seconds; 0 revokes it at once.
     * @default 604800
     */
    gracePeriodSeconds?: number;
};
/** @description A key's rate-limit window. */
export type RateLimitState = {
    /** @description The key's rate-limit tier. */
    tier: Tier | (string & {});
    /** @description Requests allowed per hour. */
    limit: number;
    /** @description Requests left in the current window. */
    remaining: number;
    /** @description Unix seconds. */
    reset: number;
    /** @description Requests allowed per second. */
    burst: number;
};
/** @description One day's counts (UTC). */
export type UsageDay = {
    /**
     * Format: date
     * @description The day (UTC).
     */
    date: string;
    /** @description Requests made with the key that day. */
    requests: number;
    /** @description How many of them were answered with an error. */
    errors: number;
};
/** @description A usage alert. */
export type UsageAlert = {
    /**
     * @description Always `usage_alert`.
     * @constant
     */
    object: "usage_alert";
    /** @description The key the alert watches. */
    keyId: KeyId;
    /** @description The share of the hourly limit that triggers the alert. */
    thresholdPercent: number;
    /** @description When the alert was last set. */
    updatedAt: Timestamp;
};
/** @description A key's usage. */
export type KeyUsage = {
    /**
     * @description Always `key_usage`.
     * @constant
     */
    object: "key_usage";
    /** @description The key. */
    keyId: KeyId;
    /** @description Requests made with the key over the days in `byDay`. */
    totalRequests: number;
    /** @description Counts per day of the last 30 days on which the key was used, oldest first. */
    byDay: UsageDay[];
    /** @description When the key last authenticated a request; null if never. */
    lastUsedAt: Timestamp | null;
    /** @description The key's current rate-limit window. */
    rateLimit: RateLimitState;
    /** @description The usage alert, if one is set. */
    alert: UsageAlert | null;
};
/** @description The alert threshold. */
export type SetAlertRequest = {
    /** @description Alert when this share of the hourly limit is used. */
    thresholdPercent: number;
};
/** @description What the client token may do, for how long, and from where. */
export type CreateTokenRequest = {
    /** @description The scopes of the token: a subset of the caller's, never `*`, `keys:*` or `tokens:*`. */
    scopes: ClientTokenScope[];
    /**
     * @description How long the token lives, in seconds. It never outlives the key that mints it.
     * @default 600
     */
    ttlSeconds?: number;
    /** @description Origins (`https://app.example`) the token may be used from; empty allows any. */
    allowedOrigins?: string[];
    /** @description Your own id for the end user, echoed in `GET /v1/me`. */
    subject?: string;
};
/** @description A client token for a browser. */
export type ClientToken = {
    /**
     * @description Always `client_token`.
     * @constant
     */
    object: "client_token";
    /** @description The client token, for `Authorization: Bearer`. */
    token: ClientTokenValue;
    /** @description When the token stops working. */
    expiresAt: Timestamp;
    /** @description Seconds until it expires; trust this over `expiresAt` when the device clock may be wrong. */
    expiresIn: number;
    /** @description The server's clock, unix seconds. */
    serverTime: number;
    /** @description The token's scopes. */
    scopes: (ClientTokenScope | (string & {}))[];
    /** @description Origins the token may be used from; empty allows any. */
    allowedOrigins: string[];
    /** @description The subject given when it was minted, if any. */
    subject: string | null;
};
/**
 * @description `running` ⇄ `paused`, then `deleted`.
 * @enum {string}
 */
export type SandboxStatus = "running" | "paused" | "deleted";
/** @description Up to 20 string pairs of your own. */
export type Metadata = {
    [key: string]: string;
};
/** @description A code sandbox. */
export type Sandbox = {
    /**
     * @description Always `sandbox`.
     * @constant
     */
    object: "sandbox";
    /** @description The sandbox's id. */
    id: string;
    /** @description Whether it runs, is paused or is deleted. */
    status: SandboxStatus | (string & {});
    /** @description The image the sandbox runs. */
    image: string;
    /** @description How long the sandbox may live, in seconds. */
    timeoutSeconds: number;
    /** @description Your own string pairs. */
    metadata: Metadata;
    /** @description When the sandbox was created. */
    createdAt: Timestamp;
    /** @description When its status last changed. */
    updatedAt: Timestamp;
};
/** @description A page of sandboxes. */
export type SandboxList = {
    /** @description The sandboxes of this page, newest first. */
    data: Sandbox[];
    /** @description Pass as `cursor` for the next page; null on the last page. */
    nextCursor: string | null;
};
/** @description The sandbox to start. */
export type CreateSandboxRequest = {
    /**
     * @description The image to run.
     * @default runlet/base
     */
    image?: string;
    /**
     * @description How long the sandbox may live, in seconds.
     * @default 3600
     */
    timeoutSeconds?: number;
    /** @description Up to 20 string pairs of your own. */
    metadata?: Metadata;
};
/** @description A shell command. */
export type ExecRequest = {
    /** @description The shell command to run. */
    command: string;
    /**
     * @description How long the command may run, in seconds.
     * @default 60
     */
    timeoutSeconds?: number;
    /** @description Environment variables for the command. */
    env?: {
        [key: string]: string;
    };
    /**
     * @description Answer `text/event-stream` (`ExecEvent`s) as the command runs, instead of one `ExecResult` at the end.
     * @default false
     */
    stream?: boolean;
};
/** @description What the command did. */
export type ExecResult = {
    /**
     * @description Always `exec_result`.
     * @constant
     */
    object: "exec_result";
    /** @description The sandbox the command ran in. */
    sandboxId: string;
    /** @description The command, as sent. */
    command: string;
    /** @description The command's exit code; 0 for success. */
    exitCode: number;
    /** @description What the command wrote to standard output. */
    stdout: string;
    /** @description What the command wrote to standard error. */
    stderr: string;
    /** @description How long the command ran, in milliseconds. */
    durationMs: number;
};
/** @description An AI agent. */
export type Agent = {
    /**
     * @description Always `agent`.
     * @constant
     */
    object: "agent";
    /** @description The agent's id. */
    id: string;
    /** @description The agent's name. */
    name: string;
    /** @description What the agent does. */
    description: string;
    /** @description The model the agent runs on. */
    model: string;
    /** @description When the agent was created. */
    createdAt: Timestamp;
};
/** @description A page of agents. */
export type AgentList = {
    /** @description The agents of this page. */
    data: Agent[];
    /** @description Pass as `cursor` for the next page; null on the last page. */
    nextCursor: string | null;
};
/** @description The run's input. */
export type CreateRunRequest = {
    /** @description What to ask the agent. */
    input: string;
    /** @description Up to 20 string pairs of your own. */
    metadata?: Metadata;
};
/**
 * @description A run's state.
 * @enum {string}
 */
export type RunStatus = "queued" | "running" | "succeeded" | "failed";
/** @description One run of an agent. */
export type Run = {
    /**
     * @description Always `run`.
     * @constant
     */
    object: "run";
    /** @description The run's id. */
    id: string;
    /** @description The agent that runs. */
    agentId: string;
    /** @description Where the run is: `queued`, `running`, `succeeded` or `failed`. */
    status: RunStatus | (string & {});
    /** @description What the agent was asked. */
    input: string;
    /** @description The agent's answer; null until the run succeeds. */
    output: string | null;
    /** @description Why the run failed; null unless it did. */
    error: string | null;
    /** @description Your own string pairs. */
    metadata: Metadata;
    /** @description When the run started. */
    createdAt: Timestamp;
    /** @description When the run finished; null while it runs. */
    completedAt: Timestamp | null;
};
/** @description A page of runs. */
export type RunList = {
    /** @description The runs of this page, newest first. */
    data: Run[];
    /** @description Pass as `cursor` for the next page; null on the last page. */
    nextCursor: string | null;
};
/** @description `run.started`: the run has begun. */
export type RunStartedEvent = {
    /**
     * @description Always `run.started`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "run.started";
    /** @description The run. */
    runId: string;
    /** @description The agent that runs. */
    agentId: string;
    /** @description When the run started. */
    createdAt: Timestamp;
};
/** @description `run.output`: the next piece of the agent's answer; the deltas in order make the output. */
export type RunOutputEvent = {
    /**
     * @description Always `run.output`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "run.output";
    /** @description The run. */
    runId: string;
    /** @description Text to append to the output. */
    delta: string;
};
/** @description `run.tool_call`: the agent called a tool. */
export type RunToolCallEvent = {
    /**
     * @description Always `run.tool_call`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "run.tool_call";
    /** @description The run. */
    runId: string;
    /** @description The tool's name. */
    name: string;
    /** @description The arguments of the call. */
    arguments: {
        [key: string]: unknown;
    };
};
/** @description `run.completed`: the run succeeded; the last event of the stream. */
export type RunCompletedEvent = {
    /**
     * @description Always `run.completed`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "run.completed";
    /** @description The finished run. */
    run: Run;
};
/** @description `run.failed`: the run failed; the last event of the stream. */
export type RunFailedEvent = {
    /**
     * @description Always `run.failed`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "run.failed";
    /** @description The failed run. */
    run: Run;
    /** @description Why the run failed. */
    error: {
        /** @description A short machine-readable reason (`agent_error`). */
        code: string;
        /** @description What went wrong. */
        message: string;
    };
};
/** @description One event of a run's stream, told apart by `type`. */
export type RunEvent = RunStartedEvent | RunOutputEvent | RunToolCallEvent | RunCompletedEvent | RunFailedEvent;
/** @description `stdout`: a chunk the command wrote to standard output. */
export type ExecStdoutEvent = {
    /**
     * @description Always `stdout`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "stdout";
    /** @description The chunk. */
    data: string;
};
/** @description `stderr`: a chunk the command wrote to standard error. */
export type ExecStderrEvent = {
    /**
     * @description Always `stderr`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "stderr";
    /** @description The chunk. */
    data: string;
};
/** @description `exit`: the command ended; the last event of the stream. */
export type ExecExitEvent = {
    /**
     * @description Always `exit`. (enum property replaced by openapi-typescript)
     * @enum {string}
     */
    type: "exit";
    /** @description The command's exit code; 0 for success. */
    exitCode: number;
    /** @description How long the command ran, in milliseconds. */
    durationMs: number;
};
/** @description One event of a streamed command, told apart by `type`. */
export type ExecEvent = ExecStdoutEvent | ExecStderrEvent | ExecExitEvent;
export type $defs = Record<string, never>;
export interface operations {
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling principal. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Principal;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /**
                 * @description Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page.
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ApiKeyList;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysRead"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": CreateKeyRequest;
            };
        };
        responses: {
            /** @description The new key, with its secret and signing secret (shown once; store them now). The example's secrets are public test data (see openapi/examples/created-api-key.yaml). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": CreatedApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key (never its secret). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysRead"];
            404: components["responses"]["KeyNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    updateKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": UpdateKeyRequest;
            };
        };
        responses: {
            /** @description The updated key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    addAllowedIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": AllowedIpRequest;
            };
        };
        responses: {
            /** @description The key with its new allowlist. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    removeAllowedIp: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
                /**
                 * @description The IP or CIDR to remove, URL-encoded (`203.0.113.0%2F24`).
                 * @example 203.0.113.7
                 */
                ip: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key with its new allowlist. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateKey: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": RotateKeyRequest;
            };
        };
        responses: {
            /** @description The new key with its secret and signing secret (shown once), and when the old one stops working (`previousKeyId`, `previousKeyExpiresAt`). The example's secrets are public test data. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": RotatedApiKey;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getKeyUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key's usage. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": KeyUsage;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysRead"];
            404: components["responses"]["KeyNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    setKeyAlert: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The key's id (`key_…`).
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                keyId: components["parameters"]["KeyIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": SetAlertRequest;
            };
        };
        responses: {
            /** @description The alert now in force. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": UsageAlert;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenKeysManage"];
            404: components["responses"]["KeyNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": CreateTokenRequest;
            };
        };
        responses: {
            /** @description The client token. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ClientToken;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenTokensCreate"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listSandboxes: {
        parameters: {
            query?: {
                /**
                 * @description Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page.
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of sandboxes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": SandboxList;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxRead"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": CreateSandboxRequest;
            };
        };
        responses: {
            /** @description The new sandbox, running. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Sandbox;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxCreate"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getSandbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sandbox. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Sandbox;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxRead"];
            404: components["responses"]["SandboxNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted sandbox. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Sandbox;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxDelete"];
            404: components["responses"]["SandboxNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    pauseSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The paused sandbox. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Sandbox;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxPause"];
            404: components["responses"]["SandboxNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    resumeSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The running sandbox. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Sandbox;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxPause"];
            404: components["responses"]["SandboxNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    execSandbox: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
                /**
                 * @description Resume a stream after the event with this id (the `id` of the last event received).
                 * @example 3
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path: {
                /**
                 * @description The sandbox's id (`sbx_…`).
                 * @example sbx_9a8b7c6d5e4f3a2b
                 */
                sandboxId: components["parameters"]["SandboxIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ExecRequest;
            };
        };
        responses: {
            /** @description The command's result. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": ExecResult;
                    /**
                     * @example id: 1
                     *     event: stdout
                     *     data: {"type":"stdout","data":"hello\n"}
                     *
                     *     id: 2
                     *     event: exit
                     *     data: {"type":"exit","exitCode":0,"durationMs":12}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenSandboxExecute"];
            404: components["responses"]["SandboxNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /**
                 * @description Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page.
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                cursor?: components["parameters"]["Cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of agents. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": AgentList;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenAgentRead"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_5d4c3b2a1f0e9d8c
                 */
                agentId: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Agent;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenAgentRead"];
            404: components["responses"]["AgentNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`) instead of running the operation again; the same key with a different body answers `409 CONFLICT`. Keys are kept per credential for 24 hours.
                 * @example 4f9d3c1e-7a2b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The agent's id (`agt_…`).
                 * @example agt_5d4c3b2a1f0e9d8c
                 */
                agentId: components["parameters"]["AgentIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": CreateRunRequest;
            };
        };
        responses: {
            /** @description The run. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Run;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenAgentRunOrAgent"];
            404: components["responses"]["AgentNotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    listRuns: {
        parameters: {
            query?: {
                /**
                 * @description Items per page.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextCursor` of the previous page.
                 * @example key_7Hq2Lm9Xz1Pa4Rt6
                 */
                cursor?: components["parameters"]["Cursor"];
                /**
                 * @description Only the runs of this agent.
                 * @example agt_5d4c3b2a1f0e9d8c
                 */
                agentId?: string;
                /**
                 * @description Only the runs in this state.
                 * @example succeeded
                 */
                status?: RunStatus;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of runs. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": RunList;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenAgentRead"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The run's id (`run_…`).
                 * @example run_4f3a2b1c9d8e7f6a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Run;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenAgentReadOrAgent"];
            404: components["responses"]["RunNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
    streamRunEvents: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Resume a stream after the event with this id (the `id` of the last event received).
                 * @example 3
                 */
                "Last-Event-ID"?: components["parameters"]["LastEventId"];
            };
            path: {
                /**
                 * @description The run's id (`run_…`).
                 * @example run_4f3a2b1c9d8e7f6a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's events, each one's `data` a `RunEvent`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                    "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                    "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example id: 1
                     *     event: run.started
                     *     data: {"type":"run.started","runId":"run_4f3a2b1c9d8e7f6a","agentId":"agt_5d4c3b2a1f0e9d8c","createdAt":"2026-01-01T00:00:00Z"}
                     *
                     *     id: 2
                     *     event: run.output
                     *     data: {"type":"run.output","runId":"run_4f3a2b1c9d8e7f6a","delta":"There are "}
                     */
                    "text/event-stream": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenAgentReadOrAgent"];
            404: components["responses"]["RunNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["InternalError"];
        };
    };
}
