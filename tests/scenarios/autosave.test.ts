import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { flushWhenHidden, startAutosave } from '../../src/scenarios/autosave';
import { newScenario } from '../../src/scenarios/newScenario';
import { plan } from '../helpers';

/** Just enough of a store: a document that changes, and subscribers. */
const fakeStore = () => {
  let document = newScenario(plan, 'Test', 't', new Date('2026-11-25T12:00:00Z'));
  const listeners = new Set<() => void>();
  return {
    getState: () => ({ document }) as never,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    rename: (name: string) => {
      document = { ...document, name };
      for (const listener of listeners) listener();
    },
  };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves a change within the delay, once for a burst of typing, with the latest document', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const saved: string[] = [];
    const autosave = startAutosave(
      store,
      (d: ScenarioDocument) => Promise.resolve(void saved.push(d.name)),
      250,
    );
    store.rename('A');
    store.rename('AB');
    expect(autosave.isDirty()).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    store.rename('ABC');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(saved).toEqual(['ABC']);
    expect(autosave.isDirty()).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['ABC']);
  });

  it('flush saves at once; a failed save stays unsaved and is tried again', async () => {
    const store = fakeStore();
    const saved: string[] = [];
    let fail = true;
    const errors: unknown[] = [];
    const autosave = startAutosave(
      store,
      (d) => (fail ? Promise.reject(new Error('nej')) : Promise.resolve(void saved.push(d.name))),
      10_000,
      (error) => errors.push(error),
    );
    store.rename('Första');
    await autosave.flush();
    expect(errors).toHaveLength(1);
    expect(autosave.isDirty()).toBe(true);
    fail = false;
    await autosave.flush();
    expect(saved).toEqual(['Första']);
    autosave.stop();
  });

  it('flushes when the page is hidden or closed', async () => {
    const target = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('window', target);
    vi.stubGlobal('document', doc);
    try {
      const flush = vi.fn(() => Promise.resolve());
      const stop = flushWhenHidden(flush);
      doc.dispatchEvent(new Event('visibilitychange'));
      expect(flush).toHaveBeenCalledTimes(0);
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
      target.dispatchEvent(new Event('pagehide'));
      expect(flush).toHaveBeenCalledTimes(2);
      stop();
      target.dispatchEvent(new Event('pagehide'));
      expect(flush).toHaveBeenCalledTimes(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
