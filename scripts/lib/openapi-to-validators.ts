// Compiles every response schema of the spec into a plain boolean check. Core runs these on its hot
// path (a 100-key list in tens of µs instead of hundreds with zod) and asks zod for the issues only
// when a check fails; a property test in packages/types proves both agree on what is valid.
import type { OpenAPIDocument, SchemaObject } from './openapi-to-zod.ts';

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

/** A JS boolean expression that is true when `v` satisfies `schema`, as the zod/mini schema would judge. */
export function emitCheck(schema: SchemaObject, v: string, ctx: Context, depth = 0): string {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    ctx.deps.add(name);
    return `is${name}(${v})`;
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const nonNull = alternatives.filter((s) => s.type !== 'null');
    const inner = nonNull.map((s) => `(${emitCheck(s, v, ctx, depth)})`).join(' || ');
    return nonNull.length < alternatives.length ? `(${v} === null || ${inner})` : `(${inner})`;
  }
  if (schema.allOf) return schema.allOf.map((part) => `(${emitCheck(part, v, ctx, depth)})`).join(' && ');
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    const inner = emitCheck({ ...schema, type: types[0] as string }, v, ctx, depth);
    return types.length < schema.type.length ? `(${v} === null || ${inner})` : inner;
  }
  if (schema.const !== undefined) return `${v} === ${literal(schema.const)}`;
  if (schema.enum) return `${constant(ctx, `new Set(${literal(schema.enum)})`)}.has(${v})`;
  const parts: string[] = [];
  switch (schema.type) {
    case 'string': {
      parts.push(`typeof ${v} === 'string'`);
      if (schema.minLength !== undefined) parts.push(`${v}.length >= ${schema.minLength}`);
      if (schema.maxLength !== undefined) parts.push(`${v}.length <= ${schema.maxLength}`);
      if (schema.pattern !== undefined)
        parts.push(`${constant(ctx, `new RegExp(${literal(schema.pattern)})`)}.test(${v})`);
      if (schema.format === 'date-time')
        parts.push(`${constant(ctx, 'regexes.datetime({ offset: true })')}.test(${v})`);
      if (schema.format === 'date') parts.push(`regexes.date.test(${v})`);
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
      parts.push(`${v}.every((${e}) => ${emitCheck(schema.items as SchemaObject, e, ctx, depth + 1)})`);
      break;
    }
    case 'object': {
      parts.push(`isObject(${v})`);
      const extra = schema.additionalProperties;
      if (!schema.properties) {
        if (typeof extra === 'object') {
          const e = `e${depth}`;
          parts.push(`Object.values(${v}).every((${e}) => ${emitCheck(extra, e, ctx, depth + 1)})`);
        }
        if (schema.maxProperties !== undefined) parts.push(`Object.keys(${v}).length <= ${schema.maxProperties}`);
        break;
      }
      const required = new Set(schema.required ?? []);
      for (const [key, value] of Object.entries(schema.properties)) {
        const access = `${v}[${literal(key)}]`;
        const check = emitCheck(value, access, ctx, depth);
        parts.push(
          required.has(key) ? `(${access} !== undefined && ${check})` : `(${access} === undefined || ${check})`,
        );
      }
      if (extra === false) {
        const allowed = constant(ctx, `new Set(${literal(Object.keys(schema.properties))})`);
        parts.push(`Object.keys(${v}).every((k) => ${allowed}.has(k))`);
      }
      break;
    }
    default:
      throw new Error(`Unsupported type ${literal(schema.type)}`);
  }
  return parts.join(' && ');
}

/** Source of `generated/validators.ts`: `is<Schema>` per component and `responseChecks[operationId][status]`. */
export function toValidatorModule(doc: OpenAPIDocument): string {
  const ctx: Context = { constants: [], deps: new Set() };
  const functions = Object.entries(doc.components.schemas).map(
    ([name, schema]) => `export function is${name}(v: any): boolean {\n  return ${emitCheck(schema, 'v', ctx)};\n}`,
  );
  const operations: string[] = [];
  for (const item of Object.values(doc.paths)) {
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
        const schema = resolved?.content?.['application/json']?.schema as SchemaObject;
        return `${status}: (v: any) => ${emitCheck(schema, 'v', ctx)}`;
      });
      operations.push(`  ${op.operationId}: { ${statuses.join(', ')} },`);
    }
  }
  return [
    '/* biome-ignore-all lint: generated */',
    "import { regexes } from 'zod/v4/core';",
    '',
    'const isObject = (v: unknown): boolean => typeof v === "object" && v !== null && !Array.isArray(v);',
    ...ctx.constants.map((source, i) => `const C${i} = ${source};`),
    '',
    ...functions,
    '',
    '/** A fast boolean check per operation and response status, equivalent to the zod schema. */',
    `export const responseChecks: Record<string, Record<number, (v: unknown) => boolean>> = {\n${operations.join('\n')}\n};`,
    '',
  ].join('\n');
}
