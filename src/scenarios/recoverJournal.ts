import type { ScenarioDocument } from '../model/scenarioDocument';
import type { SavedScenario, ScenarioRepository } from '../persistence/scenarioRepository';
import { COPY_FROM_OTHER_TAB, uniqueName } from './libraryState';

const sameContent = (a: ScenarioDocument, b: ScenarioDocument) =>
  JSON.stringify([a.name, a.changes, a.notes]) === JSON.stringify([b.name, b.changes, b.notes]);

/**
 * Saves what a page wrote to the journal as it closed (its save had not ended): as the scenario's next
 * revision when nothing was saved since, as a copy when another tab saved in between, not at all when the
 * save did end after all. Updates `records`; returns a Swedish notice when a copy was made.
 */
export const recoverJournal = async (
  repository: ScenarioRepository,
  records: Map<string, SavedScenario>,
  newId: () => string,
  now: () => Date,
): Promise<string | undefined> => {
  let notice: string | undefined;
  for (const { document, baseRevision } of await repository.takeJournal()) {
    const current = records.get(document.id);
    if (current && sameContent(current.document, document)) continue;
    const revision = current?.revision ?? 0;
    const copy = revision !== baseRevision;
    const taken = new Set([...records.values()].map((s) => s.document.name));
    const name = copy ? uniqueName(`${document.name}${COPY_FROM_OTHER_TAB}`, taken) : document.name;
    const toSave = copy
      ? { ...document, id: newId(), name, createdAt: now().toISOString(), updatedAt: now().toISOString() }
      : document;
    const result = await repository.save(toSave, { expectedRevision: copy ? 0 : revision });
    if (!result.ok) continue;
    records.set(toSave.id, result.saved);
    if (copy)
      notice = `Ändringar som inte hann sparas när en flik stängdes har sparats som ”${name}”, eftersom ”${document.name}” hade ändrats i en annan flik.`;
  }
  return notice;
};
