import type { PlanVersionRef } from '../model/revisions/revision';
import type { ScenarioDocument } from '../model/scenarioDocument';

/**
 * Whether a saved scenario is listed with the open plan version. A scenario stays on the version it was
 * made for: one made for another version this browser has is listed there, not here. One whose version is
 * not here (a file from a version never loaded) is listed with every version of its plan, and one whose
 * plan is not here at all is listed with every plan, saying which plan it needs.
 *
 * @example
 *   listedWith({ id: 'p', version: 1 }, { id: 'p', version: 2 }, [{ id: 'p', version: 1 }, { id: 'p', version: 2 }]); // false
 */
export const listedWith = (
  scenarioPlan: ScenarioDocument['plan'] | PlanVersionRef,
  open: PlanVersionRef,
  known: readonly PlanVersionRef[],
): boolean => {
  if (scenarioPlan.id === open.id && scenarioPlan.version === open.version) return true;
  if (known.some((p) => p.id === scenarioPlan.id && p.version === scenarioPlan.version)) return false;
  return scenarioPlan.id === open.id || !known.some((p) => p.id === scenarioPlan.id);
};
