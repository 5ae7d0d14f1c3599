import type { ScenarioDocument } from '../model/scenarioDocument';
import { journalRecord, memoryJournal, type EditJournal } from './editJournal';
import { openIdbBackend, requestPersistentStorage } from './idbBackend';
import { openJournal } from './journalThread';
import { PAGEHIDE_JOURNAL_PREFIX, readJournalSources, type JournalEntry } from './journalSources';
import { localJournal } from './localJournal';
import { memoryBackend } from './memoryBackend';
import { CURRENT_SCENARIO_SCHEMA_VERSION } from './migrations';
import {
  BACKUP_KEY_PREFIX,
  readRecord,
  SCENARIO_KEY_PREFIX,
  scenarioKey,
  toRecord,
  type ReadRecord,
} from './scenarioRecord';
import {
  isNewerSettings,
  readSettings,
  SETTINGS_KEY,
  toSettingsRecord,
  type Settings,
} from './settingsRecord';
import type { StorageBackend } from './storageBackend';
import { storageFailure, type StorageStatus } from './storageStatus';
import { withLock } from './withLock';

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
};

const lockName = (key: string) => `budgetverkstad:${key}`;

/**
 * The scenario repository over a storage backend. When a write or read fails (a full disk, storage taken
 * away), it moves everything it knows into the in-memory twin, reports the new status and keeps working.
 */
export const createScenarioRepository = (
  initial: StorageBackend,
  initialStatus: StorageStatus = {
    kind: initial.kind === 'memory' ? 'memory' : 'indexeddb',
  } as StorageStatus,
  now: () => Date = () => new Date(),
  journal: EditJournal = memoryJournal(),
): ScenarioRepository => {
  let backend = initial;
  let status = initialStatus;
  const cache = new Map<string, unknown>();
  const listeners = new Set<(status: StorageStatus) => void>();

  const fallBack = async (error: unknown) => {
    if (backend.kind === 'memory') throw error;
    const failed = backend;
    const seed = await failed.entries().catch(() => [...cache]);
    backend = memoryBackend([...seed, ...[...cache].filter(([key]) => !seed.some(([k]) => k === key))]);
    status = storageFailure(error);
    for (const listener of listeners) listener(status);
  };
  const read = async (key: string): Promise<unknown> => {
    try {
      return await backend.get(key);
    } catch (error) {
      await fallBack(error);
      return backend.get(key);
    }
  };
  const write = async (key: string, value: unknown) => {
    try {
      await backend.set(key, value);
    } catch (error) {
      await fallBack(error);
      await backend.set(key, value);
    }
    cache.set(key, value);
  };
  const keepBackup = async (key: string, raw: unknown, label: string) => {
    const backupKey = `${BACKUP_KEY_PREFIX}${key}@${label}`;
    if ((await read(backupKey)) === undefined) await write(backupKey, raw);
  };

  const readScenario = async (key: string): Promise<ReadRecord | undefined> => {
    const raw = await read(key);
    if (raw === undefined) return undefined;
    cache.set(key, raw);
    const record = readRecord(key, raw);
    if (record.kind === 'damaged') await keepBackup(key, raw, 'skadad');
    return record;
  };

  const commit = async (
    key: string,
    document: ScenarioDocument,
    revision: number,
    deletedAt: string | undefined,
    previous: SavedScenario | undefined,
  ): Promise<SaveResult> => {
    if (previous?.migratedFrom !== undefined)
      await keepBackup(key, cache.get(key), `v${previous.migratedFrom}`);
    const record = toRecord(document, revision, deletedAt, now(), CURRENT_SCENARIO_SCHEMA_VERSION);
    await write(key, record);
    const saved = readRecord(key, record);
    if (saved.kind !== 'scenario') return { ok: false, reason: 'protected', message: saved.message };
    return { ok: true, saved };
  };

  return {
    status: () => status,
    onStatusChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loadAll: async () => {
      let entries: readonly (readonly [string, unknown])[];
      try {
        entries = await backend.entries();
      } catch (error) {
        await fallBack(error);
        entries = await backend.entries();
      }
      const records: ReadRecord[] = [];
      for (const [key, raw] of entries) {
        cache.set(key, raw);
        if (!key.startsWith(SCENARIO_KEY_PREFIX)) continue;
        const record = readRecord(key, raw);
        if (record.kind === 'damaged') await keepBackup(key, raw, 'skadad');
        records.push(record);
      }
      return {
        scenarios: records.filter((r): r is SavedScenario => r.kind === 'scenario'),
        unreadable: records.filter((r): r is UnreadableScenario => r.kind !== 'scenario'),
      };
    },
    load: (id) => readScenario(scenarioKey(id)),
    save: (document, { expectedRevision, deletedAt }) => {
      const key = scenarioKey(document.id);
      return withLock(lockName(key), async () => {
        const current = await readScenario(key);
        if (current && current.kind !== 'scenario')
          return { ok: false, reason: 'protected', message: current.message };
        // A record that is gone (deleted for good elsewhere) is simply written again: the user's work is kept.
        if (current && current.revision !== expectedRevision)
          return { ok: false, reason: 'conflict', current };
        return commit(key, document, (current?.revision ?? 0) + 1, deletedAt, current);
      });
    },
    update: (id, change) => {
      const key = scenarioKey(id);
      return withLock(lockName(key), async () => {
        const current = await readScenario(key);
        if (!current) return undefined;
        if (current.kind !== 'scenario') return { ok: false, reason: 'protected', message: current.message };
        const next = change(current);
        return commit(key, next.document, current.revision + 1, next.deletedAt, current);
      });
    },
    journal: (document, baseRevision) => {
      const record = toRecord(document, baseRevision + 1, undefined, now(), CURRENT_SCENARIO_SCHEMA_VERSION);
      localJournal.write(document.id, record);
      void backend.setNow(`${PAGEHIDE_JOURNAL_PREFIX}${document.id}`, record).catch(() => undefined);
    },
    journalEdit: (tab, seq, document, baseRevision) =>
      journal.write(journalRecord(tab, seq, document, baseRevision, now())),
    settleJournal: (tab, id, upto, revision) => journal.settle(tab, id, upto, revision),
    foldJournal: (fold) =>
      withLock(lockName('journal'), async () => {
        const { entries, remove } = await readJournalSources(backend, journal);
        if (entries.length === 0) return;
        await fold(entries);
        await remove();
      }),
    clearJournal: async (id) => {
      localJournal.clear(id);
      await backend.del(`${PAGEHIDE_JOURNAL_PREFIX}${id}`).catch(() => undefined);
      cache.delete(`${PAGEHIDE_JOURNAL_PREFIX}${id}`);
    },
    loadSettings: async () => readSettings(await read(SETTINGS_KEY)),
    updateSettings: (change) =>
      withLock(lockName(SETTINGS_KEY), async () => {
        const raw = await read(SETTINGS_KEY);
        const next = change(readSettings(raw));
        if (!isNewerSettings(raw)) await write(SETTINGS_KEY, toSettingsRecord(next, now()));
        return next;
      }),
  };
};

/** IndexedDB where the browser has it; the in-memory twin, with a Swedish explanation, where it does not. */
export const openScenarioRepository = async (): Promise<ScenarioRepository> => {
  try {
    const [backend, journal] = await Promise.all([
      openIdbBackend(),
      openJournal().catch(() => memoryJournal()),
    ]);
    requestPersistentStorage();
    return createScenarioRepository(backend, undefined, undefined, journal);
  } catch (error) {
    return createScenarioRepository(memoryBackend(), storageFailure(error, 'unavailable'));
  }
};
