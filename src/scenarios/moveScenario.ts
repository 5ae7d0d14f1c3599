import type { Plan } from '../model/planSchema';
import { planRef, type ScenarioDocument } from '../model/scenarioDocument';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { ScenarioLibrary } from './libraryState';

export type MoveResult =
  | { readonly ok: true; readonly document: ScenarioDocument }
  | { readonly ok: false; readonly message: string };

/**
 * "Flytta scenariot" onto the open plan version: the scenario's changes as carried (rebaseScenario) are
 * saved as a scenario of this version and opened. The scenario as it was stays on the version it was made
 * for, with its history, so last month's proposal can still be reopened there as it was; an example is
 * read-only and stays as it is too.
 */
export const moveOnto = async (
  library: ScenarioLibrary,
  document: ScenarioDocument,
  target: Plan,
  changes: ScenarioChanges,
): Promise<MoveResult> => {
  const [copy] = await library.importCopies([{ ...document, plan: planRef(target), changes }]);
  if (!copy)
    return { ok: false, message: 'Scenariot kunde inte sparas på den här versionen. Inget har flyttats.' };
  await library.open(copy.id);
  return { ok: true, document: copy };
};
