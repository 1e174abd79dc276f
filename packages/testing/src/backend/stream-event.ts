/** One server-sent event of a stream the backend answers, due at a backend-clock time. */
export interface StreamEvent {
  /** 1, 2, 3… within the stream; what `Last-Event-ID` names. */
  id: number;
  /** The `event:` field: the payload's `type`. */
  event: string;
  /** The payload, sent as one line of JSON. */
  data: { type: string } & Record<string, unknown>;
  /** Backend-clock time (ms since the epoch) at which the event is sent. */
  at: number;
}

/** Numbers a stream's events 1, 2, 3…, each named after its payload's `type`. */
export function numberEvents(events: readonly { data: StreamEvent['data']; at: number }[]): StreamEvent[] {
  return events.map(({ data, at }, index) => ({ id: index + 1, event: data.type, data, at }));
}

/** The wire form of one event: `id`, `event`, one `data` line, then a blank line. */
export function formatEvent(event: StreamEvent): string {
  return `id: ${event.id}\nevent: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
