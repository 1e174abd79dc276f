import type { Schemas } from '@runlet/node';
import type { Style } from './create-style.js';

/** A key status, coloured: active green, rotated yellow, expired and revoked red; one not known yet, plain. */
export function statusText(status: Schemas['ApiKey']['status'], style: Style): string {
  if (status === 'active') return style.green(status);
  if (status === 'rotated') return style.yellow(status);
  if (status === 'expired' || status === 'revoked') return style.red(status);
  return status;
}
