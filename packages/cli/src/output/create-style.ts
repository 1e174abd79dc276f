import pc from 'picocolors';

/** picocolors' colour functions, enabled or not. */
export type Style = ReturnType<typeof pc.createColors>;

/**
 * Colours for one output stream: on for a terminal, off when it is a pipe or file, when `NO_COLOR` is set
 * (https://no-color.org) or `TERM=dumb`; `FORCE_COLOR` turns them on anyway.
 */
export function createStyle(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && !['', '0', 'false'].includes(env.FORCE_COLOR);
  return pc.createColors(!noColor && (force || (stream.isTTY === true && env.TERM !== 'dumb')));
}
