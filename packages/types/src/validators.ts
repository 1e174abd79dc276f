export type { ExplainOptions, SchemaIssue } from './explain.js';
export { explain } from './explain.js';
export { responseValidators, schemaComponents, unknownEnumValues } from './generated/validators.js';
export type { ResponseValidator, ValidationSchema } from './validation-schema.js';
