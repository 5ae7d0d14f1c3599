import type { ModelRows } from './modelRows';
import type { Plan } from './planSchema';
import {
  cellName,
  STATEMENT_SHEETS,
  yearsOf,
  type RowSpec,
  type SheetName,
  type StatementSheet,
} from './rowSpec';
import { allYears, budgetYears, columnYears, type Year } from './years';
import type { RowIdArg } from './rowId';

/** What a column holds: a published earlier year, a budget year fullmäktige decides, or a kalkyl year. */
export type ColumnKind = 'history' | 'budget' | 'kalkyl';

export type CellAddress = { readonly sheet: SheetName; readonly row: number; readonly col: number };

/** Where a row's value for a year lives, and the reverse: the one module that knows addresses. */
export type WorkbookLayout = {
  /** The modelled years (budget and kalkyl): what a scenario changes and the goals judge. */
  readonly years: readonly Year[];
  /** The statements' columns: published history years, then the modelled years. */
  readonly columns: readonly Year[];
  readonly budgetYears: readonly Year[];
  /** The published years before the budget years (bokslut, föregående budget): shown, never changed. */
  readonly historyYears: readonly Year[];
  /** The columns a sheet shows: its history years where it prints them, then every modelled year. */
  readonly columnsOf: (sheet: StatementSheet) => readonly Year[];
  readonly kindOf: (year: Year) => ColumnKind;
  /** The years in which a row has a cell (one year for a scalar). */
  readonly yearsOfRow: (row: RowSpec) => readonly Year[];
  readonly cellOf: <T extends string>(id: RowIdArg<T>, year: Year) => CellAddress | undefined;
  readonly at: (sheet: SheetName, row: number, col: number) => { row: RowSpec; year: Year } | undefined;
  readonly nameOf: <T extends string>(id: RowIdArg<T>, year: Year) => string | undefined;
  readonly sheetSize: (sheet: StatementSheet) => { rows: number; cols: number };
};

/**
 * Row `i` of a sheet's rows sits in sheet row `i + 1` (row 0 holds the years); column year `k` sits in
 * column `k + 1` (column 0 holds the label). A scalar sits in the first budget year's column.
 */
export const workbookLayout = (plan: Plan, rows: ModelRows): WorkbookLayout => {
  const years = allYears(plan);
  const columns = columnYears(plan);
  const budget = budgetYears(plan);
  const yearsOfRow = (row: RowSpec) => yearsOf(row.span, years, budget);
  const position = new Map<string, CellAddress>();
  const reverse = new Map<string, { row: RowSpec; year: Year }>();
  for (const sheet of STATEMENT_SHEETS) {
    rows.ofSheet(sheet).forEach((row, index) => {
      for (const year of yearsOfRow(row)) {
        const address = { sheet, row: index + 1, col: columns.indexOf(year) + 1 };
        position.set(`${row.id}|${year}`, address);
        reverse.set(`${sheet}|${address.row}|${address.col}`, { row, year });
      }
    });
  }
  const sheetColumns = new Map(
    STATEMENT_SHEETS.map((sheet) => {
      const printed = new Set(rows.ofSheet(sheet).flatMap((row) => yearsOfRow(row)));
      return [sheet, columns.filter((year) => years.includes(year) || printed.has(year))] as const;
    }),
  );
  return {
    years,
    columns,
    budgetYears: budget,
    historyYears: columns.filter((year) => !years.includes(year)),
    columnsOf: (sheet) => sheetColumns.get(sheet) ?? years,
    kindOf: (year) => (budget.includes(year) ? 'budget' : years.includes(year) ? 'kalkyl' : 'history'),
    yearsOfRow,
    cellOf: (id, year) => {
      const row = rows.byId.get(id);
      if (row?.span === 'scalar') return position.get(`${id}|${budget[0]}`);
      return position.get(`${id}|${year}`);
    },
    at: (sheet, row, col) => reverse.get(`${sheet}|${row}|${col}`),
    nameOf: (id, year) => {
      const row = rows.byId.get(id);
      if (!row) return undefined;
      if (row.span === 'scalar') return row.name;
      return yearsOfRow(row).includes(year) ? cellName(row, year) : undefined;
    },
    sheetSize: (sheet) => ({ rows: rows.ofSheet(sheet).length + 1, cols: columns.length + 1 }),
  };
};
