import type { ScenarioDocument } from '../model/scenarioDocument';
import type { ScenarioRepository } from '../persistence/scenarioRepository';
import type { Autosave } from './autosave';
import { isExampleId } from './examples';
import type { ScenarioStore } from './scenarioStore';

export type EditJournaling = {
  /** Call as a save of the open document starts; call what it returns when that save has succeeded. */
  readonly saving: (id: string) => (revision: number) => void;
  /** Every edit journalled for `id` is in a copy that is saved now: its entry goes. */
  readonly drop: (id: string) => void;
  /** For `pagehide`: the unsaved document to the closing page's journal as well (localStorage). */
  readonly journalNow: () => void;
  readonly stop: () => void;
};

type JournalRepository = Pick<
  ScenarioRepository,
  'journalEdit' | 'settleJournal' | 'journal' | 'clearJournal'
>;

/**
 * Journals every change of the open document synchronously, inside the command's dispatch (a store
 * listener: no timer, no lock, nothing awaited), so that a browser killed right after the edit keeps it;
 * autosave's revision-checked save follows and settles the entry. Back at the saved document (an undo),
 * the entry is dropped instead. Examples are never journalled (they are never saved).
 */
export const startEditJournaling = (
  store: Pick<ScenarioStore, 'getState' | 'subscribe'>,
  autosave: Pick<Autosave, 'isDirty'>,
  repository: JournalRepository,
  tab: string,
  baseRevision: () => number,
): EditJournaling => {
  let seq = 0;
  let journalled: ScenarioDocument | undefined;
  const closing = new Set<string>();
  const unsubscribe = store.subscribe(() => {
    const { document } = store.getState();
    if (document === journalled) return;
    journalled = document;
    if (isExampleId(document.id)) return;
    if (autosave.isDirty()) repository.journalEdit(tab, (seq += 1), document, baseRevision());
    else repository.settleJournal(tab, document.id, seq);
  });
  return {
    saving: (id) => {
      // The document being saved holds every edit journalled so far: the dispatch journals it first.
      const upto = seq;
      return (revision) => {
        repository.settleJournal(tab, id, upto, revision);
        if (closing.delete(id)) void repository.clearJournal(id);
      };
    },
    drop: (id) => repository.settleJournal(tab, id, seq),
    journalNow: () => {
      const { document } = store.getState();
      if (!autosave.isDirty() || isExampleId(document.id)) return;
      closing.add(document.id);
      repository.journal(document, baseRevision());
    },
    stop: unsubscribe,
  };
};
