import { emptyHistory, type ScenarioHistory } from '../model/history/scenarioHistory';
import { historyKey, readHistoryRecord, toHistoryRecord, type StoredHistory } from './historyRecord';

export type HistoryChange =
  { readonly ok: true; readonly history: ScenarioHistory } | { readonly ok: false; readonly message: string };

/** What the history store needs of the repository: its guarded reads and writes and its backups. */
export type HistoryIo = {
  readonly read: (key: string) => Promise<unknown>;
  readonly write: (key: string, value: unknown) => Promise<void>;
  readonly keepBackup: (key: string, raw: unknown, label: string) => Promise<void>;
  readonly now: () => Date;
};

export type HistoryStore = {
  /** The stored history (an empty one where none is stored yet); a damaged one is copied to a backup. */
  readonly load: (scenarioId: string) => Promise<StoredHistory>;
  /**
   * Applies `change` to the stored history and writes it when it changed. A history from a newer app is
   * never written over; a damaged one is kept as a backup and a new history starts. The caller holds the
   * scenario's lock, so two tabs never interleave.
   */
  readonly update: (
    scenarioId: string,
    change: (history: ScenarioHistory) => ScenarioHistory,
  ) => Promise<HistoryChange>;
};

export const createHistoryStore = ({ read, write, keepBackup, now }: HistoryIo): HistoryStore => {
  const load = async (scenarioId: string): Promise<StoredHistory> => {
    const key = historyKey(scenarioId);
    const raw = await read(key);
    if (raw === undefined) return { kind: 'history', history: emptyHistory(scenarioId) };
    const stored = readHistoryRecord(raw, scenarioId);
    if (stored.kind === 'damaged') await keepBackup(key, raw, 'skadad');
    return stored;
  };
  return {
    load,
    update: async (scenarioId, change) => {
      const stored = await load(scenarioId);
      if (stored.kind === 'newer') return { ok: false, message: stored.message };
      const before = stored.kind === 'history' ? stored.history : emptyHistory(scenarioId);
      const after = change(before);
      if (after !== before || stored.kind === 'damaged')
        await write(historyKey(scenarioId), toHistoryRecord(after, now()));
      return { ok: true, history: after };
    },
  };
};
