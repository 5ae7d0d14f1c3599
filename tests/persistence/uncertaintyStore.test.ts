import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { UNCERTAINTY_KEY, toUncertaintyRecord } from '../../src/persistence/uncertaintyRecord';
import { openUncertaintyStore, unreadableKey } from '../../src/persistence/uncertaintyStore';
import { NO_EDITS, type ParameterEdits } from '../../src/model/uncertainty/editParameters';

const NOW = new Date('2026-12-02T03:00:00.000Z');
const edits: ParameterEdits = {
  spreads: { skatteunderlag: [0.55, 2, 1.3, 1.5] },
  correlations: { 'skatteunderlag|prisindex': 0.6 },
  steps: { skatteunderlag: 0.5 },
};

describe('the user’s own uncertainty figures in storage', () => {
  it('come back as saved, and none is none', async () => {
    const backend = memoryBackend();
    const store = openUncertaintyStore(backend, () => NOW);
    expect(await store.load()).toEqual({ kind: 'none' });
    expect(await store.save(edits)).toBe('saved');
    expect(await store.load()).toEqual({ kind: 'edits', edits });
    const raw = (await backend.get(UNCERTAINTY_KEY)) as { format: string; savedAt: string };
    expect(raw.format).toBe('budgetverkstad.uncertainty');
    expect(raw.savedAt).toBe('2026-12-02T03:00:00.000Z');
    expect(await store.save(NO_EDITS)).toBe('saved');
    expect(await store.load()).toEqual({ kind: 'edits', edits: NO_EDITS });
  });

  it('a record it cannot read is left untouched on load and kept under a key of its own on save', async () => {
    const garbage = { format: 'budgetverkstad.uncertainty', schemaVersion: 1, data: 'trasig' };
    const backend = memoryBackend([[UNCERTAINTY_KEY, garbage]]);
    const store = openUncertaintyStore(backend, () => NOW);
    expect(await store.load()).toEqual({ kind: 'unreadable' });
    expect(await backend.get(UNCERTAINTY_KEY)).toEqual(garbage);
    expect(await store.save(edits)).toBe('saved');
    expect(await backend.get(unreadableKey(NOW))).toEqual(garbage);
    expect(await store.load()).toEqual({ kind: 'edits', edits });
  });

  it('a well-formed record with a figure the editor refuses is unreadable', async () => {
    const negative = toUncertaintyRecord(
      { ...edits, spreads: { skatteunderlag: [0.55, -2, 1.3, 1.5] } },
      NOW,
    );
    const notTogether = toUncertaintyRecord(
      { ...edits, correlations: { 'skatteunderlag|prisindex': 1 } },
      NOW,
    );
    const unknownDriver = { ...toUncertaintyRecord(edits, NOW), data: { ...edits, steps: { okand: 1 } } };
    for (const record of [negative, notTogether, unknownDriver]) {
      const store = openUncertaintyStore(memoryBackend([[UNCERTAINTY_KEY, record]]));
      expect(await store.load()).toEqual({ kind: 'unreadable' });
    }
  });

  it('a newer app’s record is never overwritten', async () => {
    const newer = { ...toUncertaintyRecord(edits, NOW), schemaVersion: 2 };
    const backend = memoryBackend([[UNCERTAINTY_KEY, newer]]);
    const store = openUncertaintyStore(backend, () => NOW);
    expect(await store.load()).toEqual({ kind: 'newer' });
    expect(await store.save(NO_EDITS)).toBe('newer');
    expect(await backend.get(UNCERTAINTY_KEY)).toEqual(newer);
  });

  it('storage that fails is reported, not thrown', async () => {
    const broken = {
      get: () => Promise.reject(new Error('IndexedDB svarar inte')),
      set: () => Promise.reject(new Error('full')),
    };
    const store = openUncertaintyStore(broken);
    expect(await store.load()).toEqual({ kind: 'failed' });
    expect(await store.save(edits)).toBe('failed');
  });
});
