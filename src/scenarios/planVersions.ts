import { compileWorkbook } from '../model/compileWorkbook';
import type { Plan } from '../model/planSchema';
import type { Results } from '../model/results';
import { makeRevision, type RevisionEdit, type RevisionResult } from '../model/revisions/revision';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import { createAnalysisEngine } from '../engine/analysisEngine';

/** A plan computed with changes on the analysis engine (proven equal to HyperFormula's, cell for cell). */
const compute = (plan: Plan, changes: ScenarioChanges): Results => {
  const engine = createAnalysisEngine(compileWorkbook(plan, NO_CHANGES));
  try {
    engine.sync(changes);
    return engine.results();
  } finally {
    engine.destroy();
  }
};

/**
 * "Ny prognos": a new version of the plan from the form's edit, named and dated, or the reasons it cannot
 * be one (in Swedish). The library numbers and saves it ({@link PlanLibrary.addVersion}).
 */
export const makePlanVersion = (
  plan: Plan,
  edit: RevisionEdit,
  meta: { readonly name: string; readonly date: string },
): RevisionResult => makeRevision(plan, edit, meta, compute);
