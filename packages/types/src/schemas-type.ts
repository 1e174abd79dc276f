import type { CreateKeyRequest } from './create-key-request.js';
import type { CreatedApiKey, RotatedApiKey } from './created-api-key.js';
import type { components } from './generated/openapi.js';

/**
 * Every component schema of the spec by name: `Schemas['ApiKey']`, the same types as the named exports
 * (`ApiKey`). Three say more than the spec's JSON: `CreatedApiKey` and `RotatedApiKey` (secrets that a spread
 * drops) and `CreateKeyRequest` (exactly one of `scopes` and `profile`).
 */
export interface Schemas extends Omit<components['schemas'], 'CreatedApiKey' | 'RotatedApiKey' | 'CreateKeyRequest'> {
  CreatedApiKey: CreatedApiKey;
  RotatedApiKey: RotatedApiKey;
  CreateKeyRequest: CreateKeyRequest;
}
