import Decimal from 'decimal.js';
import { numberAt, type Results } from './results';
import type { Plan } from './planSchema';
import type { ScenarioChanges } from './scenarioChanges';
import type { Year } from './years';
import type { RowId } from './rowId';

/**
 * "What one step is worth" (issue 3 §6): how much one step of a driver moves the budget in a year, found by
 * re-running the model with that one input one step higher than in the scenario, never by a hard-coded
 * factor. This module is pure: the caller supplies `run`, which computes a scenario's results (an engine).
 */

export type StepId = 'ore' | 'invanare' | 'prisindex';

/** A figure the step moves: the sum of the listed rows' changes, in mnkr. */
export type StepEffectSpec = {
  readonly id: string;
  readonly label: string;
  readonly rows: readonly RowId[];
};

export type StepSpec = {
  readonly id: StepId;
  /** The Antaganden input that is raised by one step. */
  readonly inputId: RowId;
  /** The step in the input's own unit, as a decimal string so that adding it is exact. */
  readonly step: string;
  /** Swedish label, e.g. "1 öre skatt". */
  readonly label: string;
  readonly effects: readonly StepEffectSpec[];
};

const BALANSKRAV: StepEffectSpec = {
  id: 'balanskravsresultat',
  label: 'Balanskravsresultat',
  rows: ['balanskravsresultat'],
};

export const STEP_SPECS: readonly StepSpec[] = [
  {
    id: 'ore',
    inputId: 'skattesats',
    step: '0.01',
    label: '1 öre skatt',
    effects: [{ id: 'skatteintakter', label: 'Skatteintäkter', rows: ['skatteintakter'] }, BALANSKRAV],
  },
  {
    id: 'invanare',
    inputId: 'befolkning',
    step: '100',
    label: '100 invånare',
    effects: [
      {
        id: 'skatt_och_statsbidrag',
        label: 'Skatt och statsbidrag',
        rows: ['skatteintakter', 'generella_statsbidrag'],
      },
      BALANSKRAV,
    ],
  },
  {
    id: 'prisindex',
    inputId: 'prisindex',
    step: '0.1',
    label: 'Prisindex +0,1 procentenhet',
    effects: [
      {
        id: 'verksamhetens_nettokostnad',
        label: 'Verksamhetens nettokostnad',
        rows: ['verksamhetens_nettokostnad'],
      },
      BALANSKRAV,
    ],
  },
];

/**
 * The steps this plan has a driver for, the price index named as the plan names it ("LPIK +0,1
 * procentenhet", "PKV +0,1 procentenhet"); a plan without befolkning has no step of 100 invånare.
 */
export const stepSpecsFor = (plan: Plan, inputs: ReadonlySet<string>): readonly StepSpec[] =>
  STEP_SPECS.filter((spec) => inputs.has(spec.inputId)).map((spec) =>
    spec.id === 'prisindex' && plan.drivers.prisindex
      ? { ...spec, label: `${plan.drivers.prisindex.name} +0,1 procentenhet` }
      : spec,
  );

/** One step's effects in one year: mnkr per effect id; `undefined` where the model has no number. */
export type StepYear = {
  readonly year: Year;
  readonly effects: Readonly<Record<string, number | undefined>>;
};

export type StepValue = { readonly spec: StepSpec; readonly years: readonly StepYear[] };

/** Scenario changes with one input in one year set to `value`; everything else shared. */
export const withInput = (
  changes: ScenarioChanges,
  inputId: string,
  year: Year,
  value: number,
): ScenarioChanges => ({
  ...changes,
  inputs: { ...changes.inputs, [inputId]: { ...changes.inputs[inputId], [String(year)]: value } },
});

/** One re-run of the model: the scenario with one input one step higher in one year. */
export type StepRun = {
  readonly spec: StepSpec;
  readonly year: Year;
  readonly changes: ScenarioChanges;
};

/** The runs a full set of step values needs, one per step and year, from the scenario's own input values. */
export const stepRuns = (
  base: Results,
  changes: ScenarioChanges,
  years: readonly Year[],
  specs: readonly StepSpec[] = STEP_SPECS,
): StepRun[] =>
  specs.flatMap((spec) =>
    years.flatMap((year) => {
      const current = numberAt(base, spec.inputId, year);
      if (current === undefined) return [];
      const raised = new Decimal(current).plus(spec.step).toNumber();
      return [{ spec, year, changes: withInput(changes, spec.inputId, year, raised) }];
    }),
  );

const effectOf = (base: Results, raised: Results, rows: readonly string[], year: Year) => {
  let sum = 0;
  for (const row of rows) {
    const before = numberAt(base, row, year);
    const after = numberAt(raised, row, year);
    if (before === undefined || after === undefined) return undefined;
    sum += after - before;
  }
  return sum;
};

/** The effect of one run on each of its step's figures, in the run's year. */
export const stepYearOf = (base: Results, run: StepRun, raised: Results): StepYear => ({
  year: run.year,
  effects: Object.fromEntries(
    run.spec.effects.map((effect) => [effect.id, effectOf(base, raised, effect.rows, run.year)]),
  ),
});

/** Groups run outcomes by step, in the order of `specs`. */
export const collectStepValues = (
  outcomes: readonly StepYear[],
  runs: readonly StepRun[],
  specs: readonly StepSpec[] = STEP_SPECS,
): StepValue[] =>
  specs.map((spec) => ({
    spec,
    years: outcomes.filter((_, i) => runs[i]?.spec.id === spec.id),
  }));

/** Every step value of a scenario in one go: `run` computes results (the caller's engine). */
export const computeStepValues = (
  changes: ScenarioChanges,
  years: readonly Year[],
  run: (changes: ScenarioChanges) => Results,
  specs: readonly StepSpec[] = STEP_SPECS,
): StepValue[] => {
  const base = run(changes);
  const runs = stepRuns(base, changes, years, specs);
  return collectStepValues(
    runs.map((r) => stepYearOf(base, r, run(r.changes))),
    runs,
    specs,
  );
};

/** The skattesats step of the öre value, in kr per 100 kr of beskattningsbar inkomst. */
const ORE_STEP_KR = STEP_SPECS.find((spec) => spec.id === 'ore')?.step ?? '0.01';

/**
 * What a rate change costs one person: income × change in kr per 100 kr / 100.
 *
 * @example
 *   personEffectKr(300_000, 10); // 300 (kr per år for +10 öre)
 */
export const personEffectKr = (incomeKr: number, ore: number): number =>
  new Decimal(incomeKr).times(new Decimal(ORE_STEP_KR).times(ore)).div(100).toNumber();

export const PERSON_INCOME_KR = 300_000;
export const PERSON_STEP_ORE = 10;
