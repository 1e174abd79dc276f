import { UsageError } from '../errors.js';
import { credentialProblem } from './credential-problem.js';

/**
 * Commander parser of `--api-key`: a secret key, checked offline (a client token is for browsers). It throws a
 * `UsageError` rather than commander's `InvalidArgumentError`, whose message would repeat the value.
 */
export function parseApiKeyOption(value: string): string {
  const problem = credentialProblem(value, ['rl_live_', 'rl_test_'], 'key given with --api-key');
  if (problem !== undefined) throw new UsageError(problem);
  return value;
}
