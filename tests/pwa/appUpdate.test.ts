import { describe, expect, it } from 'vitest';
import { createAppUpdate, type UpdateEvents } from '../../src/pwa/appUpdate';

/** Open work whose save the test finishes by hand, and a worker channel that records its activation. */
const setup = (storage: 'indexeddb' | 'memory' = 'indexeddb') => {
  let unsaved = false;
  let finishSave: (() => void) | undefined;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const work = {
    flush: () =>
      unsaved
        ? new Promise<void>((resolve) => {
            finishSave = () => {
              unsaved = false;
              resolve();
              changed();
            };
          })
        : Promise.resolve(),
    hasUnsavedChanges: () => unsaved,
    storage: () => storage,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  let events: UpdateEvents | undefined;
  let activated = 0;
  let reloaded = 0;
  const update = createAppUpdate(
    work,
    (given) => {
      events = given;
      return { activate: async () => void (activated += 1) };
    },
    () => (reloaded += 1),
  );
  const ticks = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    update,
    events: () => events as UpdateEvents,
    edit: () => {
      unsaved = true;
      changed();
    },
    save: () => finishSave?.(),
    activated: () => activated,
    reloaded: () => reloaded,
    ticks,
  };
};

describe('createAppUpdate', () => {
  it('offers a waiting release and takes it at once when everything is saved', async () => {
    const t = setup();
    expect(t.update.getState().phase).toBe('none');
    t.events().onNewReleaseWaiting();
    expect(t.update.getState().phase).toBe('available');
    t.update.update();
    await t.ticks();
    expect(t.update.getState().phase).toBe('updating');
    expect(t.activated()).toBe(1);
    t.events().onNewReleaseControls();
    await t.ticks();
    expect(t.reloaded()).toBe(1);
  });

  it('waits for an unsaved edit, says so, and activates only after the save has landed', async () => {
    const t = setup();
    t.events().onNewReleaseWaiting();
    t.edit();
    t.update.update();
    await t.ticks();
    expect(t.update.getState().phase).toBe('saving');
    expect(t.activated()).toBe(0);
    t.save();
    await t.ticks();
    expect(t.activated()).toBe(1);
    expect(t.update.getState().phase).toBe('updating');
  });

  it('never activates by itself: without "Uppdatera nu" a waiting release stays waiting', async () => {
    const t = setup();
    t.events().onNewReleaseWaiting();
    t.edit();
    t.save();
    await t.ticks();
    expect(t.activated()).toBe(0);
    t.update.later();
    expect(t.update.getState().phase).toBe('none');
  });

  it('reloads a tab whose page another tab updated only once its edit is saved, and "Senare" cannot stop it', async () => {
    const t = setup();
    t.edit();
    t.events().onNewReleaseControls();
    await t.ticks();
    expect(t.update.getState()).toEqual({ phase: 'saving', reloadPending: true });
    t.update.later();
    expect(t.reloaded()).toBe(0);
    t.save();
    await t.ticks();
    expect(t.reloaded()).toBe(1);
  });

  it('in a tab that cannot store, waits for "Uppdatera ändå" (a reload would lose the work)', async () => {
    const t = setup('memory');
    t.events().onNewReleaseWaiting();
    t.update.update();
    await t.ticks();
    expect(t.update.getState().phase).toBe('memory');
    expect(t.activated()).toBe(0);
    t.update.updateAnyway();
    await t.ticks();
    expect(t.activated()).toBe(1);
  });
});
