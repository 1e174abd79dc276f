/** One server-sent event as the tests read it. */
export interface ReadEvent {
  id: string;
  event: string;
  // biome-ignore lint/suspicious/noExplicitAny: event payloads are read freely in assertions.
  data: any;
}

/** The events of an event-stream text (id, event, one data line each; comment lines skipped). */
export function parseEvents(text: string): ReadEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.split('\n').some((line) => line !== '' && !line.startsWith(':')))
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        fields.set(line.slice(0, colon), line.slice(colon + 1).replace(/^ /, ''));
      }
      return {
        id: fields.get('id') ?? '',
        event: fields.get('event') ?? '',
        data: JSON.parse(fields.get('data') ?? 'null'),
      };
    });
}

/** Reads a body to its end; a body that errors resolves with what arrived before and the error. */
export async function readStream(
  body: ReadableStream<Uint8Array> | null,
): Promise<{ text: string; events: ReadEvent[]; error: unknown }> {
  const decoder = new TextDecoder();
  let text = '';
  let error: unknown = null;
  if (body) {
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch (caught) {
      error = caught;
    }
  }
  return { text, events: parseEvents(text), error };
}
