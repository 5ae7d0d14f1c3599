import type { CompiledWorkbook } from './compileWorkbook';
import { cellAt, type ResultValue, type Results } from './results';
import type { StatementSheet, Unit } from './rowSpec';
import type { ColumnKind } from './workbookLayout';
import type { Year } from './years';

export type StatementRow = {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  /** Decimals the plan prints the row with, where the unit's default would hide them (Sjöbo's tenths). */
  readonly decimals?: number;
  readonly kind: 'input' | 'plan' | 'formula';
  readonly values: Readonly<Record<string, ResultValue>>;
};
export type StatementTable = {
  readonly sheet: StatementSheet;
  /** The sheet's columns: the earlier years it prints, then the modelled years. */
  readonly columns: readonly { readonly year: Year; readonly kind: ColumnKind }[];
  readonly rows: readonly StatementRow[];
};

/**
 * The computed statements as plain tables, sheet by sheet, in the plan's row order, with the earlier years
 * each prints; a statement the plan does not publish (no rows) is left out.
 */
export const statementTables = (
  workbook: CompiledWorkbook,
  results: Results,
  sheets: readonly StatementSheet[],
): readonly StatementTable[] =>
  sheets
    .filter((sheet) => workbook.rows.ofSheet(sheet).length > 0)
    .map((sheet) => ({
      sheet,
      columns: workbook.layout.columnsOf(sheet).map((year) => ({ year, kind: workbook.layout.kindOf(year) })),
      rows: workbook.rows.ofSheet(sheet).map((row) => ({
        id: row.id,
        label: row.label,
        unit: row.unit,
        ...(row.decimals === undefined ? {} : { decimals: row.decimals }),
        kind: row.kind,
        values: Object.fromEntries(
          workbook.layout.yearsOfRow(row).map((year) => [String(year), cellAt(results, row.id, year)]),
        ),
      })),
    }));
