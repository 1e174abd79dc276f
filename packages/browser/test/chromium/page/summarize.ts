import type { Schemas } from '@runlet/types';
import { isRunletError } from '../../../src/index.js';
import type { ErrorSummary, Outcome, PrincipalSummary } from './page-api.js';

/** Runs `work` and turns its result or its error into plain data that survives `page.evaluate`/`postMessage`. */
export async function attempt<T>(work: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: summarizeError(error) };
  }
}

/** Like `attempt`, for work that must not be awaited (a constructor's synchronous throw). */
export function attemptSync<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: summarizeError(error) };
  }
}

export function summarizeError(error: unknown): ErrorSummary {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const summary: ErrorSummary = {
    name: typeof fields.name === 'string' ? fields.name : typeof error,
    message: typeof fields.message === 'string' ? fields.message : String(error),
    isRunletError: isRunletError(error),
  };
  if (typeof fields.code === 'string') summary.code = fields.code;
  if (typeof fields.status === 'number') summary.status = fields.status;
  if (typeof fields.final === 'boolean') summary.final = fields.final;
  if (typeof fields.prefix === 'string') summary.prefix = fields.prefix;
  if (typeof fields.where === 'string') summary.where = fields.where;
  if (typeof fields.option === 'string') summary.option = fields.option;
  return summary;
}

export function summarizePrincipal(principal: Schemas['Principal']): PrincipalSummary {
  const { type, tokenId, keyId, scopes, subject } = principal;
  return { type, tokenId, keyId, scopes, subject };
}
