import { closeSession } from '../model/history/scenarioHistory';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { journalRecord, memoryJournal, type EditJournal } from './editJournal';
import { createHistoryStore } from './historyStore';
import { openIdbBackend, requestPersistentStorage } from './idbBackend';
import { openJournal } from './journalThread';
import { PAGEHIDE_JOURNAL_PREFIX, readJournalSources } from './journalSources';
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
import type {
  SavedScenario,
  UnreadableScenario,
  SaveResult,
  ScenarioRepository,
} from './scenarioRepositoryApi';
import { isNewerSettings, readSettings, SETTINGS_KEY, toSettingsRecord } from './settingsRecord';
import type { StorageBackend } from './storageBackend';
import { storageFailure, type StorageStatus } from './storageStatus';
import { withLock } from './withLock';

export type {
  RepositoryContents,
  SavedScenario,
  SaveResult,
  ScenarioRepository,
  UnreadableScenario,
} from './scenarioRepositoryApi';

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

  const histories = createHistoryStore({ read, write, keepBackup, now });

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
    // Before the record is replaced: a session that paused long enough keeps its last state as a version.
    if (previous) await histories.update(document.id, (history) => closeSession(history, previous, now()));
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
    loadHistory: (id) => histories.load(id),
    changeHistory: (id, change) => {
      const key = scenarioKey(id);
      return withLock(lockName(key), async () => {
        const current = await readScenario(key);
        if (current?.kind !== 'scenario')
          return { ok: false, message: current?.message ?? 'Scenariot är inte sparat ännu.' };
        return histories.update(id, (history) => change(history, current));
      });
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
