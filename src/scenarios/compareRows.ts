import { cellAt, type ResultValue, type Results } from '../model/results';
import type { ModelRows } from '../model/modelRows';
import type { StatementSheet } from '../model/rowSpec';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { WorkbookLayout } from '../model/workbookLayout';
import type { GridRow } from './selectors';

/** One model row in a comparison: the plan's values and, per compared scenario, a grid row against the plan. */
export type CompareRow = {
  readonly id: string;
  readonly label: string;
  /** Per compared scenario, in order: its values against the plan's, as the grid shows a row. */
  readonly scenarios: readonly GridRow[];
  /** True when some scenario differs from the plan in some year. */
  readonly differs: boolean;
};

const differs = (a: ResultValue, b: ResultValue): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) > 1e-9 : a !== b;

/** The rows of one sheet for a comparison of several scenarios against the plan. */
export const compareRows = (
  rows: ModelRows,
  layout: WorkbookLayout,
  sheet: StatementSheet,
  planResults: Results,
  scenarios: readonly { readonly results: Results; readonly changes: ScenarioChanges }[],
): readonly CompareRow[] =>
  rows.ofSheet(sheet).map((row) => {
    const years = layout.yearsOfRow(row);
    const valuesOf = (results: Results) =>
      Object.fromEntries(years.map((year) => [String(year), cellAt(results, row.id, year)]));
    const plan = valuesOf(planResults);
    const gridRows = scenarios.map((scenario): GridRow => ({
      row,
      years,
      plan,
      scenario: valuesOf(scenario.results),
      changed: new Set(Object.keys(scenario.changes.inputs[row.id] ?? {})),
    }));
    return {
      id: row.id,
      label: row.label,
      scenarios: gridRows,
      differs: gridRows.some((g) =>
        years.some((y) => differs(g.scenario[String(y)] ?? null, plan[String(y)] ?? null)),
      ),
    };
  });
