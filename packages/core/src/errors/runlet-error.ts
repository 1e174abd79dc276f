const TAG = Symbol.for('runlet.error');

/** The base of every error the SDK throws. */
export class RunletError extends Error {
  override name = 'RunletError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, TAG, { value: true });
  }
}

/** Whether `error` is a Runlet error, even one thrown by another copy of the package. */
export function isRunletError(error: unknown): error is RunletError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[TAG] === true;
}
