import type { ScenarioDocument } from '../model/scenarioDocument';
import type { EditJournal, JournalRecord } from './editJournal';
import { localJournal } from './localJournal';
import { readRecord } from './scenarioRecord';
import type { StorageBackend } from './storageBackend';
import { isTabGone } from './tabPresence';

/** A document journalled but perhaps not saved, and the revision it was based on. */
export type JournalEntry = { readonly document: ScenarioDocument; readonly baseRevision: number };

/** Where a closing page (`pagehide`) journals in the scenario store itself. */
export const PAGEHIDE_JOURNAL_PREFIX = 'journal:';

/** Plain data, as a file would hold it (the edit journal stores the document as it was in memory). */
const plain = (raw: unknown): unknown => {
  try {
    return JSON.parse(JSON.stringify(raw)) as unknown;
  } catch {
    return undefined;
  }
};

const toEntry = (raw: unknown, baseRevision?: number, id?: string): JournalEntry[] => {
  const record = readRecord('journal', plain(raw));
  if (record.kind !== 'scenario' || (id !== undefined && record.document.id !== id)) return [];
  return [{ document: record.document, baseRevision: baseRevision ?? record.revision - 1 }];
};

/**
 * Every journalled edit the next start should fold in: the edit journal's entries of tabs that are gone
 * (a tab still open saves its own), first, then what closing pages wrote to the scenario store and to
 * localStorage. `remove` deletes exactly what was read, once it is saved.
 */
export const readJournalSources = async (
  backend: StorageBackend,
  journal: EditJournal,
): Promise<{ readonly entries: readonly JournalEntry[]; readonly remove: () => Promise<void> }> => {
  const gone = new Map<string, boolean>();
  const edits: JournalRecord[] = [];
  for (const entry of await journal.entries().catch(() => [])) {
    if (!gone.has(entry.tab)) gone.set(entry.tab, await isTabGone(entry.tab));
    if (gone.get(entry.tab)) edits.push(entry);
  }
  const stored = (await backend.entries().catch(() => [])).filter(([key]) =>
    key.startsWith(PAGEHIDE_JOURNAL_PREFIX),
  );
  const local = localJournal.entries();
  return {
    entries: [
      ...edits.flatMap((edit) => toEntry(edit.record, edit.baseRevision, edit.id)),
      ...[...stored, ...local].flatMap(([, raw]) => toEntry(raw)),
    ],
    remove: async () => {
      await journal.remove(edits).catch(() => undefined);
      for (const [key] of stored) await backend.del(key).catch(() => undefined);
      localJournal.remove(local.map(([key]) => key));
    },
  };
};
