import { compileWorkbook, type CompiledWorkbook } from '../model/compileWorkbook';
import type { Plan } from '../model/planSchema';
import type { Results } from '../model/results';
import type { ScenarioChanges } from '../model/scenarioChanges';
import { createEngine } from './createEngine';

/** Builds a workbook, reads every figure and releases the engine: for the CLI, tests and comparisons. */
export const calculateOnce = (
  plan: Plan,
  changes: ScenarioChanges,
): { readonly workbook: CompiledWorkbook; readonly results: Results } => {
  const workbook = compileWorkbook(plan, changes);
  const engine = createEngine(workbook, changes);
  try {
    return { workbook, results: engine.results() };
  } finally {
    engine.destroy();
  }
};
