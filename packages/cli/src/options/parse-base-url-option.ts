import { isRunletError, Runlet } from '@runlet/node';
import { UsageError } from '../errors.js';

/**
 * Commander parser of `--base-url`: `https:`, or `http:` to a loopback host. The Runlet constructor checks
 * the URL (and nothing else: credentials are read at the first request), so the CLI applies the SDK's rule.
 */
export function parseBaseURLOption(value: string): string {
  try {
    new Runlet({ baseURL: value, env: {} });
  } catch (error) {
    if (isRunletError(error)) throw new UsageError(error.message.replace('the `baseURL` option', '--base-url'));
    throw error;
  }
  return value.replace(/\/+$/, '');
}
