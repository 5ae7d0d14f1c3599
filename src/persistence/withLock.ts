type LockManagerLike = {
  readonly request: <T>(name: string, callback: () => Promise<T>) => Promise<T>;
};

const localQueues = new Map<string, Promise<unknown>>();

/** One holder at a time within this page, for browsers (and Node) without Web Locks. */
const withLocalLock = <T>(name: string, run: () => Promise<T>): Promise<T> => {
  const previous = localQueues.get(name) ?? Promise.resolve();
  const next = previous.then(run, run);
  localQueues.set(
    name,
    next.catch(() => undefined),
  );
  return next;
};

const webLocks = (): LockManagerLike | undefined => {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
};

/**
 * Runs `run` holding the named lock: a Web Lock shared by every tab of the origin where the browser has
 * them (so read-check-write of a record is never interleaved with another tab's), else a queue in this page.
 */
export const withLock = <T>(name: string, run: () => Promise<T>): Promise<T> => {
  const locks = webLocks();
  return locks ? locks.request(name, run) : withLocalLock(name, run);
};
