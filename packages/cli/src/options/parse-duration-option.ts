import { InvalidArgumentError } from 'commander';
import { formatDuration, parseDuration } from '../duration.js';

/** Commander parser of a duration option (`--ttl 10m`): its seconds. */
export function parseDurationOption(value: string): number {
  try {
    return parseDuration(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

/**
 * A commander parser of a duration from `min` to `max` seconds, checked here as the API would check it,
 * so that a value out of range is a usage error (exit 2) and nothing is sent.
 */
export function parseDurationWithin(min: number, max: number) {
  return (value: string): number => {
    const seconds = parseDurationOption(value);
    if (seconds < min || seconds > max) {
      throw new InvalidArgumentError(
        `"${value.trim()}" is ${seconds} s: write a duration from ${formatDuration(min)} to ${formatDuration(max)} (${min}–${max} s).`,
      );
    }
    return seconds;
  };
}
