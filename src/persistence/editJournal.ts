import * as v from 'valibot';
import type { ScenarioDocument } from '../model/scenarioDocument';
import { APP_VERSION, SCENARIO_FORMAT } from './envelope';
import { CURRENT_SCENARIO_SCHEMA_VERSION } from './migrations';
import type { ScenarioRecord } from './scenarioRecord';

/**
 * One committed edit that may not be saved yet: which tab made it, its place in that tab's order of edits,
 * the revision of the saved scenario it builds on, and the scenario as a save would store it (the envelope).
 */
export type JournalRecord = {
  readonly tab: string;
  readonly id: string;
  readonly seq: number;
  readonly baseRevision: number;
  /** The scenario envelope with the document as it is in memory (made plain data when it is read back). */
  readonly record: unknown;
};

/**
 * The edit journal: a write-ahead log of each tab's latest edit per scenario, in its own IndexedDB database
 * so that a journal write never queues behind a save. Writes start synchronously and never throw: the
 * normal revision-checked save follows, and `settle` removes what that save made redundant.
 */
export type EditJournal = {
  /** Starts the write at once (no lock, no read, explicit commit): called in the edit's own dispatch. */
  readonly write: (entry: JournalRecord) => void;
  /**
   * After a save of `id` that held the tab's edits up to `upto`: removes the entry, or, when a later edit is
   * journalled already, moves its base to the saved `revision` (it builds on that save, not on the old base).
   * Without `revision`, only removes (an undo back to the saved document, a copy that took the edits).
   */
  readonly settle: (tab: string, id: string, upto: number, revision?: number) => void;
  readonly entries: () => Promise<readonly JournalRecord[]>;
  readonly remove: (entries: readonly JournalRecord[]) => Promise<void>;
};

/**
 * The entry for a tab's `seq`-th edit: the envelope a save would store, but with the document as it is in
 * memory (no trip through JSON, as toRecord makes: that is left to the read after a crash, off the edit).
 */
export const journalRecord = (
  tab: string,
  seq: number,
  document: ScenarioDocument,
  baseRevision: number,
  now: Date,
): JournalRecord => {
  const record: ScenarioRecord = {
    format: SCENARIO_FORMAT,
    schemaVersion: CURRENT_SCENARIO_SCHEMA_VERSION,
    appVersion: APP_VERSION,
    savedAt: now.toISOString(),
    data: document,
    revision: baseRevision + 1,
  };
  return { tab, id: document.id, seq, baseRevision, record };
};

export const JOURNAL_DATABASE = 'budgetverkstad-journal';
const STORE = 'edits';
const OPEN_TIMEOUT_MS = 4000;

const journalRecordSchema = v.object({
  tab: v.string(),
  id: v.string(),
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  baseRevision: v.pipe(v.number(), v.integer(), v.minValue(0)),
  record: v.unknown(),
});
const readEntry = (raw: unknown): JournalRecord | undefined => {
  const parsed = v.safeParse(journalRecordSchema, raw);
  return parsed.success ? parsed.output : undefined;
};

const keyOf = (tab: string, id: string) => JSON.stringify([tab, id]);

/** What `settle` leaves of an entry: nothing, or the entry on its new base. */
const settled = (entry: JournalRecord | undefined, upto: number, revision: number | undefined) =>
  !entry || entry.seq <= upto
    ? undefined
    : revision === undefined
      ? entry
      : { ...entry, baseRevision: revision };

/** The journal's in-memory twin: for tests and for a browser without IndexedDB (then nothing outlives the tab). */
export const memoryJournal = (): EditJournal => {
  const entries = new Map<string, JournalRecord>();
  return {
    write: (entry) => void entries.set(keyOf(entry.tab, entry.id), structuredClone(entry)),
    settle: (tab, id, upto, revision) => {
      const next = settled(entries.get(keyOf(tab, id)), upto, revision);
      if (next) entries.set(keyOf(tab, id), next);
      else entries.delete(keyOf(tab, id));
    },
    entries: () => Promise.resolve([...entries.values()].map((entry) => structuredClone(entry))),
    remove: (taken) => {
      for (const entry of taken) entries.delete(keyOf(entry.tab, entry.id));
      return Promise.resolve();
    },
  };
};

const done = (request: IDBRequest | IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    const fail = () => reject(request.error ?? new Error('IndexedDB avbröt'));
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = fail;
      request.onabort = fail;
    } else {
      request.onsuccess = () => resolve();
      request.onerror = fail;
    }
  });

const openDatabase = (): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB svarar inte')), OPEN_TIMEOUT_MS);
    const request = indexedDB.open(JOURNAL_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => {
      clearTimeout(timer);
      // A newer app that upgrades the journal: step aside (later writes fail quietly, saves go on).
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    request.onerror = () => {
      clearTimeout(timer);
      reject(request.error ?? new Error('IndexedDB kunde inte öppnas'));
    };
  });

/**
 * The journal in IndexedDB. Measured in Chromium (tests/crash/storageProbe.ts): a put with an explicit
 * `commit()` is on disk ~1–2 ms after the call (without it, up to ~15–30 ms under load), while localStorage
 * is not on disk even 150 ms later. Strict durability: the write is flushed before it counts as done.
 */
export const openIdbJournal = async (): Promise<EditJournal> => {
  const db = await openDatabase();
  const transaction = (mode: IDBTransactionMode) => {
    const tx = db.transaction(STORE, mode, { durability: 'strict' });
    // A failed journal write (full disk, closed database) must not surface: the normal save remains.
    tx.onerror = (event) => event.preventDefault();
    return tx;
  };
  const quietly = (run: () => void) => {
    try {
      run();
    } catch {
      // The database is closed or gone; the normal save remains.
    }
  };
  return {
    write: (entry) =>
      quietly(() => {
        const tx = transaction('readwrite');
        tx.objectStore(STORE).put(entry, keyOf(entry.tab, entry.id));
        tx.commit();
      }),
    settle: (tab, id, upto, revision) =>
      quietly(() => {
        // One transaction for the read and the write: a later edit's write queues behind it, never between.
        const store = transaction('readwrite').objectStore(STORE);
        const key = keyOf(tab, id);
        const request = store.get(key);
        request.onsuccess = () => {
          const current = readEntry(request.result);
          const next = settled(current, upto, revision);
          if (!next) store.delete(key);
          else if (next !== current) store.put(next, key);
        };
      }),
    entries: async () => {
      const request = transaction('readonly').objectStore(STORE).getAll();
      await done(request);
      return (request.result as unknown[]).flatMap((raw) => readEntry(raw) ?? []);
    },
    remove: async (taken) => {
      const tx = transaction('readwrite');
      for (const entry of taken) tx.objectStore(STORE).delete(keyOf(entry.tab, entry.id));
      await done(tx);
    },
  };
};
