import type { ScenarioHistory } from '../model/history/scenarioHistory';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { EditJournal } from './editJournal';
import type { StoredHistory } from './historyRecord';
import type { HistoryChange } from './historyStore';
import type { JournalEntry } from './journalSources';
import type { ReadRecord } from './scenarioRecord';
import type { Settings } from './settingsRecord';
import type { StorageStatus } from './storageStatus';

export type SavedScenario = Extract<ReadRecord, { kind: 'scenario' }>;
export type UnreadableScenario = Exclude<ReadRecord, { kind: 'scenario' }>;

export type SaveResult =
  | { readonly ok: true; readonly saved: SavedScenario }
  | { readonly ok: false; readonly reason: 'conflict'; readonly current: SavedScenario }
  | { readonly ok: false; readonly reason: 'protected'; readonly message: string };

export type RepositoryContents = {
  readonly scenarios: readonly SavedScenario[];
  readonly unreadable: readonly UnreadableScenario[];
};

export type ScenarioRepository = {
  readonly status: () => StorageStatus;
  readonly onStatusChange: (listener: (status: StorageStatus) => void) => () => void;
  readonly loadAll: () => Promise<RepositoryContents>;
  readonly load: (id: string) => Promise<ReadRecord | undefined>;
  /**
   * Saves a document if the stored record still has `expectedRevision` (0: none yet); otherwise reports the
   * newer record and writes nothing. A record from a newer app or one that cannot be read is never overwritten.
   */
  readonly save: (
    document: ScenarioDocument,
    options: { readonly expectedRevision: number; readonly deletedAt?: string | undefined },
  ) => Promise<SaveResult>;
  /** Read-modify-write of the newest stored version (rename, delete, restore of a scenario not being edited). */
  readonly update: (
    id: string,
    change: (saved: SavedScenario) => { document: ScenarioDocument; deletedAt: string | undefined },
  ) => Promise<SaveResult | undefined>;
  /**
   * For `pagehide`: starts writing the document at once (no lock, no read, no check) under a journal key,
   * so a page closing before its save ends loses nothing; `foldJournal` hands it to the next start.
   */
  readonly journal: (document: ScenarioDocument, baseRevision: number) => void;
  /**
   * Journals a committed edit in the edit journal, synchronously, before any save (see EditJournal): the
   * tab's `seq`-th edit, of `document` as it builds on the saved `baseRevision`.
   */
  readonly journalEdit: (tab: string, seq: number, document: ScenarioDocument, baseRevision: number) => void;
  readonly settleJournal: EditJournal['settle'];
  /**
   * Hands every journalled edit no open tab will save (see readJournalSources) to `fold`, which saves
   * them, and then removes them; one tab at a time, so two tabs restored after a crash fold them once.
   */
  readonly foldJournal: (fold: (entries: readonly JournalEntry[]) => Promise<void>) => Promise<void>;
  readonly clearJournal: (id: string) => Promise<void>;
  readonly loadSettings: () => Promise<Settings>;
  readonly updateSettings: (change: (settings: Settings) => Settings) => Promise<Settings>;
  /** The scenario's history (its status and saved versions); an empty one where none is kept yet. */
  readonly loadHistory: (id: string) => Promise<StoredHistory>;
  /**
   * Changes a saved scenario's history under the scenario's lock (a version saved with a note, a status,
   * a restore): `change` gets the stored history and the scenario as saved now.
   */
  readonly changeHistory: (
    id: string,
    change: (history: ScenarioHistory, saved: SavedScenario) => ScenarioHistory,
  ) => Promise<HistoryChange>;
};
