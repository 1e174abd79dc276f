import type { BackendClock } from '../runlet-backend.js';
import { formatEvent, type StreamEvent } from './stream-event.js';

const encoder = new TextEncoder();

export interface EventStreamOptions {
  clock: BackendClock;
  /** Ends the stream early (with an error, as a dropped connection) after this many events. */
  dropAfter?: number | undefined;
  /** Aborted when the client goes away: pending events are cancelled. */
  signal?: AbortSignal | undefined;
  /** Called with each event's text as it is sent. */
  onSend?: (text: string) => void;
}

/**
 * The body of an event-stream answer: each event is enqueued when the backend clock reaches its time (a
 * `setTimeout` for the difference, so fake timers drive it), and the stream closes after the last one.
 */
export function eventStreamBody(
  events: readonly StreamEvent[],
  options: EventStreamOptions,
): ReadableStream<Uint8Array> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let index = 0;
  let sent = 0;
  let done = false;
  const stop = () => {
    done = true;
    clearTimeout(timer);
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const onAbort = () => {
        if (done) return;
        stop();
        try {
          controller.close();
        } catch {
          // already closed or errored
        }
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      // A timer that fired sends its event even when a frozen clock has not reached the event's time.
      const pump = (fired = false) => {
        let due = fired;
        timer = undefined;
        while (!done) {
          if (options.dropAfter !== undefined && sent >= options.dropAfter) {
            stop();
            // With no event before the drop, a comment still gets the response head to the client.
            if (sent === 0) controller.enqueue(encoder.encode(': keep-alive\n\n'));
            // A turn later, so that the client holds the response (and the events before) when the drop comes.
            setTimeout(() => controller.error(new TypeError(`The stream was dropped after ${sent} events.`)), 0);
            return;
          }
          const next = events[index];
          if (!next) {
            stop();
            options.signal?.removeEventListener('abort', onAbort);
            controller.close();
            return;
          }
          const wait = next.at - options.clock.now();
          if (wait > 0 && !due) {
            timer = setTimeout(() => pump(true), wait);
            return;
          }
          due = false;
          index++;
          sent++;
          const text = formatEvent(next);
          options.onSend?.(text);
          controller.enqueue(encoder.encode(text));
        }
      };
      pump();
    },
    cancel() {
      stop();
    },
  });
}
