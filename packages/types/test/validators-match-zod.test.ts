// The compiled checks (generated/validators.ts) must judge every value as the zod schemas do, except that their
// string enums are open (an unknown string passes: responses may carry values added after this release), and the
// explanation of a value (`explain` with openEnums) must find an issue exactly when the check fails.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { apiOperations } from '../src/operations.js';
import { explain, responseValidators, schemaComponents, unknownEnumValues } from '../src/validators.js';

const byOperation = new Map(Object.values(responseValidators).map((v) => [v.operationId, v.responses]));

type Json = unknown;
interface Media {
  examples?: Record<string, { $ref?: string; value?: Json }>;
  /** An example kept in its own file (openapi/examples/*.yaml). */
  value?: Json;
}
interface Spec {
  paths: Record<
    string,
    Record<
      string,
      { operationId?: string; responses?: Record<string, { $ref?: string; content?: Record<string, Media> }> }
    >
  >;
  components: {
    examples: Record<string, { value: Json }>;
    responses: Record<string, { content: Record<string, Media> }>;
  };
}

const spec = parse(readFileSync(new URL('../../../openapi/runlet.yaml', import.meta.url), 'utf8')) as Spec;

/** Every example the spec gives, per operation and status. */
const samples: { operationId: string; status: number; value: Json }[] = [];
for (const item of Object.values(spec.paths)) {
  for (const op of Object.values(item)) {
    if (!op?.operationId || !op.responses) continue;
    for (const [status, response] of Object.entries(op.responses)) {
      const resolved = response.$ref ? spec.components.responses[response.$ref.split('/').pop() as string] : response;
      for (const example of Object.values(resolved?.content?.['application/json']?.examples ?? {})) {
        const value = example.$ref?.startsWith('./')
          ? (parse(readFileSync(new URL(`../../../openapi/${example.$ref}`, import.meta.url), 'utf8')) as Media).value
          : example.$ref
            ? spec.components.examples[example.$ref.split('/').pop() as string]?.value
            : example.value;
        samples.push({ operationId: op.operationId, status: Number(status), value });
      }
    }
  }
}

const paths = (value: Json, prefix: (string | number)[] = []): (string | number)[][] => {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
};

/** `value` with the node at `path` replaced (or deleted when `replacement` is the DELETE marker). */
const DELETE = Symbol('delete');
function mutate(value: Json, path: (string | number)[], replacement: Json | typeof DELETE): Json {
  if (path.length === 0) return replacement === DELETE ? undefined : replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = mutate(copy[head as number], rest, replacement);
    // JSON has no holes: a deleted array item is removed, not left undefined.
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  const next = mutate(copy[head as string], rest, replacement);
  if (next === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

const judge = (operationId: string, status: number, value: Json) => {
  const table = apiOperations as unknown as Record<
    string,
    { responses: Record<number, { safeParse(v: Json): { success: boolean } }> }
  >;
  const parsed = table[operationId]?.responses[status]?.safeParse(value) as
    | { success: boolean; error?: { issues: { code: string; values?: unknown[]; path: PropertyKey[] }[] } }
    | undefined;
  const at = (path: PropertyKey[]) =>
    path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], value);
  // What open enums let through: a string where zod wanted one of several string values.
  const onlyOpenEnums = parsed?.error?.issues.every(
    (issue) =>
      issue.code === 'invalid_value' &&
      (issue.values?.length ?? 0) > 1 &&
      issue.values?.every((v) => typeof v === 'string') &&
      typeof at(issue.path) === 'string',
  );
  const zod = parsed?.success || onlyOpenEnums === true;
  const response = byOperation.get(operationId)?.[status];
  unknownEnumValues.length = 0;
  const fast = response?.check(value);
  const explained = response && explain(response.schema, value, schemaComponents, { openEnums: true }).length === 0;
  return { zod, fast, explained, strictZod: parsed?.success };
};

describe('compiled response checks ≡ zod schemas ≡ explanations', () => {
  it('has a check for every operation and status', () => {
    for (const [id, op] of Object.entries(apiOperations)) {
      expect(Object.keys(byOperation.get(id) ?? {}).sort()).toEqual(Object.keys(op.responses).sort());
    }
  });

  it('accepts every example of the spec, as zod does', () => {
    expect(samples.length).toBeGreaterThan(30);
    for (const { operationId, status, value } of samples) {
      expect(judge(operationId, status, value), `${operationId} ${status}`).toMatchObject({
        zod: true,
        fast: true,
        explained: true,
      });
    }
  });

  it('agrees with zod on thousands of mutated examples', () => {
    const replacement = fc.oneof(
      fc.constant<Json | typeof DELETE>(DELETE),
      fc.constant(null),
      fc.jsonValue(),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constantFrom(
        '2026-01-01T00:00:00Z',
        '2026-13-01T00:00:00Z',
        '2026-01-01',
        '2026-01-01T00:00:00',
        'key_7Hq2Lm9Xz1Pa4Rt6',
        'key_short',
        '',
        'active',
        'suspended',
        'api_key',
      ),
    );
    fc.assert(
      fc.property(fc.nat(), fc.nat(), replacement, (which, where, value) => {
        const sample = samples[which % samples.length] as (typeof samples)[number];
        const all = paths(sample.value);
        const path = all[where % all.length] as (string | number)[];
        const mutated = mutate(sample.value, path, value);
        const { zod, fast, explained } = judge(sample.operationId, sample.status, mutated);
        expect(fast).toBe(zod);
        expect(explained).toBe(zod);
      }),
      { numRuns: 4000 },
    );
  });

  it('lets an unknown enum value pass and records where it was, while zod (the backend’s own check) refuses it', () => {
    const listed = samples.find((sample) => sample.operationId === 'listKeys' && sample.status === 200);
    if (!listed) throw new Error('the spec has no listKeys example');
    const value = mutate(listed.value, ['data', 0, 'status'], 'suspended');
    unknownEnumValues.length = 0;
    expect(judge('listKeys', 200, value)).toMatchObject({ fast: true, explained: true, strictZod: false });
    expect(unknownEnumValues).toContainEqual(['ApiKey.status', 'suspended']);
    expect(explain(byOperation.get('listKeys')?.[200]?.schema ?? {}, value, schemaComponents)).toEqual([
      { path: '$.data[0].status', message: 'expected one of active|rotated|expired|revoked, got "suspended"' },
    ]);
  });

  it('agrees with zod on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue(), (which, value) => {
        const sample = samples[which % samples.length] as (typeof samples)[number];
        const { zod, fast, explained } = judge(sample.operationId, sample.status, value);
        expect(fast).toBe(zod);
        expect(explained).toBe(zod);
      }),
      { numRuns: 1000 },
    );
  });
});
