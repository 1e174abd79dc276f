import type { RenewEventTarget } from './token-manager-options.js';

const TRIGGERS = ['online', 'visibilitychange'];

/**
 * Calls `renew` when the device comes back `online` and when the page becomes visible again: background
 * tabs and sleeping devices throttle or freeze timers, so the renewal timer may not have fired. Returns a
 * function that removes both listeners.
 */
export function watchRenewTriggers(target: RenewEventTarget, renew: () => void): () => void {
  const listener = (event: Event) => {
    // `visibilitychange` is fired at the document and bubbles to the window, so `event.target` is the document.
    const state = (event.target as { visibilityState?: unknown } | null)?.visibilityState;
    if (event.type === 'online' || state !== 'hidden') renew();
  };
  for (const type of TRIGGERS) target.addEventListener(type, listener);
  return () => {
    for (const type of TRIGGERS) target.removeEventListener(type, listener);
  };
}
