import type { Style } from './create-style.js';

/** A label and its value, one line of a details view. */
export type Field = readonly [label: string, value: string];

/** Labels and values in two aligned columns, the labels dim. */
export function formatFields(fields: readonly Field[], style: Style): string {
  const width = Math.max(0, ...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${style.dim(label.padEnd(width))}  ${value}`).join('\n');
}
