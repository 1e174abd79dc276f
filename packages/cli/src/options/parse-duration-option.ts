import { InvalidArgumentError } from 'commander';
import { parseDuration } from '../parse-duration.js';

/** Commander parser of a duration option (`--ttl 10m`): its seconds. */
export function parseDurationOption(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}
