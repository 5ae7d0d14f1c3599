import type { ScenarioDocument } from '../model/scenarioDocument';
import type { JournalEntry } from '../persistence/journalSources';
import type { SavedScenario, ScenarioRepository } from '../persistence/scenarioRepository';
import { COPY_FROM_OTHER_TAB, uniqueName } from './libraryState';

const sameContent = (a: ScenarioDocument, b: ScenarioDocument) =>
  JSON.stringify([a.name, a.changes, a.notes]) === JSON.stringify([b.name, b.changes, b.notes]);

/**
 * Saves what was journalled but perhaps not saved (an edit of a tab that crashed or closed before its save
 * ended): as the scenario's next revision when nothing was saved since, as a copy when another tab saved
 * in between, not at all when the save did end after all. Updates `records`; returns a Swedish notice when
 * a copy was made.
 */
export const recoverJournal = async (
  repository: ScenarioRepository,
  records: Map<string, SavedScenario>,
  newId: () => string,
  now: () => Date,
): Promise<string | undefined> => {
  let notice: string | undefined;
  const saveCopy = async (document: ScenarioDocument) => {
    const taken = new Set([...records.values()].map((s) => s.document.name));
    const name = uniqueName(`${document.name}${COPY_FROM_OTHER_TAB}`, taken);
    const at = now().toISOString();
    const copy = { ...document, id: newId(), name, createdAt: at, updatedAt: at };
    const result = await repository.save(copy, { expectedRevision: 0 });
    if (!result.ok) return;
    records.set(copy.id, result.saved);
    notice = `Ändringar som inte hann sparas när en flik eller webbläsaren stängdes har sparats som ”${name}”, eftersom ”${document.name}” hade ändrats i en annan flik.`;
  };
  const fold = async (entries: readonly JournalEntry[]) => {
    const folded: ScenarioDocument[] = [];
    for (const { document, baseRevision } of entries) {
      // The same edit from two journals (the edit journal and a closing page's) is saved once.
      if (folded.some((d) => d.id === document.id && sameContent(d, document))) continue;
      folded.push(document);
      // Read afresh: another tab may have saved since this one read the list.
      const stored = await repository.load(document.id);
      const current = stored?.kind === 'scenario' ? stored : undefined;
      if (current) records.set(document.id, current);
      if (current && sameContent(current.document, document)) continue;
      const result =
        stored === undefined || current?.revision === baseRevision
          ? await repository.save(document, { expectedRevision: current?.revision ?? 0 })
          : undefined;
      if (result?.ok) records.set(document.id, result.saved);
      // Changed elsewhere since the edit (or unreadable here): keep both, the edit as a copy.
      else await saveCopy(document);
    }
  };
  await repository.foldJournal(fold);
  return notice;
};
