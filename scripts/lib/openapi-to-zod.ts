// Turns the OpenAPI document into zod/mini source: one schema per component and a table of operations.
// Only the JSON Schema keywords the spec uses are supported; anything else fails loudly so that
// the generated schemas can never silently accept less than the spec says.

import type { ValidationSchema } from '../../packages/types/src/validation-schema.ts';

/** A schema of the spec: the validation keywords the runtime knows, plus `if`/`then` and extensions. */
export interface SchemaObject
  extends Omit<ValidationSchema, 'items' | 'properties' | 'additionalProperties' | 'allOf' | 'oneOf' | 'anyOf'> {
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  if?: SchemaObject;
  then?: SchemaObject;
  /** Only on a `text/event-stream` response's string schema: the schema of each event's `data`. */
  contentSchema?: SchemaObject;
  [extension: `x-${string}`]: unknown;
}

interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: SchemaObject;
}

interface MediaObject {
  content?: Record<string, { schema?: SchemaObject }>;
}

interface ResponseObject extends MediaObject {
  $ref?: string;
}

/**
 * The schema a response is checked with: its `application/json` schema, else, for a `text/event-stream` response,
 * the `contentSchema` of its string schema, which each event's `data` (one line of JSON) follows.
 */
export function responseSchema(content: MediaObject['content']): SchemaObject | undefined {
  return content?.['application/json']?.schema ?? content?.['text/event-stream']?.schema?.contentSchema;
}

interface OperationObject {
  operationId: string;
  security?: Record<string, string[]>[];
  parameters?: ParameterObject[];
  requestBody?: MediaObject & { required?: boolean };
  responses: Record<string, ResponseObject>;
}

export interface OpenAPIDocument {
  paths: Record<string, Record<string, OperationObject | ParameterObject[]> & { parameters?: ParameterObject[] }>;
  components: {
    schemas: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
  };
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
/** The validation keywords the generators understand (the compiled checks' explanations read only these). */
export const VALIDATION_KEYWORDS = [
  '$ref',
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
  'maxProperties',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'allOf',
  'oneOf',
  'anyOf',
] as const;

const SUPPORTED = new Set<string>([
  ...VALIDATION_KEYWORDS,
  'discriminator',
  'if',
  'then',
  'description',
  'default',
  'example',
  'examples',
  'title',
]);

const refName = (ref: string) => {
  const match = /^#\/components\/(schemas|parameters|responses)\/(.+)$/.exec(ref);
  if (!match?.[2]) throw new Error(`Unsupported $ref ${ref}`);
  return match[2];
};

const literal = (value: unknown) => JSON.stringify(value);
const regexLiteral = (pattern: string) => `/${pattern.replaceAll('/', '\\/')}/`;
const withChecks = (base: string, checks: string[]) => (checks.length ? `${base}.check(${checks.join(', ')})` : base);

function assertSupported(schema: SchemaObject, where: string) {
  for (const key of Object.keys(schema)) {
    if (!SUPPORTED.has(key) && !key.startsWith('x-')) {
      throw new Error(`${where}: the generator does not support the keyword "${key}"`);
    }
  }
}

/** A rule between an object's own properties: `test` is a JS expression over `v`, true when the rule holds. */
export interface PresenceRule {
  test: string;
  message: string;
  path: string[];
}

const onlyRequired = (schema: SchemaObject) =>
  Object.keys(schema).every((key) => key === 'required') && Array.isArray(schema.required);

/** Whether the schema's `oneOf`/`anyOf` only says which of its own properties must be present. */
export function isPresenceChoice(schema: SchemaObject): boolean {
  const alternatives = schema.oneOf ?? schema.anyOf;
  return Boolean(schema.properties && alternatives?.length && alternatives.every(onlyRequired));
}

/**
 * The presence rules of an object schema, for the checks JSON Schema states beside `properties`: a `oneOf` (exactly
 * one) or `anyOf` (at least one) of `{ required }` alternatives, and `if: { properties: { P: { const } }, required:
 * [P] }, then: { required }`. Messages come from `x-rule-messages` (`oneOf: { none, many }`, `then`).
 */
export function presenceRules(schema: SchemaObject, where: string): PresenceRule[] {
  const messages = (schema['x-rule-messages'] ?? {}) as { oneOf?: { none?: string; many?: string }; then?: string };
  const present = (keys: string[]) => keys.map((key) => `v[${literal(key)}] !== undefined`).join(' && ');
  const rules: PresenceRule[] = [];
  if (isPresenceChoice(schema)) {
    const alternatives = ((schema.oneOf ?? schema.anyOf) as SchemaObject[]).map((a) => a.required as string[]);
    const names = alternatives.map((keys) => keys.join(' with '));
    const count = `[${alternatives.map((keys) => `(${present(keys)})`).join(', ')}].filter(Boolean).length`;
    rules.push({
      test: `${count} >= 1`,
      message: messages.oneOf?.none ?? `Give one of ${names.join(', ')}.`,
      path: [],
    });
    if (schema.oneOf) {
      rules.push({
        test: `${count} <= 1`,
        message: messages.oneOf?.many ?? `Give only one of ${names.join(', ')}.`,
        path: [alternatives.at(-1)?.[0] as string],
      });
    }
  } else if (schema.oneOf && schema.properties) {
    throw new Error(`${where}: a oneOf beside properties must list { required } alternatives only`);
  }
  if (schema.if || schema.then) {
    const condition = Object.entries(schema.if?.properties ?? {});
    const [name, value] = condition[0] ?? [];
    const then = schema.then?.required;
    if (
      condition.length !== 1 ||
      value?.const === undefined ||
      schema.if?.required?.join() !== name ||
      !then?.length ||
      !schema.properties
    ) {
      throw new Error(
        `${where}: only if: { properties: { P: { const } }, required: [P] }, then: { required } is supported`,
      );
    }
    rules.push({
      test: `v[${literal(name)}] !== ${literal(value.const)} || (${present(then)})`,
      message: messages.then ?? `${then.join(', ')} required when ${name} is ${String(value.const)}.`,
      path: [then[0] as string],
    });
  }
  return rules;
}

/** zod/mini source for one schema; `deps` collects the component names it refers to. */
export function emitSchema(schema: SchemaObject, where: string, deps: Set<string> = new Set()): string {
  assertSupported(schema, where);
  if (schema.$ref) {
    const name = refName(schema.$ref);
    deps.add(name);
    return name;
  }
  const alternatives = isPresenceChoice(schema) ? undefined : (schema.oneOf ?? schema.anyOf);
  if (alternatives) {
    const nonNull = alternatives.filter((s) => s.type !== 'null');
    const inner = nonNull.map((s, i) => emitSchema(s, `${where}.oneOf[${i}]`, deps));
    const union = inner.length === 1 ? (inner[0] as string) : `z.union([${inner.join(', ')}])`;
    return nonNull.length < alternatives.length ? `z.nullable(${union})` : union;
  }
  if (schema.allOf) {
    const [first, ...rest] = schema.allOf;
    if (!first) throw new Error(`${where}: empty allOf`);
    let out = emitSchema(first, `${where}.allOf[0]`, deps);
    rest.forEach((part, i) => {
      if (part.$ref || !part.properties) {
        out = `z.intersection(${out}, ${emitSchema(part, `${where}.allOf[${i + 1}]`, deps)})`;
      } else {
        out = `z.extend(${out}, ${emitShape(part, `${where}.allOf[${i + 1}]`, deps)})`;
      }
    });
    return out;
  }
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((t) => t !== 'null');
    if (types.length !== 1) throw new Error(`${where}: only [T, "null"] type lists are supported`);
    const inner = emitSchema({ ...schema, type: types[0] as string }, where, deps);
    return types.length < schema.type.length ? `z.nullable(${inner})` : inner;
  }
  if (schema.const !== undefined) return `z.literal(${literal(schema.const)})`;
  if (schema.enum) return `z.enum(${literal(schema.enum)})`;
  switch (schema.type) {
    case 'string':
      return emitString(schema, where);
    case 'integer':
    case 'number':
      return withChecks(schema.type === 'integer' ? 'z.int()' : 'z.number()', [
        ...(schema.minimum !== undefined ? [`z.gte(${schema.minimum})`] : []),
        ...(schema.maximum !== undefined ? [`z.lte(${schema.maximum})`] : []),
      ]);
    case 'boolean':
      return 'z.boolean()';
    case 'array': {
      if (!schema.items) throw new Error(`${where}: array without items`);
      return withChecks(`z.array(${emitSchema(schema.items, `${where}.items`, deps)})`, [
        ...(schema.minItems !== undefined ? [`z.minLength(${schema.minItems})`] : []),
        ...(schema.maxItems !== undefined ? [`z.maxLength(${schema.maxItems})`] : []),
      ]);
    }
    case 'object':
      return emitObject(schema, where, deps);
    default:
      throw new Error(`${where}: unsupported type ${literal(schema.type)}`);
  }
}

/** `x-pattern-message`, the sentence a value that misses the pattern is refused with, as zod's `message`. */
const patternMessage = (schema: SchemaObject) =>
  typeof schema['x-pattern-message'] === 'string' ? `, { message: ${literal(schema['x-pattern-message'])} }` : '';

function emitString(schema: SchemaObject, where: string): string {
  let base = 'z.string()';
  if (schema.format === 'date-time') base = 'z.iso.datetime({ offset: true })';
  else if (schema.format === 'date') base = 'z.iso.date()';
  else if (schema.format !== undefined) throw new Error(`${where}: unsupported string format ${schema.format}`);
  return withChecks(base, [
    ...(schema.minLength !== undefined ? [`z.minLength(${schema.minLength})`] : []),
    ...(schema.maxLength !== undefined ? [`z.maxLength(${schema.maxLength})`] : []),
    ...(schema.pattern !== undefined ? [`z.regex(${regexLiteral(schema.pattern)}${patternMessage(schema)})`] : []),
  ]);
}

function emitShape(schema: SchemaObject, where: string, deps: Set<string>): string {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([key, value]) => {
    const inner = emitSchema(value, `${where}.${key}`, deps);
    return `${literal(key)}: ${required.has(key) ? inner : `z.exactOptional(${inner})`}`;
  });
  for (const key of required) {
    if (!schema.properties?.[key]) throw new Error(`${where}: required property ${key} is not defined`);
  }
  return `{ ${entries.join(', ')} }`;
}

function emitObject(schema: SchemaObject, where: string, deps: Set<string>): string {
  const extra = schema.additionalProperties;
  if (!schema.properties) {
    const value = typeof extra === 'object' ? emitSchema(extra, `${where}.additionalProperties`, deps) : 'z.unknown()';
    const max = schema.maxProperties;
    const checks =
      max === undefined ? [] : [`z.refine((value) => Object.keys(value).length <= ${max}, 'At most ${max} entries')`];
    return withChecks(`z.record(z.string(), ${value})`, checks);
  }
  if (typeof extra === 'object') throw new Error(`${where}: properties with an additionalProperties schema`);
  const builder = extra === false ? 'z.strictObject' : extra === true ? 'z.looseObject' : 'z.object';
  const rules = presenceRules(schema, where).map(
    (rule) => `z.refine((v) => ${rule.test}, { message: ${literal(rule.message)}, path: ${literal(rule.path)} })`,
  );
  return withChecks(`${builder}(${emitShape(schema, where, deps)})`, rules);
}

/** Component names in an order where each comes after everything it refers to. */
function topologicalOrder(emitted: Map<string, { deps: Set<string> }>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new Error(`Recursive schemas are not supported: ${trail.join(' → ')}`);
    state.set(name, 'visiting');
    for (const dep of emitted.get(name)?.deps ?? []) visit(dep, [...trail, dep]);
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of emitted.keys()) visit(name, [name]);
  return order;
}

function resolve<T extends { $ref?: string }>(doc: OpenAPIDocument, item: T): T {
  if (!item.$ref) return item;
  const name = refName(item.$ref);
  const target = item.$ref.includes('/parameters/')
    ? doc.components.parameters?.[name]
    : item.$ref.includes('/schemas/')
      ? doc.components.schemas[name]
      : doc.components.responses?.[name];
  if (!target) throw new Error(`Unresolved ${item.$ref}`);
  return target as unknown as T;
}

function emitParameterObject(params: ParameterObject[], where: string, deps: Set<string>): string {
  const shape: SchemaObject = {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
  return emitObject(shape, where, deps);
}

export function toZodModules(doc: OpenAPIDocument) {
  const emitted = new Map<string, { source: string; deps: Set<string> }>();
  for (const [name, schema] of Object.entries(doc.components.schemas)) {
    const deps = new Set<string>();
    emitted.set(name, { source: emitSchema(schema, name, deps), deps });
  }
  const schemaLines = topologicalOrder(emitted).map((name) => `export const ${name} = ${emitted.get(name)?.source};`);
  const schemas = `import * as z from 'zod/mini';\n\n${schemaLines.join('\n\n')}\n`;

  const operationEntries: string[] = [];
  const used = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = (item.parameters ?? []).map((p) => resolve(doc, p));
    for (const method of METHODS) {
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const id = op.operationId;
      const params = [...shared, ...(op.parameters ?? []).map((p) => resolve(doc, p))];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const scopes = Object.values(op.security?.[0] ?? {})[0] ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries(op.responses).map(([status, response]) => {
        const schema = responseSchema(resolve(doc, response).content);
        if (!schema) throw new Error(`${id} ${status}: response without an application/json or event schema`);
        return `${status}: ${emitSchema(schema, `${id}.responses.${status}`, used)}`;
      });
      const success = Object.keys(op.responses).find((s) => s.startsWith('2'));
      const queryTypes = Object.fromEntries(queryParams.map((p) => [p.name, resolve(doc, p.schema).type]));
      operationEntries.push(
        [
          `  ${id}: {`,
          `    operationId: ${literal(id)},`,
          `    method: ${literal(method.toUpperCase())},`,
          `    path: ${literal(path)},`,
          `    scopes: ${literal(scopes)},`,
          `    pathParams: ${pathParams.length ? emitParameterObject(pathParams, `${id}.path`, used) : 'null'},`,
          `    query: ${queryParams.length ? emitParameterObject(queryParams, `${id}.query`, used) : 'null'},`,
          `    queryTypes: ${literal(queryTypes)},`,
          `    body: ${bodySchema ? emitSchema(bodySchema, `${id}.body`, used) : 'null'},`,
          `    bodyRequired: ${Boolean(op.requestBody?.required)},`,
          `    successStatus: ${success},`,
          `    responses: { ${responses.join(', ')} },`,
          '  },',
        ].join('\n'),
      );
    }
  }
  const body = operationEntries.join('\n');
  const operations = [
    ...(/\bz\./.test(body) ? ["import * as z from 'zod/mini';"] : []),
    `import { ${[...used].sort().join(', ')} } from './schemas.js';`,
    '',
    '/** Every operation of the API, keyed by operationId. */',
    `export const apiOperations = {\n${body}\n} as const;`,
    '',
  ].join('\n');

  const enums = Object.entries(doc.components.schemas)
    .filter(([, s]) => Array.isArray(s.enum))
    .map(([name, s]) => `  ${name}: ${literal(s.enum)},`);
  const statusByCode = doc.components.schemas.ErrorCode?.['x-status-by-code'];
  const profileScopes = doc.components.schemas.Profile?.['x-profile-scopes'];
  if (!statusByCode || !profileScopes) throw new Error('ErrorCode needs x-status-by-code and Profile x-profile-scopes');
  const constants = [
    '',
    '/** The values of every enumeration in the spec. */',
    `export const enumValues = {\n${enums.join('\n')}\n} as const;`,
    '',
    '/** The HTTP status each error code comes with (`x-status-by-code`). */',
    `export const statusByErrorCode = ${literal(statusByCode)} as const;`,
    '',
    '/** The scopes each profile grants (`x-profile-scopes`). */',
    `export const profileScopes = ${literal(profileScopes)} as const;`,
    '',
  ].join('\n');

  return { schemas, operations, constants };
}
