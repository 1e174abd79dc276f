// Type-level proof that the zod schemas and the openapi-typescript types describe the same shapes, except that
// the types' response enums are open (`KeyStatus | (string & {})`) where zod, the backend's own check, is closed.
// `npm test` runs tsc over this file; a drift fails to compile.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import type * as z from 'zod/mini';
import { type ApiOperationId, apiOperations, type components, type operations, schemas } from '../src/index.js';

const spec = parse(readFileSync(new URL('../../../openapi/runlet.yaml', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

type IsAny<T> = 0 extends 1 & T ? true : false;
/** Mutual assignability, and never `any` on either side (which would pass anything). */
type Same<A, B> =
  IsAny<A> extends true
    ? false
    : IsAny<B> extends true
      ? false
      : [A] extends [B]
        ? [B] extends [A]
          ? true
          : false
        : false;
type Infer<S> = S extends z.ZodMiniType ? z.infer<S> : never;
/** `T` with its open enums closed again: `(string & {})` dropped from a union that has known string values. */
type Closed<T> = CloseEach<T, HasKnownStrings<T>>;
type HasKnownStrings<T> = true extends (T extends string ? (string extends T ? false : true) : false) ? true : false;
type CloseEach<T, Known> = T extends string
  ? Known extends true
    ? string extends T
      ? never
      : T
    : T
  : T extends readonly (infer E)[]
    ? Closed<E>[]
    : T extends object
      ? { [K in keyof T]: Closed<T[K]> }
      : T;

type Components = components['schemas'];
type SchemaDrift = {
  [K in keyof Components]: Same<Infer<(typeof schemas)[K]>, Closed<Components[K]>> extends true ? never : K;
}[keyof Components];

type Table = typeof apiOperations;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : never;
/** A `text/event-stream` response without a JSON variant: its table entry is the schema of each event's data. */
type EventStreamOnly<R> = R extends { content: { 'application/json': unknown } }
  ? false
  : R extends { content: { 'text/event-stream': unknown } }
    ? true
    : false;

type BodyDrift = {
  [K in ApiOperationId]: Table[K]['body'] extends null
    ? [NonNullable<operations[K]['requestBody']>] extends [never]
      ? never
      : K
    : Same<Infer<Table[K]['body']>, JsonOf<NonNullable<operations[K]['requestBody']>>> extends true
      ? never
      : K;
}[ApiOperationId];

type QueryDrift = {
  [K in ApiOperationId]: Table[K]['query'] extends null
    ? never
    : Same<Infer<Table[K]['query']>, NonNullable<operations[K]['parameters']['query']>> extends true
      ? never
      : K;
}[ApiOperationId];

type PathDrift = {
  [K in ApiOperationId]: Table[K]['pathParams'] extends null
    ? never
    : Same<Infer<Table[K]['pathParams']>, operations[K]['parameters']['path']> extends true
      ? never
      : K;
}[ApiOperationId];

type ResponseDrift = {
  [K in ApiOperationId]: {
    [S in keyof Table[K]['responses'] & keyof operations[K]['responses']]: EventStreamOnly<
      operations[K]['responses'][S]
    > extends true
      ? never
      : Same<Infer<Table[K]['responses'][S]>, Closed<JsonOf<operations[K]['responses'][S]>>> extends true
        ? never
        : `${K} ${S & number}`;
  }[keyof Table[K]['responses'] & keyof operations[K]['responses']];
}[ApiOperationId];

type MissingResponses = {
  [K in ApiOperationId]: Same<keyof Table[K]['responses'], keyof operations[K]['responses']> extends true ? never : K;
}[ApiOperationId];

describe('zod schemas ≡ openapi-typescript types', () => {
  it('has a zod schema for every component schema and no other', () => {
    expectTypeOf<Same<keyof typeof schemas, keyof Components>>().toEqualTypeOf<true>();
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(spec.components.schemas).sort());
  });

  it('infers every component schema as its openapi-typescript type', () => {
    expectTypeOf<SchemaDrift>().toBeNever();
  });

  it('infers every request body, query, path parameter set and response as its openapi-typescript type', () => {
    expectTypeOf<BodyDrift>().toBeNever();
    expectTypeOf<QueryDrift>().toBeNever();
    expectTypeOf<PathDrift>().toBeNever();
    expectTypeOf<ResponseDrift>().toBeNever();
    expectTypeOf<MissingResponses>().toBeNever();
    expectTypeOf<
      Same<Infer<Table['streamRunEvents']['responses'][200]>, Closed<Components['RunEvent']>>
    >().toEqualTypeOf<true>();
  });

  it('covers every operation of the spec', () => {
    const ids = Object.values(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) =>
        op && typeof op === 'object' && 'operationId' in op ? [op.operationId] : [],
      ),
    );
    expect(Object.keys(apiOperations).sort()).toEqual(ids.sort());
    expectTypeOf<Same<ApiOperationId, keyof operations>>().toEqualTypeOf<true>();
  });

  it('catches a drift when one is planted', () => {
    type Planted = Same<Infer<typeof schemas.ApiKey>, Omit<Components['ApiKey'], 'name'> & { name?: string }>;
    expectTypeOf<Planted>().toEqualTypeOf<false>();
    // biome-ignore lint/suspicious/noExplicitAny: the point is that any must not pass
    type AnyIsNotSame = Same<any, Components['ApiKey']>;
    expectTypeOf<AnyIsNotSame>().toEqualTypeOf<false>();
  });
});
