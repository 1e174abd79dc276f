// Compiles every response schema of the spec into a plain boolean check, and keeps the schema itself beside it.
// Core runs the checks on its hot path (a 100-key list in ~30 µs; zod/mini takes ~470 µs, see scripts/bench.ts)
// and reads the schema only when a check fails, to say what was expected where. Property tests in packages/types
// prove the checks agree with the zod schemas and with the explanations.
import { regexes } from 'zod/v4/core';
import {
  isPresenceChoice,
  type OpenAPIDocument,
  presenceRules,
  responseSchema,
  type SchemaObject,
  VALIDATION_KEYWORDS,
} from './openapi-to-zod.ts';

/** zod's date-time pattern, written into the generated module so that it needs no zod at run time. */
const DATETIME = regexes.datetime({ offset: true });
const DATE = regexes.date;

const literal = (value: unknown) => JSON.stringify(value);

interface Context {
  /** Module-level constants (regexes, enum sets), emitted before the checks. */
  constants: string[];
  /** Component names the current check refers to. */
  deps: Set<string>;
}

function constant(ctx: Context, source: string): string {
  const index = ctx.constants.indexOf(source);
  if (index >= 0) return `C${index}`;
  ctx.constants.push(source);
  return `C${ctx.constants.length - 1}`;
}

/** `field` (a JS expression naming where a value sits, e.g. `"ApiKey.status"`) with `suffix` appended. */
function appendField(field: string, suffix: string): string {
  return field.startsWith('"') ? literal(JSON.parse(field) + suffix) : `${field} + ${literal(suffix)}`;
}

/**
 * A JS boolean expression that is true when `v` satisfies `schema`, as the zod/mini schema would judge, except
 * that the enums are open: these checks judge responses, and an enum value added to the API after this release
 * must not fail a call. An unknown string passes and is recorded with its `field` in `unknownEnumValues`.
 */
export function emitCheck(schema: SchemaObject, v: string, ctx: Context, depth = 0, field = '"$"'): string {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    ctx.deps.add(name);
    return `is${name}(${v}, ${field})`;
  }
  const alternatives = isPresenceChoice(schema) ? undefined : (schema.oneOf ?? schema.anyOf);
  if (alternatives) {
    const nonNull = alternatives.filter((s) => s.type !== 'null');
    const inner = nonNull.map((s) => `(${emitCheck(s, v, ctx, depth, field)})`).join(' || ');
    return nonNull.length < alternatives.length ? `(${v} === null || ${inner})` : `(${inner})`;
  }
  if (schema.allOf) return schema.allOf.map((part) => `(${emitCheck(part, v, ctx, depth, field)})`).join(' && ');
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    const inner = emitCheck({ ...schema, type: types[0] as string }, v, ctx, depth, field);
    return types.length < schema.type.length ? `(${v} === null || ${inner})` : inner;
  }
  if (schema.const !== undefined) return `${v} === ${literal(schema.const)}`;
  if (schema.enum) {
    const known = `${constant(ctx, `new Set(${literal(schema.enum)})`)}.has(${v})`;
    return schema.enum.every((value) => typeof value === 'string') ? `(${known} || openEnum(${field}, ${v}))` : known;
  }
  const parts: string[] = [];
  switch (schema.type) {
    case 'string': {
      parts.push(`typeof ${v} === 'string'`);
      if (schema.minLength !== undefined) parts.push(`${v}.length >= ${schema.minLength}`);
      if (schema.maxLength !== undefined) parts.push(`${v}.length <= ${schema.maxLength}`);
      if (schema.pattern !== undefined)
        parts.push(`${constant(ctx, `new RegExp(${literal(schema.pattern)})`)}.test(${v})`);
      if (schema.format === 'date-time')
        parts.push(`${constant(ctx, `new RegExp(${literal(DATETIME.source)})`)}.test(${v})`);
      if (schema.format === 'date') parts.push(`${constant(ctx, `new RegExp(${literal(DATE.source)})`)}.test(${v})`);
      break;
    }
    case 'integer':
    case 'number':
      parts.push(schema.type === 'integer' ? `Number.isSafeInteger(${v})` : `Number.isFinite(${v})`);
      if (schema.minimum !== undefined) parts.push(`${v} >= ${schema.minimum}`);
      if (schema.maximum !== undefined) parts.push(`${v} <= ${schema.maximum}`);
      break;
    case 'boolean':
      parts.push(`typeof ${v} === 'boolean'`);
      break;
    case 'array': {
      const e = `e${depth}`;
      parts.push(`Array.isArray(${v})`);
      if (schema.minItems !== undefined) parts.push(`${v}.length >= ${schema.minItems}`);
      if (schema.maxItems !== undefined) parts.push(`${v}.length <= ${schema.maxItems}`);
      parts.push(
        `${v}.every((${e}) => ${emitCheck(schema.items as SchemaObject, e, ctx, depth + 1, appendField(field, '[]'))})`,
      );
      break;
    }
    case 'object': {
      parts.push(`isObject(${v})`);
      const extra = schema.additionalProperties;
      if (!schema.properties) {
        if (typeof extra === 'object') {
          const e = `e${depth}`;
          parts.push(
            `Object.values(${v}).every((${e}) => ${emitCheck(extra, e, ctx, depth + 1, appendField(field, '[*]'))})`,
          );
        }
        if (schema.maxProperties !== undefined) parts.push(`Object.keys(${v}).length <= ${schema.maxProperties}`);
        break;
      }
      const required = new Set(schema.required ?? []);
      for (const [key, value] of Object.entries(schema.properties)) {
        const access = `${v}[${literal(key)}]`;
        const check = emitCheck(value, access, ctx, depth, appendField(field, `.${key}`));
        parts.push(
          required.has(key) ? `(${access} !== undefined && ${check})` : `(${access} === undefined || ${check})`,
        );
      }
      if (extra === false) {
        const allowed = constant(ctx, `new Set(${literal(Object.keys(schema.properties))})`);
        parts.push(`Object.keys(${v}).every((k) => ${allowed}.has(k))`);
      }
      for (const rule of presenceRules(schema, field)) parts.push(`((v) => ${rule.test})(${v})`);
      break;
    }
    default:
      throw new Error(`Unsupported type ${literal(schema.type)}`);
  }
  return parts.join(' && ');
}

/** What the explanation of a failed check reads: validation keywords only, no prose or examples. */
const KEYWORDS = new Set<string>(VALIDATION_KEYWORDS);

function keywordsOnly(schema: SchemaObject): SchemaObject {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEYWORDS.has(key)) continue;
    if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, SchemaObject>).map(([k, v]) => [k, keywordsOnly(v)]),
      );
    } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
      out[key] = keywordsOnly(value as SchemaObject);
    } else if (key === 'allOf' || key === 'oneOf' || key === 'anyOf') {
      out[key] = (value as SchemaObject[]).map(keywordsOnly);
    } else out[key] = value;
  }
  return out as SchemaObject;
}

/**
 * Source of `generated/validators.ts`: `is<Schema>` per component, `schemaComponents` (each component's
 * validation keywords) and `responseValidators[\`${METHOD} ${path}\`]` with, per status, the compiled check and
 * the schema it compiles.
 */
export function toValidatorModule(doc: OpenAPIDocument): string {
  const ctx: Context = { constants: [], deps: new Set() };
  // An object names its own fields (`ApiKey.status`); an enum or other value is named by where it is used (`f`).
  const functions = Object.entries(doc.components.schemas).map(([name, schema]) => {
    const field = schema.properties ? literal(name) : 'f';
    return `export function is${name}(v: any, f: string = ${literal(name)}): boolean {\n  return ${emitCheck(schema, 'v', ctx, 0, field)};\n}`;
  });
  const components = Object.entries(doc.components.schemas).map(
    ([name, schema]) => `  ${name}: ${literal(keywordsOnly(schema))},`,
  );
  const operations: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method] as
        | {
            operationId: string;
            responses: Record<string, { $ref?: string; content?: Record<string, { schema?: SchemaObject }> }>;
          }
        | undefined;
      if (!op) continue;
      const statuses = Object.entries(op.responses).map(([status, response]) => {
        const resolved = response.$ref
          ? doc.components.responses?.[response.$ref.split('/').pop() as string]
          : response;
        const schema = responseSchema(resolved?.content) as SchemaObject;
        const check = emitCheck(schema, 'v', ctx, 0, literal(`${op.operationId} ${status}`));
        return `    ${status}: { check: (v: any) => ${check}, schema: ${literal(keywordsOnly(schema))} },`;
      });
      operations.push(
        `  ${literal(`${method.toUpperCase()} ${path}`)}: {\n    operationId: ${literal(op.operationId)},\n    responses: {\n  ${statuses.join('\n  ')}\n    },\n  },`,
      );
    }
  }
  return [
    '/* biome-ignore-all lint: generated */',
    "import type { ResponseValidator, ValidationSchema } from '../validation-schema.js';",
    '',
    'const isObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);',
    '',
    '/**',
    ' * `[field, value]` for every enum value a check met that this release does not know (it passed: response enums',
    ' * are open). Checks run synchronously: read and empty it right after one.',
    ' */',
    'export const unknownEnumValues: [field: string, value: string][] = [];',
    'const openEnum = (f: string, v: unknown): boolean => typeof v === "string" && unknownEnumValues.push([f, v]) > 0;',
    ...ctx.constants.map((source, i) => `const C${i} = ${source};`),
    '',
    ...functions,
    '',
    '/** The string formats the checks know, as the checks test them. */',
    `export const formatPatterns: Record<string, RegExp> = { "date-time": new RegExp(${literal(DATETIME.source)}), date: new RegExp(${literal(DATE.source)}) };`,
    '',
    '/** The validation keywords of every component schema, for explaining a failed check. */',
    `export const schemaComponents: Record<string, ValidationSchema> = {\n${components.join('\n')}\n};`,
    '',
    '/** Per route (`GET /v1/keys/{keyId}`): the operationId and, per response status, a fast check and its schema. */',
    `export const responseValidators: Record<string, ResponseValidator> = {\n${operations.join('\n')}\n};`,
    '',
  ].join('\n');
}
