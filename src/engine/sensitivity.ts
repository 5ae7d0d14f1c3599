import { compileWorkbook, inputValue } from '../model/compileWorkbook';
import { goalDefinitions } from '../model/goals';
import type { Plan } from '../model/planSchema';
import type { RowId } from '../model/rowId';
import type { ScenarioChanges } from '../model/scenarioChanges';
import { applyError, DEFAULT_MODEL, typicalErrors, type UncertaintyModel } from '../model/uncertainty/draws';
import type { UncertaintyId } from '../model/uncertainty/parameters';
import { allYears, type Year } from '../model/years';
import { createBatchEvaluator } from './batchEvaluator';

/** A figure the tornado ranks drivers by: balanskravsresultat, or a goal's value. */
export type SensitivityFigure = { readonly id: string; readonly label: string; readonly row: RowId };

export type SensitivityBar = {
  readonly driverId: UncertaintyId;
  readonly label: string;
  /** The move in each modelled year, in the driver's own terms (procentenheter, or percent of the level). */
  readonly move: readonly number[];
  /** Per figure: its change when the driver is moved down and up by `move` (mnkr, or the goal's unit). */
  readonly effects: Readonly<Record<string, { readonly down: number; readonly up: number }>>;
};

export type Sensitivity = {
  readonly year: Year;
  readonly figures: readonly SensitivityFigure[];
  /** The scenario's own value of each figure in the year. */
  readonly base: Readonly<Record<string, number>>;
  /** Ranked by the swing (|up − down|) of balanskravsresultat, largest first. */
  readonly bars: readonly SensitivityBar[];
};

const BALANSKRAV: SensitivityFigure = {
  id: 'balanskravsresultat',
  label: 'Balanskravsresultat',
  row: 'balanskravsresultat',
};

/**
 * The tornado (issue 15, item 2): each uncertain driver the plan has moved down and up by one typical
 * forecast error in every modelled year (one standard deviation at that year's horizon), or by the user's own
 * step (the same in every year), with its effect on balanskravsresultat and each goal's value in `year`.
 * A consistent miss in every year, as a känslighetsanalys states it; the simulation is the calibrated answer.
 *
 * @example
 *   sensitivity(plan, NO_CHANGES, 2027).bars[0].label; // "Skatteunderlagets tillväxt"
 */
export const sensitivity = (
  plan: Plan,
  changes: ScenarioChanges,
  year: Year,
  options: {
    readonly model?: UncertaintyModel;
    readonly steps?: Partial<Record<UncertaintyId, number>>;
  } = {},
): Sensitivity => {
  const workbook = compileWorkbook(plan, changes);
  const { layout, rows } = workbook;
  const evaluator = createBatchEvaluator(workbook);
  const years = allYears(plan);
  const figures: SensitivityFigure[] = [
    BALANSKRAV,
    ...goalDefinitions(plan)
      // A goal on balanskravsresultat itself is the first figure already.
      .filter(
        (goal) =>
          goal.missing === undefined &&
          goal.kind !== 'balanskrav' &&
          layout.cellOf(goal.valueRow, year) !== undefined,
      )
      .map((goal) => ({ id: goal.id, label: goal.label, row: goal.valueRow })),
  ];
  const read = () =>
    Object.fromEntries(
      figures.map((figure) => {
        const address = layout.cellOf(figure.row, year);
        const value = address ? evaluator.read(address) : null;
        return [figure.id, typeof value === 'number' ? value : Number.NaN];
      }),
    );
  const base = read();
  const bars: SensitivityBar[] = [];
  for (const driver of (options.model ?? DEFAULT_MODEL).drivers) {
    const row = rows.byId.get(driver.inputId);
    if (row?.kind !== 'input') continue;
    const own = options.steps?.[driver.id];
    const typical = typicalErrors(driver, plan.years.base, years);
    const move = years.map((_, i) => own ?? typical[i] ?? 0);
    const cells = years.map((y) => layout.cellOf(driver.inputId, y));
    const values = years.map((y) => inputValue(row, changes, y));
    const moved = (sign: number) => {
      cells.forEach((address, i) => {
        if (address) evaluator.set(address, applyError(driver, values[i] ?? 0, sign * (move[i] ?? 0)));
      });
      const result = read();
      cells.forEach((address, i) => {
        if (address) evaluator.set(address, values[i] ?? 0);
      });
      return result;
    };
    const down = moved(-1);
    const up = moved(1);
    bars.push({
      driverId: driver.id,
      label: driver.label,
      move,
      effects: Object.fromEntries(
        figures.map((f) => [
          f.id,
          { down: (down[f.id] ?? 0) - (base[f.id] ?? 0), up: (up[f.id] ?? 0) - (base[f.id] ?? 0) },
        ]),
      ),
    });
  }
  const swing = (bar: SensitivityBar) => {
    const effect = bar.effects[BALANSKRAV.id];
    return effect ? Math.abs(effect.up - effect.down) : 0;
  };
  return { year, figures, base, bars: bars.sort((a, b) => swing(b) - swing(a)) };
};
