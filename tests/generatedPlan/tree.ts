import { catalogueRow } from '../../src/model/catalogue/catalogue';
import type { Source } from '../../src/model/planSchema';

/** A printed row as the generator builds it: figures in the plan's units (tenths or whole mnkr), by year. */
export type GenRow = {
  readonly id: string;
  readonly label?: string;
  readonly kind?: 'line' | 'sum' | 'varav';
  readonly of?: readonly string[];
  readonly in?: string;
  /** Units of the table (whole mnkr or tenths), or `percent` figures printed as they are. */
  cells: Record<string, number>;
  readonly percent?: boolean;
  readonly source?: Source;
};

/** What places a printed row in the sums. */
type SumShape = { readonly id: string; readonly in?: string | undefined };

/**
 * The printed lines that a sum is made of: each part the statement prints, descending into a printed
 * sum and into a part it does not print, down to printed lines. This is the layout of LKBR's tables (the
 * catalogue's `of`) plus the plan's own lines `in` a sum; the generator builds every printed sum from it.
 */
export const leavesOf = (rows: readonly SumShape[], id: string): string[] => {
  const printed = new Map(rows.map((row) => [row.id, row]));
  const children = (sum: string): string[] => {
    const standard = catalogueRow(sum);
    return [
      ...(standard?.kind === 'sum' ? (standard.of ?? []) : []),
      ...rows.filter((row) => row.in === sum).map((row) => row.id),
    ];
  };
  const walk = (sum: string): string[] =>
    children(sum).flatMap((child) => {
      if (!printed.has(child)) return walk(child);
      const below = walk(child);
      return below.length > 0 ? below : [child];
    });
  return walk(id);
};

/** Whether `id` is printed as a sum that has printed parts (a sum printed alone is read as a line). */
export const isSumWithParts = (rows: readonly SumShape[], id: string): boolean =>
  catalogueRow(id)?.kind === 'sum' && leavesOf(rows, id).length > 0;

/** Fills every printed sum with the sum of its printed lines, in each year where one of them has a figure. */
export const fillSums = (rows: readonly GenRow[]): void => {
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of rows) {
    if (!isSumWithParts(rows, row.id)) continue;
    const sums: Record<string, number> = {};
    for (const leaf of leavesOf(rows, row.id))
      for (const [year, value] of Object.entries(byId.get(leaf)?.cells ?? {}))
        sums[year] = (sums[year] ?? 0) + value;
    row.cells = sums;
  }
};

/** The printed sums of a statement with their lines: what the properties check the model's sums against. */
export const sumsOf = (rows: readonly GenRow[]): { id: string; leaves: string[] }[] =>
  rows
    .filter((row) => isSumWithParts(rows, row.id))
    .map((row) => ({ id: row.id, leaves: leavesOf(rows, row.id) }));

/** A row for every year of `years`, from `value(year)`. */
export const cellsFor = (years: readonly number[], value: (year: number) => number): Record<string, number> =>
  Object.fromEntries(years.map((year) => [String(year), value(year)]));
