import type { Schemas } from '@runlet/node';
import type { Style } from './create-style.js';

/** A key status, coloured: active green, rotated yellow, expired and revoked red. */
export function statusText(status: Schemas['KeyStatus'], style: Style): string {
  if (status === 'active') return style.green(status);
  if (status === 'rotated') return style.yellow(status);
  return style.red(status);
}
