import { parseSafeJson } from './safeJson';

const PREFIX = 'budgetverkstad:journal:';

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};

/**
 * The synchronous twin of the IndexedDB journal: a page that is closing cannot wait for IndexedDB, but a
 * localStorage write is done before the handler returns. Holds the same envelope record; never throws.
 */
export const localJournal = {
  write: (id: string, record: unknown): void => {
    try {
      storage()?.setItem(`${PREFIX}${id}`, JSON.stringify(record));
    } catch {
      // Full or blocked: the IndexedDB journal and the normal save remain.
    }
  },
  /** Every journalled record (raw, to be read through the envelope and migrations), with its key. */
  entries: (): readonly (readonly [string, unknown])[] => {
    const store = storage();
    if (!store) return [];
    const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
      (key): key is string => key?.startsWith(PREFIX) === true,
    );
    return keys.flatMap((key) => {
      const text = store.getItem(key);
      const parsed = text === null ? undefined : parseSafeJson(text);
      return [[key, parsed?.ok ? parsed.value : undefined] as const];
    });
  },
  remove: (keys: readonly string[]): void => {
    for (const key of keys)
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to remove.
      }
  },
  clear: (id: string): void => {
    try {
      storage()?.removeItem(`${PREFIX}${id}`);
    } catch {
      // Nothing to clear.
    }
  },
};
