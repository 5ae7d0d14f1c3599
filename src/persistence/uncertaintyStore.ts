import { createStore, get, set, type UseStore } from 'idb-keyval';
import type { ParameterEdits } from '../model/uncertainty/editParameters';
import type { StorageBackend } from './storageBackend';
import {
  readUncertaintyRecord,
  toUncertaintyRecord,
  UNCERTAINTY_KEY,
  type ReadUncertainty,
} from './uncertaintyRecord';

export type UncertaintySave =
  | 'saved'
  /** A newer app's record is there: left alone, the edits live only until the page closes. */
  | 'newer'
  | 'failed';

/** The user's own error-model figures, one small record of its own. */
export type UncertaintyStore = {
  readonly load: () => Promise<ReadUncertainty | { readonly kind: 'failed' }>;
  readonly save: (edits: ParameterEdits) => Promise<UncertaintySave>;
};

type Backend = Pick<StorageBackend, 'get' | 'set'>;

/** Where a record this app could not read is kept when the user saves figures of their own over it. */
export const unreadableKey = (savedAt: Date): string => `${UNCERTAINTY_KEY}-oläsbar-${savedAt.toISOString()}`;

/**
 * The store over a backend (IndexedDB in the app, memory in tests). A record from a newer app is never
 * overwritten; one that cannot be read is copied to a key of its own before the first save over it.
 */
export const openUncertaintyStore = (
  backend: Backend,
  now: () => Date = () => new Date(),
): UncertaintyStore => ({
  load: async () => {
    try {
      return readUncertaintyRecord(await backend.get(UNCERTAINTY_KEY));
    } catch {
      return { kind: 'failed' };
    }
  },
  save: async (edits) => {
    try {
      const raw: unknown = await backend.get(UNCERTAINTY_KEY);
      const stored = readUncertaintyRecord(raw);
      if (stored.kind === 'newer') return 'newer';
      const at = now();
      if (stored.kind === 'unreadable') await backend.set(unreadableKey(at), raw);
      await backend.set(UNCERTAINTY_KEY, toUncertaintyRecord(edits, at));
      return 'saved';
    } catch {
      return 'failed';
    }
  },
});

let database: UseStore | undefined;

/** The app's store: a database of its own (`budgetverkstad-osakerhet`), so it never touches the scenarios'. */
export const browserUncertaintyStore = (): UncertaintyStore => {
  const opened = () => (database ??= createStore('budgetverkstad-osakerhet', 'antaganden'));
  return openUncertaintyStore({
    get: (key) => get(key, opened()),
    set: (key, value) => set(key, value, opened()),
  });
};
