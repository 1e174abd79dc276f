import type { Schemas } from '@runlet/node';
import type { Style } from './create-style.js';
import type { Field } from './format-fields.js';
import { formatTime } from './format-time.js';
import { statusText } from './status-text.js';

/** The details of a key, for `keys show` and after every change. */
export function keyFields(key: Schemas['ApiKey'], style: Style): Field[] {
  const fields: Field[] = [
    ['id', key.id],
    ['name', key.name],
    ['status', statusText(key.status, style)],
    ['secret', `${key.prefix}…${key.lastFour}`],
    ['environment', key.environment],
    ['type', key.type],
    ['scopes', key.scopes.join(', ')],
    ['profile', key.profile ?? '—'],
    ['tier', key.tier],
    ['created', formatTime(key.createdAt)],
    ['expires', formatTime(key.expiresAt)],
    ['last used', formatTime(key.lastUsedAt)],
    ['allowed IPs', key.allowedIps.length === 0 ? 'any' : key.allowedIps.join(', ')],
    ['agent', key.agentId ?? 'any'],
    ['signature', key.requireSignature ? 'required' : 'optional'],
  ];
  if (key.revokedAt !== null) fields.push(['revoked', formatTime(key.revokedAt)]);
  if (key.rotatedFrom !== null) fields.push(['rotated from', key.rotatedFrom]);
  if (key.status === 'rotated' && key.graceExpiresAt !== null) {
    fields.push(['works until', formatTime(key.graceExpiresAt)]);
  }
  return fields;
}
