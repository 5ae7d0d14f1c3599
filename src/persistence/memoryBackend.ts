import type { StorageBackend } from './storageBackend';

/**
 * The in-memory twin of the IndexedDB backend: for tests, and for when the browser cannot store (private
 * mode, a full disk). Values are cloned in and out, as IndexedDB does, so no caller can alter a saved record.
 */
export const memoryBackend = (seed: Iterable<readonly [string, unknown]> = []): StorageBackend => {
  const records = new Map<string, unknown>();
  for (const [key, value] of seed) records.set(key, structuredClone(value));
  const set = (key: string, value: unknown) => {
    records.set(key, structuredClone(value));
    return Promise.resolve();
  };
  return {
    kind: 'memory',
    get: (key) => Promise.resolve(structuredClone(records.get(key))),
    set,
    setNow: set,
    del: (key) => {
      records.delete(key);
      return Promise.resolve();
    },
    entries: () =>
      Promise.resolve([...records].map(([key, value]) => [key, structuredClone(value)] as const)),
  };
};
