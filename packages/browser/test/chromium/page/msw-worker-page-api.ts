import type { LoggedRequest } from '@runlet/testing';
import type { Outcome } from './page-api.js';

/** What the msw worker page exposes as `window.mswWorkerPage`; every value crosses `page.evaluate`, so it is plain data. */
export interface MswWorkerPageApi {
  /**
   * `setupWorker(...createRunletHandlers({ backend })).start()`; returns the script URL of the service worker
   * that then controls the page (null when msw fell back to patching `fetch`).
   */
  start(): Promise<Outcome<string | null>>;
  /** One `RunletBrowser` through every operation a client token may call, in an app's order. */
  callEveryOperation(): Promise<Outcome<SequenceResult>>;
}

export interface SequenceResult {
  /** The operationIds of the calls the page made, in order. */
  called: string[];
  /** How many times the client asked its `getToken` for a token. */
  tokensFetched: number;
  /** The reference backend's log (`backend.requests`), the page's own token minting included. */
  requests: LoggedRequest[];
}
