import {
  columnLetter,
  frameChangeHeader,
  frameChangeNamedRanges,
  frameChangeRow,
  FRAME_TEXT_COLUMNS,
} from './frameChangeSheet';
import { modelRows, type ModelRows } from './modelRows';
import type { Plan } from './planSchema';
import {
  FRAME_CHANGE_SHEET,
  STATEMENT_SHEETS,
  type FormulaContext,
  type InputRow,
  type SheetName,
} from './rowSpec';
import { changedInput, type ScenarioChanges } from './scenarioChanges';
import { workbookLayout, type WorkbookLayout } from './workbookLayout';
import type { Year } from './years';

export type CellContent = string | number | boolean | null;
export type NamedExpression = { readonly name: string; readonly expression: string };

/** Everything the engine needs to build the workbook, as plain data (it can cross into a Web Worker). */
export type CompiledWorkbook = {
  readonly plan: Plan;
  readonly rows: ModelRows;
  readonly layout: WorkbookLayout;
  readonly sheets: Readonly<Record<SheetName, CellContent[][]>>;
  readonly namedExpressions: readonly NamedExpression[];
};

/** The value an input cell holds in a scenario: the scenario's change, else the plan's value. */
export const inputValue = (row: InputRow, changes: ScenarioChanges, year: Year): number =>
  changedInput(changes, row.id, year) ?? row.planValue(year);

const quoted = (sheet: SheetName) => `'${sheet}'`;

/**
 * Compiles a plan and a scenario's changes into sheets of constants and formulas plus one named expression
 * per cell, so every formula reads like `=Skatteunderlag_2025*Skattesats_2025/100`.
 *
 * @example
 *   const workbook = compileWorkbook(plan, NO_CHANGES);
 *   workbook.sheets.Resultatbudget[5]?.[1]; // "=Skatteunderlag_2025*Skattesats_2025/100"
 */
export const compileWorkbook = (plan: Plan, changes: ScenarioChanges): CompiledWorkbook => {
  const rows = modelRows(plan);
  const layout = workbookLayout(plan, rows);
  const { years, budgetYears } = layout;
  const ref: FormulaContext['ref'] = (id, year) => {
    const name = layout.nameOf(id, year ?? budgetYears[0] ?? 0);
    if (!name) throw new Error(`Formeln hänvisar till ${id} ${year ?? ''}, som saknar cell`);
    return name;
  };
  const has: FormulaContext['has'] = (id, year) => layout.nameOf(id, year) !== undefined;
  const context: FormulaContext = { plan, years, budgetYears, first: budgetYears[0] ?? 0, ref, has };

  const sheets = {} as Record<SheetName, CellContent[][]>;
  const namedExpressions: NamedExpression[] = [];
  for (const sheet of STATEMENT_SHEETS) {
    const size = layout.sheetSize(sheet);
    const cells: CellContent[][] = [['', ...layout.columns]];
    rows.ofSheet(sheet).forEach((row, index) => {
      const line: CellContent[] = Array.from({ length: size.cols }, () => null);
      line[0] = row.label;
      for (const year of layout.yearsOfRow(row)) {
        const address = layout.cellOf(row.id, year);
        if (!address) continue;
        line[address.col] =
          row.kind === 'formula'
            ? row.formula(year, context)
            : row.kind === 'input'
              ? inputValue(row, changes, year)
              : row.planValue(year);
        namedExpressions.push({
          name: ref(row.id, year),
          expression: `=${quoted(sheet)}!$${columnLetter(address.col)}$${address.row + 1}`,
        });
      }
      cells[index + 1] = line;
    });
    sheets[sheet] = cells;
  }
  sheets[FRAME_CHANGE_SHEET] = [
    frameChangeHeader(years),
    ...changes.frameChanges.map((change) => frameChangeRow(change, years)),
  ];
  namedExpressions.push(...frameChangeNamedRanges(years));
  return { plan, rows, layout, sheets, namedExpressions };
};

/**
 * The sheets as the engine computes them: every text a person or a plan wrote (a row's label, a header, a
 * frame change's name and nämnd) left out, so no such text can ever be read as a formula (issue 12). What is
 * left are numbers, the model's own formulas at the value cells, and the frame changes' typ.
 *
 * @example
 *   computedCells(workbook).Ramförändringar[1]; // [null, null, "kostnad", 1, 50, 50, null, …]
 */
export const computedCells = (workbook: CompiledWorkbook): Readonly<Record<SheetName, CellContent[][]>> => {
  const textColumns = (sheet: SheetName) => (sheet === FRAME_CHANGE_SHEET ? FRAME_TEXT_COLUMNS : 1);
  return Object.fromEntries(
    Object.entries(workbook.sheets).map(([sheet, cells]) => {
      const first = textColumns(sheet as SheetName);
      return [sheet, cells.map((line, r) => line.map((cell, c) => (r === 0 || c < first ? null : cell)))];
    }),
  ) as Record<SheetName, CellContent[][]>;
};
