/** The validation keywords of a JSON Schema (OpenAPI 3.1) that the API's schemas use. */
export interface ValidationSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  items?: ValidationSchema;
  properties?: Record<string, ValidationSchema>;
  required?: string[];
  additionalProperties?: boolean | ValidationSchema;
  allOf?: ValidationSchema[];
  oneOf?: ValidationSchema[];
  anyOf?: ValidationSchema[];
}

/** How one operation's responses are checked: a compiled check per status, and the schema it was compiled from. */
export interface ResponseValidator {
  operationId: string;
  responses: Record<number, { check: (value: unknown) => boolean; schema: ValidationSchema }>;
}
