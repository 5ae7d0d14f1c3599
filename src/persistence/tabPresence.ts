type LockManagerLike = {
  readonly request: (
    name: string,
    options: { readonly ifAvailable?: boolean },
    callback: (lock: unknown) => Promise<unknown>,
  ) => Promise<unknown>;
};

const webLocks = (): LockManagerLike | undefined => {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : undefined;
};

const lockName = (tab: string) => `budgetverkstad:flik:${tab}`;

/**
 * Marks this tab as open for as long as it lives: a Web Lock held until `release` or until the page goes
 * away in any way (closed, crashed, the browser killed), when the browser drops it. Returns `release`.
 */
export const holdTabPresence = (tab: string): (() => void) => {
  const locks = webLocks();
  if (!locks) return () => undefined;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  void locks.request(lockName(tab), {}, () => held).catch(() => undefined);
  return () => release();
};

/**
 * Whether the tab is gone: nobody holds its lock. Without Web Locks every other tab counts as gone (its
 * journal is then taken by the next start, as before there were locks).
 */
export const isTabGone = async (tab: string): Promise<boolean> => {
  const locks = webLocks();
  if (!locks) return true;
  try {
    return (await locks.request(lockName(tab), { ifAvailable: true }, (lock) =>
      Promise.resolve(lock !== null),
    )) as boolean;
  } catch {
    return true;
  }
};
