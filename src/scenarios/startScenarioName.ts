import type { ScenarioDocument } from '../model/scenarioDocument';
import type { SavedScenario, ScenarioRepository } from '../persistence/scenarioRepository';
import { uniqueName } from './libraryState';

/** The name of the scenario a user starts with (and gets again when the last one is deleted). */
export const START_SCENARIO_NAME = 'Mitt scenario';

/**
 * What earlier versions called that scenario. It is the user's own, editable scenario, not the plan, and
 * beside "Planen" (the decided plan, in Jämför, on the projector, in print) the name said the opposite.
 */
export const LEGACY_START_SCENARIO_NAME = 'Planen som beslutad';

/** A scenario from a file or a link, named as today's version names it (the legacy name becomes the new). */
export const withCurrentName = (document: ScenarioDocument): ScenarioDocument =>
  document.name === LEGACY_START_SCENARIO_NAME ? { ...document, name: START_SCENARIO_NAME } : document;

/**
 * Renames saved scenarios that still have the legacy name (in the Papperskorg too), keeping everything else,
 * `updatedAt` included, so the list keeps its order. Updates `records`; returns a Swedish notice when any
 * was renamed, and tells `onSaved` of each record written (for the other tabs).
 */
export const renameLegacyStartScenarios = async (
  repository: ScenarioRepository,
  records: Map<string, SavedScenario>,
  takenNames: () => ReadonlySet<string>,
  onSaved: (saved: SavedScenario) => void,
): Promise<string | undefined> => {
  let renamed: string | undefined;
  for (const [id, record] of records) {
    if (record.document.name !== LEGACY_START_SCENARIO_NAME) continue;
    const name = uniqueName(START_SCENARIO_NAME, takenNames());
    const result = await repository.update(id, (saved) => ({
      document: { ...saved.document, name },
      deletedAt: saved.deletedAt,
    }));
    if (!result?.ok) continue;
    records.set(id, result.saved);
    onSaved(result.saved);
    renamed = name;
  }
  return renamed === undefined
    ? undefined
    : `Scenariot som hette ”${LEGACY_START_SCENARIO_NAME}” heter nu ”${renamed}”: ”Planen” betyder bara den beslutade planen. Inget annat är ändrat.`;
};
