import type { BackendClock } from '../runlet-backend.js';

export interface ResettableClock extends BackendClock {
  /** Back to the start time the clock was created with. */
  restart(): void;
}

/** A clock that starts at `start` and runs with real time, or stands still when `frozen`. */
export function createClock(start: number | undefined, frozen: boolean): ResettableClock {
  let base = 0;
  let realAt = 0;
  const restart = () => {
    realAt = Date.now();
    base = start ?? realAt;
  };
  restart();
  return {
    now: () => (frozen ? base : base + (Date.now() - realAt)),
    advance(ms) {
      base += ms;
    },
    set(ms) {
      base = ms;
      realAt = Date.now();
    },
    restart,
  };
}
