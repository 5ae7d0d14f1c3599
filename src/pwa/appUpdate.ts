/**
 * A new release of the app, taken only when the user chooses it and only when every edit is saved.
 *
 * The service worker (vite-plugin-pwa's Workbox worker, see vite.config.ts) installs a new release in the
 * background and lets it wait. The old worker keeps serving the old page and its own chunks until the user
 * says "Uppdatera nu"; then the open scenario is saved first, and only when nothing is unsaved is the waiting
 * worker told to take over (which reloads the page). A tab that cannot store (memory only) would lose its
 * work on a reload: it waits for the user to say "Uppdatera ändå" after being told why.
 */

/** What the banner shows. */
export type UpdatePhase =
  /** No new release, or the user said "Senare" to it. */
  | 'none'
  /** A new release is installed and waits for the user. */
  | 'available'
  /** The user chose to update; an edit is still being saved. */
  | 'saving'
  /** The user chose to update, but this tab cannot store: a reload would lose its changes. */
  | 'memory'
  /** Everything is saved; the new release is being started (the page reloads). */
  | 'updating';

export type AppUpdateState = {
  readonly phase: UpdatePhase;
  /** The new release already controls this page (this or another tab took it): only a reload is left. */
  readonly reloadPending: boolean;
};

/** The open work the update must not lose: the scenario library and its store, seen from here. */
export type OpenWork = {
  /** Saves what is unsaved now; resolves when every started save has ended. */
  readonly flush: () => Promise<void>;
  readonly hasUnsavedChanges: () => boolean;
  /** Where this tab stores: `memory` means a reload loses everything it has. */
  readonly storage: () => 'indexeddb' | 'memory';
  /** Called after any change of the work (an edit, a save landing, the storage status). */
  readonly subscribe: (listener: () => void) => () => void;
};

/** The service worker's side: what the registration reports, and the one message that activates the update. */
export type UpdateChannel = {
  /** Tells the waiting worker to take over; the channel then calls `onNewReleaseControls`. */
  readonly activate: () => Promise<void>;
};
export type UpdateEvents = {
  /** A new release is installed and waiting. */
  readonly onNewReleaseWaiting: () => void;
  /** A new release controls this page (this tab chose it, or another tab did): the page must reload. */
  readonly onNewReleaseControls: () => void;
};

export type AppUpdate = {
  readonly getState: () => AppUpdateState;
  readonly subscribe: (listener: () => void) => () => void;
  /** "Uppdatera nu": saves, then takes the new release as soon as nothing is unsaved. */
  readonly update: () => void;
  /** "Uppdatera ändå" (memory only): the user was told the changes go with the reload. */
  readonly updateAnyway: () => void;
  /** "Senare": the banner goes; the release keeps waiting and is offered again at the next start. */
  readonly later: () => void;
};

/**
 * The update's state machine over a service worker channel (`connect` registers it) and the open work.
 *
 * @example
 * const update = createAppUpdate(work, (events) => registerWorker(events), () => location.reload());
 * update.subscribe(() => console.log(update.getState().phase)); // 'available' when a release waits
 */
export const createAppUpdate = (
  work: OpenWork,
  connect: (events: UpdateEvents) => UpdateChannel,
  reload: () => void,
): AppUpdate => {
  let state: AppUpdateState = { phase: 'none', reloadPending: false };
  const listeners = new Set<() => void>();
  const set = (phase: UpdatePhase, reloadPending = state.reloadPending) => {
    if (state.phase === phase && state.reloadPending === reloadPending) return;
    state = { phase, reloadPending };
    for (const listener of listeners) listener();
  };

  /** Runs `then` once nothing is unsaved: flushes, and tries again after every change of the work. */
  let pending: (() => void) | undefined;
  let stopWatching: (() => void) | undefined;
  let forced = false;
  const whenSaved = (then: () => void) => {
    pending = then;
    stopWatching ??= work.subscribe(() => void settle());
    void settle();
  };
  const settle = async () => {
    if (!pending) return;
    // A save under way (or held up) can take a while: the banner says so while it waits.
    if (work.hasUnsavedChanges()) set('saving');
    await work.flush();
    if (!pending) return;
    if (work.hasUnsavedChanges()) return set('saving');
    if (work.storage() === 'memory' && !forced) return set('memory');
    const then = pending;
    pending = undefined;
    stopWatching?.();
    stopWatching = undefined;
    set('updating');
    then();
  };

  const channel = connect({
    onNewReleaseWaiting: () => {
      if (state.phase === 'none') set('available');
    },
    onNewReleaseControls: () => {
      set(state.phase === 'none' ? 'saving' : state.phase, true);
      whenSaved(reload);
    },
  });

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update: () => whenSaved(() => void channel.activate()),
    updateAnyway: () => {
      forced = true;
      void settle();
    },
    later: () => {
      // Once the new release controls the page, the old page must go: its chunks are no longer served.
      if (state.reloadPending) return;
      pending = undefined;
      stopWatching?.();
      stopWatching = undefined;
      set('none');
    },
  };
};
