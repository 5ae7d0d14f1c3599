import type { CompiledWorkbook } from '../model/compileWorkbook';
import { NO_CHANGES } from '../model/scenarioChanges';
import { createBatchEngine, type BatchEngine } from './batchEngine';
import { UnsupportedFormula } from './batchEvaluator';
import { createEngine, type Engine } from './createEngine';

/**
 * The one engine every analysis owns (goal seek, attribution, step values, compare): build it, sync a
 * scenario, read results, destroy. It is the batch evaluator behind HyperFormula's `Engine` interface
 * (proven equal on every cell, `tests/engine/batchEngine.property.test.ts`), and HyperFormula itself only
 * if a workbook ever holds a formula the batch evaluator refuses. The interactive grid keeps HyperFormula.
 * The workbook must be compiled without changes.
 *
 * @example
 *   const engine = createAnalysisEngine(compileWorkbook(plan, NO_CHANGES));
 *   engine.sync(changes);
 *   engine.results();
 */
export const createAnalysisEngine = (workbook: CompiledWorkbook): Engine | BatchEngine => {
  try {
    return createBatchEngine(workbook);
  } catch (error) {
    if (error instanceof UnsupportedFormula) return createEngine(workbook, NO_CHANGES);
    throw error;
  }
};
