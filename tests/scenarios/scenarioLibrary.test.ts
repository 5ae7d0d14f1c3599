import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { DATABASE_NAME, openIdbBackend, STORE_NAME } from '../../src/persistence/idbBackend';
import { createScenarioRepository, openScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { StorageBackend } from '../../src/persistence/storageBackend';
import type { TabMessage, TabSync } from '../../src/persistence/tabSync';
import { openLibrary, type ScenarioLibrary } from '../../src/scenarios/scenarioLibrary';
import { createScenarioStore, type ScenarioStore } from '../../src/scenarios/scenarioStore';
import { plan } from '../helpers';

/** A BroadcastChannel stand-in shared by the "tabs" of one test, delivering asynchronously like the real one. */
const createBus = () => {
  const tabs = new Set<{ tab: string; listeners: Set<(m: TabMessage) => void> }>();
  return (tab: string): TabSync => {
    const me = { tab, listeners: new Set<(m: TabMessage) => void>() };
    tabs.add(me);
    return {
      tab,
      post: (message) => {
        for (const other of tabs)
          if (other !== me)
            setTimeout(() => {
              for (const listener of other.listeners) listener({ ...message, tab });
            }, 0);
      },
      subscribe: (listener) => {
        me.listeners.add(listener);
        return () => me.listeners.delete(listener);
      },
      close: () => tabs.delete(me),
    };
  };
};

type Tab = { library: ScenarioLibrary; store: ScenarioStore };
const opened: Tab[] = [];
let bus = createBus();
let ids = 0;

const openTab = async (name: string, backend?: StorageBackend, autosaveDelayMs = 20): Promise<Tab> => {
  const repository = backend ? createScenarioRepository(backend) : await openScenarioRepository();
  const library = await openLibrary({
    plan,
    repository,
    tabSync: bus(name),
    newId: () => `id-${(ids += 1)}`,
    autosaveDelayMs,
  });
  const store = library.attach(createScenarioStore(plan, library.initialDocument));
  const tab = { library, store };
  opened.push(tab);
  return tab;
};
const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
const setSkattesats = (tab: Tab, value: number, year = 2025) =>
  tab.store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year, value });
const skattesats = (document: ScenarioDocument, year = 2025) => document.changes.inputs.skattesats?.[year];
const savedNames = async () =>
  (await (await openScenarioRepository()).loadAll()).scenarios.map((s) => s.document.name).sort();

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  bus = createBus();
});
afterEach(() => {
  for (const tab of opened.splice(0)) {
    tab.library.close();
    tab.store.destroy();
  }
});

describe('scenario library', () => {
  it('opens a fresh browser on the plan as decided, with no changes, and saves it', async () => {
    const { library, store } = await openTab('a');
    expect(store.getState().document.name).toBe('Mitt scenario');
    expect(store.getState().document.changes).toEqual({ inputs: {}, frameChanges: [] });
    expect(library.getState().scenarios.map((s) => s.document.name)).toEqual(['Mitt scenario']);
    expect(library.getState().storage).toEqual({ kind: 'indexeddb' });
  });

  it('saves every change by itself and reopens it after a reload', async () => {
    const first = await openTab('a');
    setSkattesats(first, 11.44);
    first.store.dispatch({ type: 'scenario/rename', name: 'Mitt förslag' });
    await settle();
    first.library.close();
    const reloaded = await openTab('a2');
    expect(reloaded.store.getState().document.name).toBe('Mitt förslag');
    expect(skattesats(reloaded.store.getState().document)).toBe(11.44);
  });

  it('lists, creates, duplicates, renames, deletes to the Papperskorg and restores', async () => {
    const { library, store } = await openTab('a');
    const created = await library.createFromPlan();
    expect(store.getState().document.id).toBe(created.id);
    setSkattesats({ library, store }, 11.5);
    const copy = await library.duplicate(created.id);
    expect(copy?.name).toBe('Kopia av Nytt scenario');
    expect(copy && skattesats(copy)).toBe(11.5);
    await library.rename(created.id, 'Förslag A');
    await library.remove(created.id);
    expect(library.getState().trash.map((s) => s.document.name)).toEqual(['Förslag A']);
    expect(library.getState().documents.map((d) => d.name)).not.toContain('Förslag A');
    await library.restore(created.id);
    expect(library.getState().trash).toEqual([]);
    const restored = library.getState().scenarios.find((s) => s.document.id === created.id);
    expect(restored && skattesats(restored.document)).toBe(11.5);
    expect(await savedNames()).toEqual(['Förslag A', 'Kopia av Nytt scenario', 'Mitt scenario']);
  });

  it('removing the open scenario opens another one', async () => {
    const { library, store } = await openTab('a');
    const first = store.getState().document.id;
    await library.createFromPlan('Andra');
    await library.remove(store.getState().document.id);
    expect(store.getState().document.id).toBe(first);
    expect(library.getState().openId).toBe(first);
  });

  it('imports copies: new ids, names suffixed on a clash, nothing overwritten', async () => {
    const { library, store } = await openTab('a');
    const existing = store.getState().document;
    const incoming = { ...existing, changes: { inputs: { prisindex: { '2026': 2 } }, frameChanges: [] } };
    const imported = await library.importCopies([incoming, { ...incoming, name: 'Nytt namn' }]);
    expect(imported.map((d) => d.name)).toEqual(['Mitt scenario (2)', 'Nytt namn']);
    expect(new Set(imported.map((d) => d.id)).has(existing.id)).toBe(false);
    const original = library.getState().scenarios.find((s) => s.document.id === existing.id);
    expect(original?.document.changes).toEqual({ inputs: {}, frameChanges: [] });
    expect(library.allDocuments()).toHaveLength(3);
  });

  it('remembers when scenarios were last exported', async () => {
    const { library } = await openTab('a');
    await library.markExported(new Date('2026-11-25T13:00:00.000Z'));
    expect(library.getState().lastExportedAt).toBe('2026-11-25T13:00:00.000Z');
    expect((await openTab('b')).library.getState().lastExportedAt).toBe('2026-11-25T13:00:00.000Z');
  });
});

describe('a page that closes before its save ends', () => {
  it('journals the unsaved change on pagehide and the next start saves it', async () => {
    const closing = await openTab('a', undefined, 10_000);
    setSkattesats(closing, 11.44);
    closing.library.journalNow();
    closing.library.close();
    await settle(20);
    const next = await openTab('b');
    expect(skattesats(next.store.getState().document)).toBe(11.44);
    expect(next.library.getState().notice).toBeUndefined();
    expect(next.library.getState().scenarios).toHaveLength(1);
  });

  it('keeps the journalled change as a copy when another tab saved in between', async () => {
    const closing = await openTab('a', undefined, 10_000);
    const other = await openTab('b');
    setSkattesats(closing, 11.44);
    closing.library.journalNow();
    closing.library.close();
    setSkattesats(other, 11.6, 2026);
    await other.library.flush();
    const next = await openTab('c');
    expect(next.library.getState().notice).toMatch(/inte hann sparas.*kopia från annan flik/);
    const saved = next.library.getState().scenarios.map((e) => [e.document.name, skattesats(e.document)]);
    expect(Object.fromEntries(saved)).toEqual({
      'Mitt scenario': undefined,
      'Mitt scenario (kopia från annan flik)': 11.44,
    });
  });
});

describe('built-in examples', () => {
  it('are the four examples, computed from the plan', async () => {
    const { library } = await openTab('a');
    const examples = library.getState().examples;
    expect(examples.map((e) => e.name)).toEqual([
      'Skatt +10 öre',
      'SCB:s befolkningsprognos',
      'Budgetförslag 2023 (V)',
      'Högre investeringsnivå',
    ]);
    // DOMAIN.md §3: SCB's forecast 245 742 (2025) … 241 972 (2030).
    expect(examples[1]?.changes.inputs.befolkning).toMatchObject({ '2025': 245_742, '2030': 241_972 });
    // The plan's materiella investeringar 867 / 839 / 609 and immateriella 14 mnkr, each × 1,2.
    expect(examples[3]?.changes.inputs).toEqual({
      investeringar_materiella: { '2025': 1040.4, '2026': 1006.8, '2027': 730.8 },
      investeringar_immateriella: { '2025': 16.8 },
    });
    expect(examples[2]?.changes.frameChanges).toHaveLength(8);
  });

  it('are read-only: the first edit makes an editable copy and the example stays as it was', async () => {
    const { library, store } = await openTab('a');
    await library.open('exempel-skatt-plus-10-ore');
    expect(skattesats(store.getState().document)).toBe(11.44);
    setSkattesats({ library, store }, 11.54);
    const document = store.getState().document;
    expect(document.name).toBe('Kopia av Skatt +10 öre');
    expect(document.id).not.toBe('exempel-skatt-plus-10-ore');
    expect(skattesats(document)).toBe(11.54);
    expect(library.getState().notice).toMatch(/skrivskyddat.*Kopia av Skatt \+10 öre/);
    store.dispatch({ type: 'scenario/undo' });
    expect(skattesats(store.getState().document)).toBe(11.44);
    expect(store.getState().document.name).toBe('Kopia av Skatt +10 öre');
    await library.flush();
    expect(await savedNames()).toEqual(['Kopia av Skatt +10 öre', 'Mitt scenario']);
    expect(skattesats(library.getState().examples[0] as ScenarioDocument)).toBe(11.44);
  });
});

describe('two tabs', () => {
  it('a tab without unsaved changes shows what another tab saved', async () => {
    const a = await openTab('a');
    const b = await openTab('b');
    expect(b.store.getState().document.id).toBe(a.store.getState().document.id);
    setSkattesats(b, 11.6);
    await b.library.flush();
    await settle();
    expect(skattesats(a.store.getState().document)).toBe(11.6);
    expect(a.library.getState().notice).toMatch(/annan flik/);
  });

  it('a tab with unsaved changes keeps both versions and says so', async () => {
    const a = await openTab('a', undefined, 10_000);
    const b = await openTab('b');
    const id = a.store.getState().document.id;
    setSkattesats(a, 11.7);
    setSkattesats(b, 11.6, 2026);
    await b.library.flush();
    await settle();
    const ours = a.store.getState().document;
    expect(ours.name).toBe('Mitt scenario (kopia från annan flik)');
    expect(skattesats(ours)).toBe(11.7);
    expect(a.library.getState().notice).toMatch(/ändrades samtidigt i en annan flik.*Båda versionerna/);
    const saved = await (await openScenarioRepository()).loadAll();
    const theirs = saved.scenarios.find((s) => s.document.id === id);
    expect(theirs && skattesats(theirs.document, 2026)).toBe(11.6);
    expect(theirs && skattesats(theirs.document)).toBeUndefined();
    const copy = saved.scenarios.find((s) => s.document.id === ours.id);
    expect(copy && skattesats(copy.document)).toBe(11.7);
  });

  it('tabs editing different scenarios both keep their work', async () => {
    const a = await openTab('a');
    const b = await openTab('b');
    await b.library.createFromPlan('Flik B');
    setSkattesats(a, 11.8);
    setSkattesats(b, 11.9);
    await Promise.all([a.library.flush(), b.library.flush()]);
    await settle();
    const saved = (await (await openScenarioRepository()).loadAll()).scenarios;
    expect(Object.fromEntries(saved.map((s) => [s.document.name, skattesats(s.document)]))).toEqual({
      'Mitt scenario': 11.8,
      'Flik B': 11.9,
    });
    expect(a.library.getState().scenarios).toHaveLength(2);
  });
});

describe('a full disk', () => {
  it('keeps working in memory, says so in Swedish and loses nothing', async () => {
    const idb = await openIdbBackend();
    let full = false;
    const backend: StorageBackend = {
      ...idb,
      set: (key, value) =>
        full ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : idb.set(key, value),
    };
    const tab = await openTab('a', backend);
    setSkattesats(tab, 11.44);
    await tab.library.flush();
    full = true;
    setSkattesats(tab, 11.55, 2026);
    await tab.library.flush();
    expect(tab.library.getState().storage).toMatchObject({ kind: 'memory', reason: 'full' });
    expect(tab.library.getState().storage).toHaveProperty(
      'message',
      expect.stringMatching(/^Webbläsaren kan inte spara just nu \(lagringen är full\)/) as string,
    );
    const document = tab.store.getState().document;
    expect([skattesats(document), skattesats(document, 2026)]).toEqual([11.44, 11.55]);
    expect(tab.library.allDocuments().map((d) => skattesats(d, 2026))).toEqual([11.55]);
    const stored = (await get(`scenario:${document.id}`, createStore(DATABASE_NAME, STORE_NAME))) as {
      data: ScenarioDocument;
    };
    expect(skattesats(stored.data)).toBe(11.44);
  });
});
