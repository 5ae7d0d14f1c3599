import { openIdbJournal, type EditJournal, type JournalRecord } from './editJournal';

/** What the page posts to the journal's worker: the two calls an edit and a save make. */
export type JournalMessage =
  | { readonly type: 'write'; readonly entry: JournalRecord }
  | {
      readonly type: 'settle';
      readonly tab: string;
      readonly id: string;
      readonly upto: number;
      readonly revision: number | undefined;
    };

export const applyJournalMessage = (journal: EditJournal, message: JournalMessage): void => {
  if (message.type === 'write') journal.write(message.entry);
  else journal.settle(message.tab, message.id, message.upto, message.revision);
};

type WorkerLike = {
  postMessage: (message: JournalMessage) => void;
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/**
 * The journal with its writes on a worker once the worker says it is ready; until then, and for good if it
 * fails, written from here (`direct`). Reads (at start only) stay here.
 */
export const workerJournal = (direct: EditJournal, worker: WorkerLike): EditJournal => {
  let ready = false;
  worker.onmessage = (event) => {
    ready = event.data === 'ready';
  };
  worker.onerror = () => {
    ready = false;
  };
  const send = (message: JournalMessage) => {
    if (!ready) return applyJournalMessage(direct, message);
    try {
      worker.postMessage(message);
    } catch {
      applyJournalMessage(direct, message);
    }
  };
  return {
    write: (entry) => send({ type: 'write', entry }),
    settle: (tab, id, upto, revision) => send({ type: 'settle', tab, id, upto, revision }),
    entries: direct.entries,
    remove: direct.remove,
  };
};

/** The journal for the app: IndexedDB, written on a worker where the browser can start one. */
export const openJournal = async (): Promise<EditJournal> => {
  const direct = await openIdbJournal();
  if (typeof Worker !== 'function') return direct;
  try {
    const worker = new Worker(new URL('./journalWorker.ts', import.meta.url), { type: 'module' });
    return workerJournal(direct, worker);
  } catch {
    return direct;
  }
};
