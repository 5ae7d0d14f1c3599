import type { CompiledWorkbook } from './compileWorkbook';
import { cellAt, type ResultValue, type Results } from './results';
import type { StatementSheet, Unit } from './rowSpec';

export type StatementRow = {
  readonly id: string;
  readonly label: string;
  readonly unit: Unit;
  readonly kind: 'input' | 'plan' | 'formula';
  readonly values: Readonly<Record<string, ResultValue>>;
};
export type StatementTable = { readonly sheet: StatementSheet; readonly rows: readonly StatementRow[] };

/** The computed statements as plain tables, sheet by sheet, in the plan's row order. */
export const statementTables = (
  workbook: CompiledWorkbook,
  results: Results,
  sheets: readonly StatementSheet[],
): readonly StatementTable[] =>
  sheets.map((sheet) => ({
    sheet,
    rows: workbook.rows.ofSheet(sheet).map((row) => ({
      id: row.id,
      label: row.label,
      unit: row.unit,
      kind: row.kind,
      values: Object.fromEntries(
        workbook.layout.yearsOfRow(row).map((year) => [String(year), cellAt(results, row.id, year)]),
      ),
    })),
  }));
