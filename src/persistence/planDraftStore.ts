import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * The "Ny plan" page's draft in IndexedDB, in a database of its own (`budgetverkstad-utkast`), so a person
 * who pasted forty rows does not lose them to a reload. One draft at a time; it is removed once the plan
 * is saved. Storage that fails (a private mode) leaves the page working, without the safety net.
 */
export type DraftStore = {
  readonly load: () => Promise<unknown>;
  readonly save: (draft: unknown) => Promise<void>;
  readonly clear: () => Promise<void>;
};

const KEY = 'ny-plan';
let store: UseStore | undefined;
const opened = (): UseStore => (store ??= createStore('budgetverkstad-utkast', 'utkast'));

const quiet = async <T>(run: () => Promise<T>, fallback: T): Promise<T> => {
  try {
    return await run();
  } catch {
    return fallback;
  }
};

export const draftStore: DraftStore = {
  load: () => quiet(() => get<unknown>(KEY, opened()), undefined),
  save: (draft) => quiet(() => set(KEY, draft, opened()), undefined),
  clear: () => quiet(() => del(KEY, opened()), undefined),
};
