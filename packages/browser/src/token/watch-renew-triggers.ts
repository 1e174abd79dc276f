import type { RenewEventTarget } from './token-manager-options.js';

/**
 * Calls `renew` when the device comes back `online` and when the page becomes visible again: background
 * tabs and sleeping devices throttle or freeze timers, so the renewal timer may not have fired. Returns a
 * function that removes both listeners.
 */
export function watchRenewTriggers(target: RenewEventTarget, renew: () => void): () => void {
  const onOnline = () => renew();
  // Fired at the document and bubbling to the window, so `event.target` is the document.
  const onVisibilityChange = (event: Event) => {
    const state = (event.target as { visibilityState?: unknown } | null)?.visibilityState;
    if (state !== 'hidden') renew();
  };
  target.addEventListener('online', onOnline);
  target.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    target.removeEventListener('online', onOnline);
    target.removeEventListener('visibilitychange', onVisibilityChange);
  };
}
