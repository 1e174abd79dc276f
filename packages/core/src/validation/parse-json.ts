import { parsedBodies } from '../client/parsed-bodies.js';
import { BodyNotJsonError } from './body-not-json-error.js';

/**
 * ky's `parseJson`: the JSON the wrapped fetch already parsed while checking the body, else `text` parsed; an
 * empty body is `undefined`, one that is not JSON a `BodyNotJsonError`.
 */
export function parseJson(text: string, { request }: { request: Request }): unknown {
  if (parsedBodies.has(request)) return parsedBodies.get(request);
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyNotJsonError(text.slice(0, 60).replace(/\s+/g, ' '));
  }
}
