import type { Fault } from '../runlet-backend.js';

export interface FaultQueue {
  add(fault: Fault): void;
  /** The first queued fault that matches, counted as used; null when none does. */
  take(method: string, pathname: string, target: string, when: 'before' | 'after' | 'stream'): Fault | null;
  clear(): void;
}

/** Faults injected with `failNext`, used first-in first-out among those that match. */
export function createFaultQueue(): FaultQueue {
  let queue: { fault: Fault; remaining: number }[] = [];
  const matches = (fault: Fault, method: string, pathname: string, target: string): boolean => {
    if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false;
    if (fault.path === undefined) return true;
    if (typeof fault.path === 'string') return fault.path === pathname || fault.path === target;
    fault.path.lastIndex = 0;
    return fault.path.test(target);
  };
  return {
    add(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1) {
        throw new TypeError(`failNext: times must be a whole number of at least 1, not ${String(fault.times)}.`);
      }
      if (fault.status !== undefined && (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599)) {
        throw new TypeError(`failNext: status must be an HTTP status from 200 to 599, not ${String(fault.status)}.`);
      }
      if ((fault.kind ?? 'error') === 'error' && fault.status !== undefined && fault.status < 400) {
        throw new TypeError('failNext: an error fault needs a status from 400 to 599; use kind "empty" for others.');
      }
      if (fault.after !== undefined && (fault.kind !== 'drop' || !Number.isInteger(fault.after) || fault.after < 0)) {
        throw new TypeError(
          `failNext: after is for kind "drop", a whole number of 0 or more, not ${String(fault.after)}.`,
        );
      }
      queue.push({ fault, remaining: times });
    },
    take(method, pathname, target, when) {
      const entry = queue.find(
        ({ fault }) =>
          (fault.kind === 'drop' ? 'stream' : (fault.when ?? 'before')) === when &&
          matches(fault, method, pathname, target),
      );
      if (!entry) return null;
      entry.remaining--;
      queue = queue.filter((queued) => queued.remaining > 0);
      return entry.fault;
    },
    clear() {
      queue = [];
    },
  };
}
