import { stripVTControlCharacters } from 'node:util';
import type { Style } from './create-style.js';

// Ours: text-table renders exactly this but is unmaintained; columnify pads the last column, cli-table3 draws borders.

/** One column of a table: its header and how to show a row's cell. */
export interface Column<T> {
  header: string;
  cell: (row: T) => string;
}

/** A plain-text table: a dim header, columns two spaces apart, no trailing spaces. */
export function formatTable<T>(rows: readonly T[], columns: readonly Column<T>[], style: Style): string {
  const cells = rows.map((row) => columns.map((column) => column.cell(row)));
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...cells.map((line) => visibleLength(line[i] ?? ''))),
  );
  const render = (line: readonly string[]) =>
    line
      .map((cell, i) => (i === line.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - visibleLength(cell))))
      .join('  ')
      .trimEnd();
  const header = style.dim(render(columns.map((column) => column.header)));
  return [header, ...cells.map(render)].join('\n');
}

function visibleLength(text: string): number {
  return stripVTControlCharacters(text).length;
}
