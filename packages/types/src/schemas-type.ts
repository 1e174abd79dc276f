import type { components } from './generated/openapi.js';

/** Every component schema of the spec by name: `Schemas['ApiKey']`. */
export type Schemas = components['schemas'];
