/** The command line asks for something impossible; exits with 2. The message says what to do instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}
