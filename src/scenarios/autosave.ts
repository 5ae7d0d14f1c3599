import type { ScenarioDocument } from '../model/scenarioDocument';
import type { ScenarioStore } from './scenarioStore';

export type Autosave = {
  /** Saves the open document now if it has unsaved changes; resolves when every started save has ended. */
  readonly flush: () => Promise<void>;
  /** Whether the store shows a document that is not saved yet (or is being saved). */
  readonly isDirty: () => boolean;
  /** The store is about to show a document that is already saved (opened, reloaded from another tab). */
  readonly accept: (document: ScenarioDocument) => void;
  readonly stop: () => void;
};

export const AUTOSAVE_DELAY_MS = 250;

/**
 * Watches only the store's document and saves every change: at most `delayMs` after the first unsaved
 * change (typing never postpones it for long), one save at a time, in order. `persist` may throw; the change
 * then stays unsaved and is tried again with the next change or flush.
 */
export const startAutosave = (
  store: Pick<ScenarioStore, 'getState' | 'subscribe'>,
  persist: (document: ScenarioDocument) => Promise<void>,
  delayMs: number = AUTOSAVE_DELAY_MS,
  onError: (error: unknown) => void = () => undefined,
): Autosave => {
  let persisted = store.getState().document;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = 0;
  let queue: Promise<void> = Promise.resolve();

  const saveNow = async () => {
    const document = store.getState().document;
    if (document === persisted) return;
    const before = persisted;
    persisted = document;
    saving += 1;
    try {
      await persist(document);
    } catch (error) {
      if (persisted === document) persisted = before;
      onError(error);
    } finally {
      saving -= 1;
    }
  };
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    queue = queue.then(saveNow);
    return queue;
  };
  const unsubscribe = store.subscribe(() => {
    if (store.getState().document === persisted || timer !== undefined) return;
    timer = setTimeout(() => void flush(), delayMs);
  });
  return {
    flush,
    isDirty: () => saving > 0 || store.getState().document !== persisted,
    accept: (document) => {
      persisted = document;
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    },
  };
};

/**
 * Flushes when the page is hidden or closed: `pagehide`, and `visibilitychange` to hidden. On `pagehide`,
 * `onClose` runs first, synchronously (a journal write that must start before the page goes away).
 */
export const flushWhenHidden = (
  flush: () => Promise<void>,
  onClose: () => void = () => undefined,
): (() => void) => {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => undefined;
  const onHide = () => {
    onClose();
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
};
