import type { Schemas } from '@runlet/node';
import type { Style } from './create-style.js';
import type { Field } from './format-fields.js';

/** The lines that show a new key's secrets, the one time they exist. */
export function secretFields(created: Schemas['CreatedApiKey'], style: Style): Field[] {
  const fields: Field[] = [['secret', style.bold(created.secret)]];
  if (created.signingSecret !== undefined) fields.push(['signing secret', style.bold(created.signingSecret)]);
  return fields;
}

/** The warning printed on stderr next to a new secret. */
export const SHOWN_ONCE_WARNING =
  'Copy the secret now and keep it in a secret manager: it will not be shown again. ' +
  'Lost it? Rotate the key with `runlet keys rotate <id>`.';
