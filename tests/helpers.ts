import { createEngine } from '../src/engine/createEngine';
import { calculateOnce } from '../src/engine/calculateOnce';
import type { CompiledWorkbook } from '../src/model/compileWorkbook';
import { norrbottenPlan } from '../src/model/norrbottenPlan';
import { numberAt, type Results } from '../src/model/results';
import { NO_CHANGES, type FrameChange, type ScenarioChanges } from '../src/model/scenarioChanges';

export const plan = norrbottenPlan();
export const planResults: Results = calculateOnce(plan, NO_CHANGES).results;

export const compute = (changes: ScenarioChanges): Results => calculateOnce(plan, changes).results;

/** A figure, failing loudly when the model has no number there. */
export const valueOf = (results: Results, id: string, year: number): number => {
  const value = numberAt(results, id, year);
  if (value === undefined) throw new Error(`No number for ${id} ${year}`);
  return value;
};

/** Scenario minus plan for one figure. */
export const deltaOf = (results: Results, id: string, year: number): number =>
  valueOf(results, id, year) - valueOf(planResults, id, year);

export const inputs = (values: ScenarioChanges['inputs']): ScenarioChanges => ({
  inputs: values,
  frameChanges: [],
});

export const frameChange = (overrides: Partial<FrameChange> & Pick<FrameChange, 'amounts'>): FrameChange => ({
  id: 'f1',
  name: 'Kollektivtrafik',
  namnd: 'Regionala utvecklingsnämnden',
  kind: 'kostnad',
  active: true,
  ...overrides,
});

export const YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;
export const BUDGET_YEARS = [2025, 2026, 2027] as const;

/** A printed row's values in one of the plan file's statements: `printed('resultatbudget', 'skatteintakter')`. */
export const printed = (
  statement: 'resultatbudget' | 'balansbudget' | 'finansieringsbudget',
  id: string,
): Readonly<Record<string, number>> => {
  const row = plan.statements[statement]?.rows.find((r) => r.id === id);
  if (!row) throw new Error(`The plan prints no ${id} in its ${statement}`);
  return row.values;
};

/**
 * One engine on a compiled workbook, as goal seek and attribution use it: `evaluate(changes)` syncs it and
 * reads the results. Call `destroy` in `afterAll`.
 */
export const engineEvaluator = (workbook: CompiledWorkbook) => {
  const engine = createEngine(workbook, NO_CHANGES);
  return {
    evaluate: (changes: ScenarioChanges): Results => {
      engine.sync(changes);
      return engine.results();
    },
    destroy: () => engine.destroy(),
  };
};
