import type { ApiOperationId } from '@runlet/types';
import type { Principal } from '../backend/authenticate.js';
import type { BackendState } from '../backend/backend-state.js';
import type { StreamEvent } from '../backend/stream-event.js';
import type { OperationInput } from '../backend/validate-input.js';

export interface OperationContext<Id extends ApiOperationId> extends OperationInput<Id> {
  principal: Principal;
  /** Backend-clock time of the request. */
  now: number;
  state: BackendState;
}

/** A JSON answer, or (`events`) a `text/event-stream` answer. */
export type OperationResult = { status: number; body: unknown } | { status: 200; events: readonly StreamEvent[] };

export type OperationHandler<Id extends ApiOperationId> = (
  context: OperationContext<Id>,
) => OperationResult | Promise<OperationResult>;

/** One handler per operationId of the spec: a missing one does not compile. */
export type OperationHandlers = { [Id in ApiOperationId]: OperationHandler<Id> };
