import type { ApiOperationId, Schemas } from '@runlet/types';
import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import {
  createRunletBackend,
  createRunletHandlers,
  type Fault,
  type LoggedRequest,
  type RunletBackend,
  type SeededKey,
} from '../src/index.js';
import { type RunletMockServer, startRunletMockServer } from '../src/server/index.js';

describe('the public types', () => {
  it('type the backend, its seeds and its log', () => {
    const backend = createRunletBackend({ now: 0, tiers: { free: { limit: 5, burst: 2 } } });
    expectTypeOf(backend).toEqualTypeOf<RunletBackend>();
    expectTypeOf(backend.seedKey).returns.resolves.toEqualTypeOf<SeededKey>();
    expectTypeOf(backend.seedAgent).returns.toEqualTypeOf<Schemas['Agent']>();
    expectTypeOf(backend.seedSandbox).returns.toEqualTypeOf<Schemas['Sandbox']>();
    expectTypeOf(backend.requests).toEqualTypeOf<readonly LoggedRequest[]>();
    expectTypeOf<LoggedRequest['operationId']>().toEqualTypeOf<ApiOperationId | null>();
    expectTypeOf(backend.handle).returns.resolves.toEqualTypeOf<Response>();
  });

  it('refuse wrong scopes, codes, kinds and tiers', () => {
    const backend = createRunletBackend();
    // @ts-expect-error: not a scope of the API
    void backend.seedKey({ scopes: ['sandbox:fly'] });
    // @ts-expect-error: not an error code
    backend.failNext({ code: 'TEAPOT' });
    // @ts-expect-error: not a fault kind
    backend.failNext({ kind: 'timeout' });
    // @ts-expect-error: not a tier
    createRunletBackend({ tiers: { enterprise: { limit: 1, burst: 1 } } });
    expectTypeOf<Fault['kind']>().toEqualTypeOf<'error' | 'html' | 'empty' | 'reset' | 'drop' | undefined>();
  });

  it('type both faces', () => {
    expectTypeOf(createRunletHandlers).returns.toEqualTypeOf<HttpHandler[]>();
    expectTypeOf(startRunletMockServer).returns.resolves.toEqualTypeOf<RunletMockServer>();
    expectTypeOf<RunletMockServer['close']>().returns.toEqualTypeOf<Promise<void>>();
  });
});
