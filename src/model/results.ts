import { cellProblem, type CellProblem } from './cellProblem';
import type { CompiledWorkbook } from './compileWorkbook';
import type { CellAddress } from './workbookLayout';
import type { Year } from './years';
import type { RowIdArg } from './rowId';

export type ResultValue = number | boolean | null | CellProblem;

/** Every figure of one computed scenario: `cells[rowId][year]`, plain frozen data. */
export type Results = {
  readonly years: readonly Year[];
  readonly cells: Readonly<Record<string, Readonly<Record<string, ResultValue>>>>;
};

/** What an engine cell read returns: a value, or the code of a formula error. */
export type RawRead = number | string | boolean | null | { readonly error: string };

/** A raw engine read as a result: a number, boolean or empty as it is; text or an error as a problem. */
export const resultValue = (raw: RawRead): ResultValue =>
  raw === null || typeof raw === 'number' || typeof raw === 'boolean'
    ? raw
    : typeof raw === 'string'
      ? cellProblem('VALUE')
      : cellProblem(raw.error);

/** Reads every row's cells through `read` into a frozen {@link Results}. */
export const readResults = (workbook: CompiledWorkbook, read: (address: CellAddress) => RawRead): Results => {
  const cells: Record<string, Record<string, ResultValue>> = {};
  for (const row of workbook.rows.all) {
    const values: Record<string, ResultValue> = {};
    for (const year of workbook.layout.yearsOfRow(row)) {
      const address = workbook.layout.cellOf(row.id, year);
      if (address) values[String(year)] = resultValue(read(address));
    }
    cells[row.id] = Object.freeze(values);
  }
  return Object.freeze({ years: workbook.layout.years, cells: Object.freeze(cells) });
};

/** A cell whose value the engine reports changed by a recalculation. */
export type CellUpdate = { readonly address: CellAddress; readonly value: RawRead };

/**
 * The results after `updates`, without reading the unchanged cells again: a row's object is shared with
 * `previous` unless one of its figures changed, so whoever compares rows by identity sees exactly the rows
 * an edit reached. Cells outside the statements' rows (the frame-change sheet) are ignored.
 */
export const updateResults = (
  workbook: CompiledWorkbook,
  previous: Results,
  updates: readonly CellUpdate[],
): Results => {
  const changed = new Map<string, Record<string, ResultValue>>();
  for (const { address, value } of updates) {
    const cell = workbook.layout.at(address.sheet, address.row, address.col);
    if (!cell) continue;
    const values = changed.get(cell.row.id) ?? { ...previous.cells[cell.row.id] };
    values[String(cell.year)] = resultValue(value);
    changed.set(cell.row.id, values);
  }
  if (changed.size === 0) return previous;
  const cells = { ...previous.cells };
  for (const [id, values] of changed) cells[id] = Object.freeze(values);
  return Object.freeze({ years: previous.years, cells: Object.freeze(cells) });
};

/** The cell of a row in a year; `null` where the row has no cell that year. */
export const cellAt = <T extends string>(results: Results, id: RowIdArg<T>, year: Year): ResultValue =>
  results.cells[id]?.[String(year)] ?? null;

/** A number, or `undefined` for an empty cell, a yes/no or a formula error. */
export const numberAt = <T extends string>(
  results: Results,
  id: RowIdArg<T>,
  year: Year,
): number | undefined => {
  const value = cellAt<string>(results, id, year);
  return typeof value === 'number' ? value : undefined;
};

/** A yes/no cell; `undefined` when it is empty or an error. */
export const flagAt = <T extends string>(
  results: Results,
  id: RowIdArg<T>,
  year: Year,
): boolean | undefined => {
  const value = cellAt<string>(results, id, year);
  return typeof value === 'boolean' ? value : undefined;
};
