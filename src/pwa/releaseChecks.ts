/** How often an open app asks the server for a new release: a laptop left open for a day still learns of one. */
export const RELEASE_CHECK_MS = 60 * 60 * 1000;

/** What the checks need of the browser, so that a test can drive them with its own clock. */
export type CheckHost = {
  readonly every: (ms: number, check: () => void) => void;
  readonly onVisible: (check: () => void) => void;
  readonly online: () => boolean;
};

const browserHost: CheckHost = {
  every: (ms, check) => void setInterval(check, ms),
  onVisible: (check) =>
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check()),
  online: () => navigator.onLine,
};

/**
 * Asks for a new release every hour and when the tab is shown again, but never with the network off (a
 * room without network gets no failed requests, and the app keeps running from its cache). A failed check
 * is quiet: the next one tries again. What is found is announced as any new release is (the banner).
 */
export const checkForReleases = (update: () => Promise<unknown>, host: CheckHost = browserHost): void => {
  const check = () => {
    if (host.online()) void update().catch(() => undefined);
  };
  host.every(RELEASE_CHECK_MS, check);
  host.onVisible(check);
};
