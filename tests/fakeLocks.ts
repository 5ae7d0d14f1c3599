/**
 * Web Locks for Node (which has none): exclusive locks by name, granted in order, `ifAvailable` answered at
 * once with `null` when held. Installed as `navigator.locks`, so withLock and tabPresence use it as in a
 * browser, where every "tab" of a test shares the one lock manager, as tabs of one origin do.
 */
export const installFakeLocks = (): (() => void) => {
  const queues = new Map<string, Promise<unknown>>();
  const held = new Set<string>();
  const request = (
    name: string,
    optionsOrCallback: { ifAvailable?: boolean } | ((lock: unknown) => Promise<unknown>),
    maybeCallback?: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown> => {
    const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    if (!callback) return Promise.reject(new TypeError('no callback'));
    if (options.ifAvailable && held.has(name)) return Promise.resolve().then(() => callback(null));
    const run = async () => {
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    };
    const previous = queues.get(name) ?? Promise.resolve();
    const next = previous.then(run, run);
    queues.set(
      name,
      next.catch(() => undefined),
    );
    return next;
  };
  Object.defineProperty(globalThis, 'navigator', {
    value: { locks: { request } },
    configurable: true,
    writable: true,
  });
  return () => {
    Reflect.deleteProperty(globalThis, 'navigator');
  };
};
