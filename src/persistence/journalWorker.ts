import { openIdbJournal } from './editJournal';
import { applyJournalMessage, type JournalMessage } from './journalThread';

/**
 * The edit journal's thread: the page posts each write here (one structured clone), and this worker opens
 * the IndexedDB transaction, so the edit's own task on the main thread does not (measured: ~0.5 ms each).
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<JournalMessage>) => void) | null;
  postMessage: (message: 'ready' | 'failed') => void;
};
const journal = openIdbJournal();
journal.then(
  () => scope.postMessage('ready'),
  () => scope.postMessage('failed'),
);
scope.onmessage = (event) => {
  // Resolved promises run their callbacks in order: the writes reach IndexedDB in the order they were made.
  void journal.then((opened) => applyJournalMessage(opened, event.data)).catch(() => undefined);
};
