/** Where saved records live: IndexedDB (idbBackend) or its in-memory twin (memoryBackend). */
export type StorageKind = 'indexeddb' | 'memory';

export type StorageBackend = {
  readonly kind: StorageKind;
  readonly get: (key: string) => Promise<unknown>;
  readonly set: (key: string, value: unknown) => Promise<void>;
  /** Like `set`, but asks for the commit at once: for a page that is closing (`pagehide`). */
  readonly setNow: (key: string, value: unknown) => Promise<void>;
  readonly del: (key: string) => Promise<void>;
  readonly entries: () => Promise<readonly (readonly [string, unknown])[]>;
};
