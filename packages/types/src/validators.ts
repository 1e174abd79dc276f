export type { SchemaIssue } from './explain.js';
export { explain } from './explain.js';
export { responseValidators, schemaComponents } from './generated/validators.js';
export type { ResponseValidator, ValidationSchema } from './validation-schema.js';
