/** The user cancelled a prompt; exits with 130 and nothing changed. */
export class CancelledError extends Error {
  override name = 'CancelledError';
}
