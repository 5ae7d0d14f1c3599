import { createAnalysisEngine } from '../engine/analysisEngine';
import type { Engine } from '../engine/createEngine';
import { compileWorkbook } from '../model/compileWorkbook';
import { evaluateGoals, type GoalStatus } from '../model/goals';
import type { Plan } from '../model/planSchema';
import type { Results } from '../model/results';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import type { ScenarioDocument } from '../model/scenarioDocument';

/** One scenario of a comparison: its document, every figure, and the goals judged on those figures. */
export type ComparedScenario = {
  readonly document: ScenarioDocument;
  readonly results: Results;
  readonly goals: readonly GoalStatus[];
};

export type ScenarioComparer = {
  /** Computes each document's results (cached per changes object) in the order given. */
  readonly compare: (documents: readonly ScenarioDocument[]) => readonly ComparedScenario[];
  readonly destroy: () => void;
};

/**
 * Computes several scenarios on one engine that is synced from one scenario's changes to the next, instead
 * of building a workbook per scenario (a sync costs a few milliseconds, a build a hundred and more).
 * Results are cached by the identity of a document's changes, which the store never mutates.
 */
export const createScenarioComparer = (plan: Plan): ScenarioComparer => {
  let engine: Engine | undefined;
  const cache = new WeakMap<ScenarioChanges, ComparedScenario['results']>();
  const resultsOf = (changes: ScenarioChanges): Results => {
    const cached = cache.get(changes);
    if (cached) return cached;
    engine ??= createAnalysisEngine(compileWorkbook(plan, NO_CHANGES));
    engine.sync(changes);
    const results = engine.results();
    cache.set(changes, results);
    return results;
  };
  const goalsMemo = new WeakMap<Results, readonly GoalStatus[]>();
  const goalsOf = (results: Results) => {
    const goals = goalsMemo.get(results) ?? evaluateGoals(plan, results);
    goalsMemo.set(results, goals);
    return goals;
  };
  return {
    compare: (documents) =>
      documents.map((document) => {
        const results = resultsOf(document.changes);
        return { document, results, goals: goalsOf(results) };
      }),
    destroy: () => {
      engine?.destroy();
      engine = undefined;
    },
  };
};
