import { checkForReleases } from './releaseChecks';
import { createAppUpdate, type AppUpdate, type OpenWork, type UpdateEvents } from './appUpdate';

/**
 * Registers the service worker of the build (vite-plugin-pwa's `virtual:pwa-register`, a bundled module:
 * the CSP allows no inline script) and returns the update the banner shows. The dev server and the unit
 * tests have no service worker: there the update never has a new release.
 */
export const startAppUpdate = (work: OpenWork): AppUpdate =>
  createAppUpdate(work, connectWorker, () => location.reload());

const connectWorker = (events: UpdateEvents) => {
  let activate: (() => Promise<void>) | undefined;
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    watchNewController(navigator.serviceWorker, events.onNewReleaseControls);
    void import('virtual:pwa-register').then(({ registerSW }) => {
      activate = registerSW({
        onNeedRefresh: events.onNewReleaseWaiting,
        // The plugin would reload at once, even with an edit unsaved, and only in a page that had a worker
        // when it started (not in the tab of the first visit): watchNewController decides instead.
        onNeedReload: () => undefined,
        // A browser that refuses a service worker (private mode, a policy) runs the app as before, online.
        onRegisterError: () => undefined,
        // The browser looks for a new worker only on navigation: an app kept open asks now and then.
        onRegisteredSW: (_url, registration) => {
          if (registration) checkForReleases(() => registration.update());
        },
      });
    });
  }
  return { activate: () => activate?.() ?? Promise.resolve() };
};

/**
 * A new worker took over a page that already had one: a new release (taken in this tab or another). The
 * first visit's worker claiming the page (it had none) is no release: that page stays as it is.
 */
const watchNewController = (container: ServiceWorkerContainer, onNewRelease: () => void) => {
  let controlled = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (controlled) onNewRelease();
    controlled = container.controller !== null;
  });
};
