// The reference backend as msw handlers: every call of the SDK to https://api.runlet.dev is answered in-process.
import { createRunletBackend, createRunletHandlers } from '@runlet/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';

export const backend = createRunletBackend();
const server = setupServer(...createRunletHandlers({ backend }));

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  server.resetHandlers();
  backend.reset();
});
afterAll(() => server.close());
