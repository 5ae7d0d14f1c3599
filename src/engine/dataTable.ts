import { compileWorkbook, inputValue } from '../model/compileWorkbook';
import type { RowId } from '../model/rowId';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { Plan } from '../model/planSchema';
import { applyError, DEFAULT_MODEL, typicalErrors, type UncertaintyModel } from '../model/uncertainty/draws';
import type { DriverUncertainty } from '../model/uncertainty/parameters';
import type { Year } from '../model/years';
import {
  ERROR_STEPS,
  ORE_STEPS,
  type DataTable,
  type TableAxis,
  type TableDriver,
} from '../model/uncertainty/dataTableAxes';
import { createBatchEvaluator } from './batchEvaluator';

/**
 * Like Excel's two-way data table, live (issue 15, item 2): `figure` in `year` for every pair of moves of two
 * drivers from the scenario's own values. The skattesats moves in every year by öre; an uncertain driver by
 * multiples of its typical error at each year's horizon, as the tornado moves it.
 *
 * @example
 *   dataTable(plan, NO_CHANGES, { kind: 'skattesats' }, { kind: 'uncertainty', id: 'prisindex' }, 2027, 'balanskravsresultat');
 */
export const dataTable = (
  plan: Plan,
  changes: ScenarioChanges,
  rowDriver: TableDriver,
  columnDriver: TableDriver,
  year: Year,
  figure: RowId,
  /** The error model whose typical errors the uncertain drivers move by: the sources', unless edited. */
  model: UncertaintyModel = DEFAULT_MODEL,
): DataTable => {
  const workbook = compileWorkbook(plan, changes);
  const { layout, rows } = workbook;
  const evaluator = createBatchEvaluator(workbook);
  const uncertain = (id: string): DriverUncertainty | undefined =>
    model.drivers.find((driver) => driver.id === id);
  const inputOf = (driver: TableDriver) =>
    driver.kind === 'skattesats' ? 'skattesats' : uncertain(driver.id)?.inputId;
  const axis = (driver: TableDriver): TableAxis => ({
    driver,
    label:
      driver.kind === 'skattesats'
        ? (rows.byId.get('skattesats')?.label ?? 'Skattesats')
        : (uncertain(driver.id)?.label ?? driver.id),
    steps: driver.kind === 'skattesats' ? ORE_STEPS : ERROR_STEPS,
  });
  /** The driver's value in each year, moved by `step`. */
  const moved = (driver: TableDriver, step: number): { year: Year; value: number }[] => {
    const row = rows.byId.get(inputOf(driver) ?? '');
    if (row?.kind !== 'input') throw new Error('Planen har inte den drivaren');
    const error = driver.kind === 'uncertainty' ? uncertain(driver.id) : undefined;
    const rowYears = layout.yearsOfRow(row);
    const typical = error ? typicalErrors(error, plan.years.base, rowYears) : [];
    return rowYears.map((y, i) => {
      const value = inputValue(row, changes, y);
      return {
        year: y,
        value: error ? applyError(error, value, step * (typical[i] ?? 0)) : value + step / 100,
      };
    });
  };
  const set = (driver: TableDriver, values: readonly { year: Year; value: number }[]) => {
    const id = inputOf(driver) ?? '';
    for (const { year: y, value } of values) {
      const address = layout.cellOf(id, y);
      if (address) evaluator.set(address, value);
    }
  };
  if (inputOf(rowDriver) === inputOf(columnDriver)) throw new Error('Välj två olika drivare');
  const target = layout.cellOf(figure, year);
  const row = axis(rowDriver);
  const column = axis(columnDriver);
  const cells = row.steps.map((r) => {
    set(rowDriver, moved(rowDriver, r));
    return column.steps.map((c) => {
      set(columnDriver, moved(columnDriver, c));
      const value = target ? evaluator.read(target) : null;
      return typeof value === 'number' ? value : Number.NaN;
    });
  });
  return { year, row, column, cells };
};
