import { UsageError } from '../errors.js';

/**
 * The value of a required option, checked in the action rather than with commander's `requiredOption`:
 * commander reports a missing required option before an unknown one, so `--nmae x` would not get its
 * "Did you mean --name?".
 */
export function requireOption<T>(value: T | undefined, flag: string, example: string): T {
  if (value === undefined) throw new UsageError(`${flag} is required, like ${example}.`);
  return value;
}
