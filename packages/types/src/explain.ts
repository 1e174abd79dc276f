import { formatPatterns } from './generated/validators.js';
import type { ValidationSchema } from './validation-schema.js';

/** One reason a value fails its schema. */
export interface SchemaIssue {
  /** A JSON path into the value: `$.data[3].createdAt`. */
  path: string;
  message: string;
}

/**
 * Why `value` fails `schema`: each issue with its JSON path (`$.data[3].status`) and what was expected and what
 * came. Runs only after a compiled check has failed, so it favours clear messages over speed. Values are shown
 * only where they are short enum or constant words, never a string that might be a secret.
 */
export function explain(
  schema: ValidationSchema,
  value: unknown,
  components: Record<string, ValidationSchema>,
  options: ExplainOptions = {},
): SchemaIssue[] {
  return walk(schema, value, { components, openEnums: options.openEnums ?? false }, '$', []);
}

/** Options of `explain`: whether string enums are judged open. */
export interface ExplainOptions {
  /**
   * Judge a string enum as open: any string passes (a response may carry values added after this release).
   * @default false
   */
  openEnums?: boolean;
}

interface Context {
  components: Record<string, ValidationSchema>;
  openEnums: boolean;
}

function walk(
  schema: ValidationSchema,
  value: unknown,
  context: Context,
  path: string,
  issues: SchemaIssue[],
): SchemaIssue[] {
  const { components } = context;
  const add = (message: string) => issues.push({ path, message });
  if (schema.$ref) return walk(components[schema.$ref.split('/').pop() ?? ''] ?? {}, value, context, path, issues);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const tried = alternatives.map((alternative) => walk(alternative, value, context, path, []));
    if (tried.some((found) => found.length === 0)) return issues;
    const nonNull = alternatives.filter((alternative) => alternative.type !== 'null');
    // `T | null` explains as T: the null branch adds nothing a reader needs.
    if (nonNull.length === 1) issues.push(...(tried[alternatives.indexOf(nonNull[0] as ValidationSchema)] ?? []));
    else add(`expected one of ${alternatives.length} shapes, got ${kind(value)}`);
    return issues;
  }
  for (const part of schema.allOf ?? []) walk(part, value, context, path, issues);
  if (Array.isArray(schema.type)) {
    if (value === null && schema.type.includes('null')) return issues;
    const type = schema.type.find((t) => t !== 'null');
    return walk({ ...schema, type: type ?? 'null' }, value, context, path, issues);
  }
  if (schema.const !== undefined) {
    if (value !== schema.const) add(`expected ${JSON.stringify(schema.const)}, got ${shown(value)}`);
    return issues;
  }
  if (schema.enum) {
    const open = context.openEnums && typeof value === 'string' && schema.enum.every((v) => typeof v === 'string');
    if (!open && !schema.enum.includes(value)) add(`expected one of ${schema.enum.join('|')}, got ${shown(value)}`);
    return issues;
  }
  switch (schema.type) {
    case 'null':
      if (value !== null) add(`expected null, got ${kind(value)}`);
      break;
    case 'string':
      if (typeof value !== 'string') add(`expected a string, got ${kind(value)}`);
      else explainString(schema, value, add);
      break;
    case 'integer':
    case 'number':
      if (schema.type === 'integer' ? !Number.isSafeInteger(value) : !Number.isFinite(value)) {
        add(`expected ${schema.type === 'integer' ? 'an integer' : 'a number'}, got ${kind(value)}`);
      } else if (schema.minimum !== undefined && (value as number) < schema.minimum) {
        add(`expected at least ${schema.minimum}, got ${value}`);
      } else if (schema.maximum !== undefined && (value as number) > schema.maximum) {
        add(`expected at most ${schema.maximum}, got ${value}`);
      }
      break;
    case 'boolean':
      if (typeof value !== 'boolean') add(`expected a boolean, got ${kind(value)}`);
      break;
    case 'array':
      if (!Array.isArray(value)) add(`expected an array, got ${kind(value)}`);
      else {
        if (schema.minItems !== undefined && value.length < schema.minItems)
          add(`expected at least ${schema.minItems} items, got ${value.length}`);
        if (schema.maxItems !== undefined && value.length > schema.maxItems)
          add(`expected at most ${schema.maxItems} items, got ${value.length}`);
        if (schema.items)
          for (const [i, item] of value.entries()) {
            walk(schema.items as ValidationSchema, item, context, `${path}[${i}]`, issues);
          }
      }
      break;
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        add(`expected an object, got ${kind(value)}`);
      else explainObject(schema, value as Record<string, unknown>, context, path, issues);
      break;
  }
  return issues;
}

function explainString(schema: ValidationSchema, value: string, add: (message: string) => void) {
  if (schema.minLength !== undefined && value.length < schema.minLength)
    add(`expected at least ${schema.minLength} characters, got ${value.length}`);
  else if (schema.maxLength !== undefined && value.length > schema.maxLength)
    add(`expected at most ${schema.maxLength} characters, got ${value.length}`);
  else if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
    add(`expected a string matching ${schema.pattern}`);
  else if (schema.format && formatPatterns[schema.format] && !formatPatterns[schema.format]?.test(value))
    add(`expected a ${schema.format === 'date-time' ? 'date-time (ISO 8601, with an offset)' : schema.format}`);
}

function explainObject(
  schema: ValidationSchema,
  value: Record<string, unknown>,
  context: Context,
  path: string,
  issues: SchemaIssue[],
) {
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const at = `${path}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
    if (value[key] === undefined) {
      if (required.has(key)) issues.push({ path: at, message: 'missing required field' });
    } else walk(property, value[key], context, at, issues);
  }
  const extra = schema.additionalProperties;
  if (schema.properties && extra === false) {
    for (const key of Object.keys(value)) {
      if (!(key in schema.properties)) issues.push({ path: `${path}.${key}`, message: 'unexpected field' });
    }
  }
  if (!schema.properties && typeof extra === 'object') {
    for (const [key, item] of Object.entries(value))
      walk(extra, item, context, `${path}[${JSON.stringify(key)}]`, issues);
  }
  if (schema.maxProperties !== undefined && Object.keys(value).length > schema.maxProperties)
    issues.push({ path, message: `expected at most ${schema.maxProperties} fields, got ${Object.keys(value).length}` });
}

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : value === undefined ? 'nothing' : `a ${typeof value}`;

/** A short word is shown as it came; anything longer only as its kind, since it may be a secret. */
const shown = (value: unknown) =>
  typeof value === 'string' && /^[\w:*.-]{0,32}$/.test(value) ? JSON.stringify(value) : kind(value);
