import { createStore, del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { StorageBackend } from './storageBackend';

export const DATABASE_NAME = 'budgetverkstad';
export const STORE_NAME = 'scenarios';
const OPEN_TIMEOUT_MS = 4000;

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB svarar inte')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

/** Turns a synchronous throw (no `indexedDB` at all, a put that throws) into a rejected promise. */
const attempt = <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return run();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

/**
 * The IndexedDB backend over idb-keyval, in its own database `budgetverkstad`, object store `scenarios`.
 * Resolves only when the database really opens and answers a read (private modes and blocked storage fail
 * here), so the caller can fall back to memory from the start.
 */
export const openIdbBackend = async (): Promise<StorageBackend> => {
  const store: UseStore = createStore(DATABASE_NAME, STORE_NAME);
  await withTimeout(
    attempt(() => get('settings', store)),
    OPEN_TIMEOUT_MS,
  );
  return {
    kind: 'indexeddb',
    get: (key) => attempt(() => get(key, store)),
    set: (key, value) => attempt(() => set(key, value, store)),
    setNow: (key, value) =>
      attempt(() =>
        store('readwrite', (objectStore) => {
          objectStore.put(value, key);
          const transaction = objectStore.transaction;
          // Commit now rather than when the page's tasks run out: the page may be going away.
          if (typeof transaction.commit === 'function') transaction.commit();
          return promisifyRequest(transaction).then(() => undefined);
        }),
      ),
    del: (key) => attempt(() => del(key, store)),
    entries: () => attempt(() => entries<string, unknown>(store)),
  };
};

let persistRequested = false;

/** Asks once per page for storage the browser will not evict under pressure, where the browser allows. */
export const requestPersistentStorage = (): void => {
  if (persistRequested) return;
  persistRequested = true;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist === 'function') void storage.persist().catch(() => false);
};
