import {
  historyOfCopy,
  restoreVersion,
  saveVersion,
  setStatus,
  type ScenarioHistory,
  type ScenarioStatus,
} from '../model/history/scenarioHistory';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { StoredHistory } from '../persistence/historyRecord';
import type { HistoryChange } from '../persistence/historyStore';
import type { ScenarioRepository } from '../persistence/scenarioRepository';
import { isExampleId } from './examples';

export type { HistoryChange, StoredHistory };

/** The open scenario's history, for the UI (which does not import persistence). */
export type ScenarioHistoryActions = {
  readonly load: () => Promise<StoredHistory>;
  /** Every history of `documents` that can be read and has versions or a status, by scenario id ("Spara alla som fil"). */
  readonly loadAll: (documents: readonly ScenarioDocument[]) => Promise<ReadonlyMap<string, ScenarioHistory>>;
  /** "Spara version": the open document as it is now, with the user's note. */
  readonly saveVersion: (note: string) => Promise<HistoryChange>;
  readonly setStatus: (status: ScenarioStatus, decisionNote: string) => Promise<HistoryChange>;
  /**
   * "Återställ": the current state is kept as a version, the chosen version's document, exactly, is shown
   * and saved as the newest version. Nothing is removed.
   */
  readonly restore: (seq: number) => Promise<HistoryChange>;
  /**
   * "Öppna som kopia": version `seq`, exactly as it was, saved as a new scenario of its own and opened; the
   * scenario it came from and its history are not touched.
   */
  readonly openCopy: (seq: number) => Promise<HistoryChange>;
  /** Gives an imported copy the history its file carried (under the copy's id). */
  readonly adopt: (document: ScenarioDocument, history: ScenarioHistory) => Promise<HistoryChange>;
};

export type HistoryHost = {
  readonly repository: ScenarioRepository;
  readonly now: () => Date;
  readonly openId: () => string;
  /** Saves the open document now (the history is made of saved documents). */
  readonly flush: () => Promise<void>;
  /** Puts a document in the open scenario as one undo step, unsaved, so that the autosave saves it. */
  readonly replace: (document: ScenarioDocument) => void;
  /** Saves `document` as a new scenario (a new id, a free name) and opens it, saying so with `notice`. */
  readonly openCopy: (document: ScenarioDocument, notice: (name: string) => string) => Promise<void>;
};

const NOT_SAVED: HistoryChange = {
  ok: false,
  message: 'Exemplen är skrivskyddade och har ingen historik. Ändra något, så sparas en egen kopia.',
};

/** The history commands of the scenario library, each under the scenario's lock in the repository. */
export const scenarioHistoryActions = (host: HistoryHost): ScenarioHistoryActions => {
  const { repository, now } = host;
  const change = async (
    update: (history: ScenarioHistory, saved: ScenarioDocument) => ScenarioHistory,
  ): Promise<HistoryChange> => {
    const id = host.openId();
    if (isExampleId(id)) return NOT_SAVED;
    await host.flush();
    return repository.changeHistory(id, (history, saved) => update(history, saved.document));
  };
  return {
    load: () => repository.loadHistory(host.openId()),
    loadAll: async (documents) => {
      const histories = new Map<string, ScenarioHistory>();
      for (const { id } of documents) {
        if (isExampleId(id)) continue;
        const stored = await repository.loadHistory(id);
        if (stored.kind === 'history') histories.set(id, stored.history);
      }
      return histories;
    },
    saveVersion: (note) => change((history, saved) => saveVersion(history, saved, note, now())),
    setStatus: (status, note) => change((history, saved) => setStatus(history, saved, status, note, now())),
    restore: async (seq) => {
      let restored: ScenarioDocument | undefined;
      const result = await change((history, saved) => {
        const next = restoreVersion(history, seq, saved, now());
        restored = next?.document;
        return next?.history ?? history;
      });
      if (!result.ok) return result;
      if (!restored) return { ok: false, message: 'Versionen finns inte längre i historiken.' };
      host.replace(restored);
      await host.flush();
      return result;
    },
    openCopy: async (seq) => {
      const id = host.openId();
      if (isExampleId(id)) return NOT_SAVED;
      const stored = await repository.loadHistory(id);
      if (stored.kind !== 'history') return { ok: false, message: stored.message };
      const version = stored.history.versions.find((v) => v.seq === seq);
      if (!version) return { ok: false, message: 'Versionen finns inte längre i historiken.' };
      const from = version.document.name;
      await host.openCopy(
        { ...version.document, name: `${from} – version ${seq}` },
        (name) =>
          `Version ${seq} av ”${from}” är öppnad som ett eget scenario, ”${name}”. Originalet är orört.`,
      );
      return { ok: true, history: stored.history };
    },
    adopt: (document, history) =>
      repository.changeHistory(document.id, () => historyOfCopy(history, document.id)),
  };
};
