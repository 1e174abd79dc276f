// A consumer's browser tests: the reference backend in the page, behind msw's setupWorker and its real service
// worker, and one RunletBrowser through every operation a client token may call.
import { expect, test } from 'vitest';
import { describeInChromiumWith } from './harness/describe-in-chromium.js';
import { expectNoClientHeaderLeaks } from './harness/expect-no-client-header-leaks.js';
import { succeeded } from './harness/start-browser-fixture.js';
import { inMswPage, startMswWorkerFixture } from './harness/start-msw-worker-fixture.js';

const OPERATIONS_IN_ORDER = [
  'getMe',
  'createSandbox',
  'listSandboxes',
  'getSandbox',
  'execSandbox',
  'pauseSandbox',
  'resumeSandbox',
  'deleteSandbox',
  'listAgents',
  'getAgent',
  'createRun',
  'getRun',
];

describeInChromiumWith('RunletBrowser under msw’s setupWorker in Chromium', startMswWorkerFixture, (fixture) => {
  test('one client through every operation sends no header of one request with another', async () => {
    const { origin, openPage } = fixture();
    const page = await openPage();
    // A real service worker, not msw's fallback that patches fetch in the page.
    expect(succeeded(await inMswPage(page, 'start'))).toBe(`${origin}/mockServiceWorker.js`);

    const { called, tokensFetched, requests } = succeeded(await inMswPage(page, 'callEveryOperation'));

    expect(called).toEqual(OPERATIONS_IN_ORDER);
    const minted = requests.filter((request) => request.operationId === 'createToken');
    const calls = requests.filter((request) => request.operationId !== 'createToken');
    // Nothing else, not even a CORS preflight: the service worker answers before the network would send one.
    expect(calls.map((request) => request.operationId)).toEqual(OPERATIONS_IN_ORDER);
    expectNoClientHeaderLeaks(calls);
    // One token served the whole sequence.
    expect(tokensFetched).toBe(1);
    expect(minted).toHaveLength(1);
    expect(minted[0]?.status).toBe(201);
    expect([...new Set(calls.map((request) => request.tokenId))]).toEqual([expect.stringMatching(/^ct_/)]);
    expect(new Set(calls.map((request) => request.headers.authorization)).size).toBe(1);
    for (const request of calls) expect(request.headers['x-runlet-client']).toMatch(/runlet-browser\/\S+ \(browser\)$/);
  });
});
