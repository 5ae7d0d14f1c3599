import { compileWorkbook, inputValue, type CompiledWorkbook } from '../model/compileWorkbook';
import { goalDefinitions } from '../model/goals';
import type { Plan } from '../model/planSchema';
import type { ScenarioChanges } from '../model/scenarioChanges';
import {
  applyError,
  DEFAULT_MODEL,
  drawErrors,
  setupDraws,
  type UncertaintyModel,
} from '../model/uncertainty/draws';
import { seededRandom } from '../model/uncertainty/random';
import {
  probability,
  spreadOf,
  type ScenarioChances,
  type SimulationSummary,
} from '../model/uncertainty/summary';
import type { CellAddress } from '../model/workbookLayout';
import { allYears, type Year } from '../model/years';
import { createBatchEvaluator, type BatchEvaluator } from './batchEvaluator';

export type SimulationOptions = {
  readonly draws: number;
  readonly seed: number;
  readonly model?: UncertaintyModel;
  /** Called every `progressEvery` draws with the number done; `false` stops the run (the result is then undefined). */
  readonly onProgress?: (done: number) => boolean;
  readonly progressEvery?: number;
};

export const MAX_DRAWS = 100_000;

/** A scenario ready to be drawn: its evaluator and the cells the simulation writes and reads. */
type Prepared = {
  readonly evaluator: BatchEvaluator;
  readonly inputs: readonly {
    readonly cells: readonly (CellAddress | undefined)[];
    readonly values: readonly number[];
  }[];
  readonly balanskrav: readonly (CellAddress | undefined)[];
  readonly resultat: readonly (CellAddress | undefined)[];
  readonly goals: readonly {
    readonly goalId: string;
    readonly label: string;
    readonly cells: readonly { readonly year: Year; readonly address: CellAddress }[];
  }[];
};

const prepare = (
  plan: Plan,
  workbook: CompiledWorkbook,
  changes: ScenarioChanges,
  inputIds: readonly string[],
  years: readonly Year[],
): Prepared => {
  const { layout, rows } = workbook;
  return {
    evaluator: createBatchEvaluator(workbook),
    inputs: inputIds.map((id) => {
      const row = rows.byId.get(id);
      return {
        cells: years.map((year) => layout.cellOf(id, year)),
        values: years.map((year) => (row?.kind === 'input' ? inputValue(row, changes, year) : 0)),
      };
    }),
    balanskrav: years.map((year) => layout.cellOf('balanskravsresultat', year)),
    resultat: years.map((year) => layout.cellOf('arets_resultat', year)),
    goals: goalDefinitions(plan)
      .filter((goal) => goal.missing === undefined)
      .map((goal) => {
        const row = rows.byId.get(goal.metRow);
        return {
          goalId: goal.id,
          label: goal.label,
          cells: row
            ? layout.yearsOfRow(row).flatMap((year) => {
                const address = layout.cellOf(goal.metRow, year);
                return address ? [{ year, address }] : [];
              })
            : [],
        };
      }),
  };
};

const numberAt = (evaluator: BatchEvaluator, address: CellAddress | undefined): number => {
  const value = address ? evaluator.read(address) : null;
  return typeof value === 'number' ? value : Number.NaN;
};

/**
 * A Monte Carlo of the plan's forecast errors (issue 15, item 3) for one or more scenarios on the same draws,
 * so a comparison between them is the scenarios' difference, not the dice's. Each draw moves the drivers the
 * plan has by their drawn errors from each scenario's own values and reads balanskravsresultat, årets
 * resultat and every goal's verdict through the batch evaluator. Seeded: the same seed gives the same summary.
 *
 * @example
 *   simulate(plan, [NO_CHANGES], { draws: 10_000, seed: 1 }).scenarios[0].years[2].balanskrav.p; // 0,62…
 */
export const simulate = (
  plan: Plan,
  scenarios: readonly ScenarioChanges[],
  options: SimulationOptions,
): SimulationSummary | undefined => {
  const draws = Math.min(MAX_DRAWS, Math.max(1, Math.floor(options.draws)));
  const years = allYears(plan);
  const workbooks = scenarios.map((changes) => compileWorkbook(plan, changes));
  const first = workbooks[0];
  if (!first) throw new Error('Inget scenario att simulera');
  const setup = setupDraws(
    options.model ?? DEFAULT_MODEL,
    plan.years.base,
    years,
    (id) => first.rows.byId.get(id)?.kind === 'input',
  );
  const inputIds = setup.drivers.map((driver) => driver.inputId);
  const prepared = scenarios.map((changes, i) =>
    prepare(plan, workbooks[i] ?? first, changes, inputIds, years),
  );
  const balanskrav = prepared.map(() => years.map(() => new Float64Array(draws)));
  const resultat = prepared.map(() => years.map(() => new Float64Array(draws)));
  const goalHits = prepared.map((p) => p.goals.map((goal) => goal.cells.map(() => 0)));
  const random = seededRandom(options.seed);
  const every = options.progressEvery ?? 500;

  for (let d = 0; d < draws; d += 1) {
    const draw = drawErrors(setup, random);
    prepared.forEach((scenario, s) => {
      setup.drivers.forEach((driver, i) => {
        const errors = draw.get(driver.id);
        const input = scenario.inputs[i];
        if (!errors || !input) return;
        input.cells.forEach((address, y) => {
          if (address)
            scenario.evaluator.set(address, applyError(driver, input.values[y] ?? 0, errors[y] ?? 0));
        });
      });
      years.forEach((_, y) => {
        (balanskrav[s]?.[y] as Float64Array)[d] = numberAt(scenario.evaluator, scenario.balanskrav[y]);
        (resultat[s]?.[y] as Float64Array)[d] = numberAt(scenario.evaluator, scenario.resultat[y]);
      });
      scenario.goals.forEach((goal, g) =>
        goal.cells.forEach(({ address }, c) => {
          if (scenario.evaluator.read(address) === true) {
            const hits = goalHits[s]?.[g];
            if (hits) hits[c] = (hits[c] ?? 0) + 1;
          }
        }),
      );
    });
    if ((d + 1) % every === 0 && options.onProgress?.(d + 1) === false) return undefined;
  }

  const summaries: ScenarioChances[] = prepared.map((scenario, s) => ({
    years: years.map((year, y) => {
      const bkr = balanskrav[s]?.[y] ?? new Float64Array(0);
      let met = 0;
      for (const value of bkr) if (value >= 0) met += 1;
      return {
        year,
        balanskrav: probability(met, draws),
        balanskravsresultat: spreadOf(bkr),
        aretsResultat: spreadOf(resultat[s]?.[y] ?? new Float64Array(0)),
      };
    }),
    goals: scenario.goals.map((goal, g) => ({
      goalId: goal.goalId,
      label: goal.label,
      years: goal.cells.map(({ year }, c) => ({
        year,
        chance: probability(goalHits[s]?.[g]?.[c] ?? 0, draws),
      })),
    })),
  }));
  const a = balanskrav[0];
  const b = balanskrav[1];
  return {
    draws,
    seed: options.seed,
    scenarios: summaries,
    ...(a && b
      ? {
          secondBetter: years.map((year, y) => {
            let better = 0;
            const first = a[y] ?? new Float64Array(0);
            const second = b[y] ?? new Float64Array(0);
            for (let d = 0; d < draws; d += 1) if ((second[d] ?? 0) > (first[d] ?? 0)) better += 1;
            return { year, chance: probability(better, draws) };
          }),
        }
      : {}),
  };
};
