import type { components } from './generated/openapi.js';

type Wire = components['schemas'];

/**
 * A new key's secrets, returned this once. The SDK makes them non-enumerable properties, so that logs,
 * `console.log` and `JSON.stringify` never show them; a spread, `structuredClone` or a JSON round trip drops
 * them too. They are declared as getters of a class because that is what TypeScript drops from a spread's
 * type: `{ ...created }` has no `secret` in its type either. Read them from the object itself.
 */
export declare class KeySecrets {
  /** The secret API key (`rl_live_…`, `rl_test_…`). Store it now: it is never returned again. */
  get secret(): Wire['SecretKey'];
  /** The key's signing secret (`rl_sig_…`), for signed requests. Store it now: it is never returned again. */
  get signingSecret(): Wire['SigningSecret'];
}

/**
 * A new key as `keys.create` returns it: the key, and its `secret` and `signingSecret` readable this once
 * (`created.secret`) but non-enumerable, so gone from a spread, `structuredClone` and `JSON.stringify`.
 */
export interface CreatedApiKey extends Omit<Wire['CreatedApiKey'], keyof KeySecrets>, KeySecrets {}

/**
 * The key that replaces a rotated one, as `keys.rotate` returns it: like a `CreatedApiKey`, plus the old key's
 * id and when it stops working.
 */
export interface RotatedApiKey extends Omit<Wire['RotatedApiKey'], keyof KeySecrets>, KeySecrets {}
