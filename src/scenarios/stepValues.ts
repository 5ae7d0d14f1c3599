import { useEffect, useState } from 'react';
import { createAnalysisEngine } from '../engine/analysisEngine';
import type { Engine } from '../engine/createEngine';
import type { CompiledWorkbook } from '../model/compileWorkbook';
import type { Results } from '../model/results';
import type { ScenarioChanges } from '../model/scenarioChanges';
import {
  collectStepValues,
  computeStepValues,
  personEffectKr,
  PERSON_INCOME_KR,
  PERSON_STEP_ORE,
  stepRuns,
  stepSpecsFor,
  stepYearOf,
  type StepValue,
  type StepYear,
} from '../model/stepValues';
import type { Year } from '../model/years';
import { useDeferredScenario, useScenarioStore } from './useScenario';

/** A full set of step values for one scenario, with what it cost to compute. */
export type StepValues = {
  readonly changes: ScenarioChanges;
  readonly steps: readonly StepValue[];
  /** How many times the model was re-run, and the milliseconds that took in total (not building the engine). */
  readonly runs: number;
  readonly ms: number;
};

/** "+10 öre = 300 kr per år vid 300 000 kr beskattningsbar inkomst", from the öre step. */
export const PERSON_STEP = {
  incomeKr: PERSON_INCOME_KR,
  ore: PERSON_STEP_ORE,
  kr: personEffectKr(PERSON_INCOME_KR, PERSON_STEP_ORE),
} as const;

/** Runs `work` later; `timeRemaining` says how long the slice may go on. Returns a cancel. */
export type SliceScheduler = (work: (timeRemaining: () => number) => void) => () => void;

/** Milliseconds one slice may compute before it yields to input and rendering (about four re-runs). */
const SLICE_MS = 6;

/**
 * After the edit's frame has been painted (a task queued from the frame after it), then in short tasks, one
 * per frame. Not requestIdleCallback: headless Chromium and busy pages may give no idle period until its
 * timeout.
 */
const afterPaintScheduler: SliceScheduler = (work) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(() => work(() => 0), 0);
    return () => clearTimeout(timer);
  }
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const end = performance.now() + SLICE_MS;
        work(() => end - performance.now());
      }, 0);
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export type StepValueCalculator = {
  /** Computes every step value at once (tests, CLI); memoised on the changes object. */
  readonly compute: (changes: ScenarioChanges) => StepValues;
  /** Computes after the edit is painted, in slices of a few re-runs, so typing never waits; returns a cancel. */
  readonly schedule: (
    changes: ScenarioChanges,
    done: (values: StepValues) => void,
    scheduler?: SliceScheduler,
  ) => () => void;
  readonly destroy: () => void;
};

/**
 * One engine, kept apart from the store's, re-run with one input a step higher per step and year. The
 * workbook must be compiled without changes (the store's `workbook` is).
 */
export const createStepValueCalculator = (
  workbook: CompiledWorkbook,
  years: readonly Year[] = workbook.layout.years,
): StepValueCalculator => {
  let engine: Engine | undefined;
  const memo = new WeakMap<ScenarioChanges, StepValues>();
  const specs = stepSpecsFor(workbook.plan, new Set(workbook.rows.inputs.map((row) => row.id)));
  const run = (changes: ScenarioChanges): Results => {
    engine ??= createAnalysisEngine(workbook);
    engine.sync(changes);
    return engine.results();
  };
  const remember = (values: StepValues) => {
    memo.set(values.changes, values);
    return values;
  };

  return {
    compute: (changes) => {
      const cached = memo.get(changes);
      if (cached) return cached;
      engine ??= createAnalysisEngine(workbook);
      const started = performance.now();
      const steps = computeStepValues(changes, years, run, specs);
      const runs = 1 + steps.reduce((n, step) => n + step.years.length, 0);
      return remember({ changes, steps, runs, ms: performance.now() - started });
    },
    schedule: (changes, done, scheduler = afterPaintScheduler) => {
      const cached = memo.get(changes);
      if (cached) {
        done(cached);
        return () => undefined;
      }
      const state: { base?: Results; runs?: ReturnType<typeof stepRuns>; outcomes: StepYear[] } = {
        outcomes: [],
      };
      let ms = 0;
      let cancel = () => {};
      const slice = (timeRemaining: () => number) => {
        if (!engine) {
          // Building the second workbook is one long task; it gets its own slice and is not counted.
          engine = createAnalysisEngine(workbook);
          cancel = scheduler(slice);
          return;
        }
        const started = performance.now();
        do {
          if (!state.base || !state.runs) {
            state.base = run(changes);
            state.runs = stepRuns(state.base, changes, years, specs);
            continue;
          }
          const next = state.runs[state.outcomes.length];
          if (!next) break;
          state.outcomes.push(stepYearOf(state.base, next, run(next.changes)));
        } while (timeRemaining() > 0);
        ms += performance.now() - started;
        if (state.runs && state.outcomes.length === state.runs.length) {
          const steps = collectStepValues(state.outcomes, state.runs, specs);
          done(remember({ changes, steps, runs: state.runs.length + 1, ms }));
        } else cancel = scheduler(slice);
      };
      cancel = scheduler(slice);
      return () => cancel();
    },
    destroy: () => engine?.destroy(),
  };
};

const calculators = new WeakMap<object, StepValueCalculator>();

/**
 * The step values of the scenario on screen, computed after the edit has been painted and memoised on the
 * document's changes; `undefined` until the first set is ready. The shown set may lag one edit behind for
 * a few milliseconds; `current` says whether it belongs to the changes on screen.
 */
export const useStepValues = (): { values: StepValues | undefined; current: boolean } => {
  const store = useScenarioStore();
  // Deferred: the edit's own render does not touch the panel ("Räknar om …" comes with React's next render).
  const changes = useDeferredScenario((state) => state.document.changes);
  const [values, setValues] = useState<StepValues | undefined>();

  useEffect(() => {
    let calculator = calculators.get(store);
    if (!calculator) {
      calculator = createStepValueCalculator(store.workbook);
      calculators.set(store, calculator);
    }
    return calculator.schedule(changes, setValues);
  }, [store, changes]);

  return { values, current: values?.changes === changes };
};
