import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { openIdbJournal } from '../../src/persistence/editJournal';
import { openScenarioRepository, type ScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { TabSync } from '../../src/persistence/tabSync';
import { openLibrary, type ScenarioLibrary } from '../../src/scenarios/scenarioLibrary';
import { START_SCENARIO_NAME } from '../../src/scenarios/startScenarioName';
import { createScenarioStore, type ScenarioStore } from '../../src/scenarios/scenarioStore';
import { installFakeLocks } from '../fakeLocks';
import { plan } from '../helpers';

/** Tabs that never hear each other (their messages are not the point here). */
const quietTabSync = (tab: string): TabSync => ({
  tab,
  post: () => undefined,
  subscribe: () => () => undefined,
  close: () => undefined,
});

type Tab = { library: ScenarioLibrary; store: ScenarioStore; repository: ScenarioRepository };
const opened: Tab[] = [];
let ids = 0;

/** A tab whose autosave waits `autosaveDelayMs` (long: the edit lives only in the journal meanwhile). */
const openTab = async (name: string, autosaveDelayMs = 60_000): Promise<Tab> => {
  const repository = await openScenarioRepository();
  const library = await openLibrary({
    plan,
    repository,
    tabSync: quietTabSync(name),
    newId: () => `id-${(ids += 1)}`,
    autosaveDelayMs,
  });
  const store = library.attach(createScenarioStore(plan, library.initialDocument));
  const tab = { library, store, repository };
  opened.push(tab);
  return tab;
};
/** The tab's page is gone at once: no pagehide, no flush (its Web Lock goes with it). */
const crash = (tab: Tab) => {
  tab.library.close();
  tab.store.destroy();
  opened.splice(opened.indexOf(tab), 1);
};
const setSkattesats = (tab: Tab, value: number, year = 2025) =>
  tab.store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year, value });
const skattesats = (document: ScenarioDocument, year = 2025) => document.changes.inputs.skattesats?.[year];
const journal = async () =>
  (await (await openIdbJournal()).entries()).map((e) => [e.tab, e.seq, e.baseRevision]);
const savedList = (tab: Tab) =>
  tab.library.getState().scenarios.map((s) => [s.document.name, skattesats(s.document), s.revision]);

let uninstall: () => void = () => undefined;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  uninstall = installFakeLocks();
});
afterEach(() => {
  for (const tab of opened.splice(0)) crash(tab);
  uninstall();
});

describe('every committed edit is journalled before its save', () => {
  it('is in the journal when the dispatch returns, and the next start saves it as the next revision', async () => {
    const tab = await openTab('a');
    setSkattesats(tab, 11.44);
    // Nothing awaited since the dispatch: the write was issued in it (IndexedDB orders the read after it).
    expect(await journal()).toEqual([['a', 1, 1]]);
    crash(tab);
    const next = await openTab('b');
    expect(skattesats(next.store.getState().document)).toBe(11.44);
    expect(savedList(next)).toEqual([[START_SCENARIO_NAME, 11.44, 2]]);
    expect(next.library.getState().notice).toBeUndefined();
    expect(await journal()).toEqual([]);
  });

  it('is settled by the save: nothing is left in the journal once the edit is saved', async () => {
    const tab = await openTab('a', 10);
    setSkattesats(tab, 11.44);
    await tab.library.flush();
    expect(await journal()).toEqual([]);
  });

  it('an edit made while the save of the one before is under way builds on that save, not on a copy', async () => {
    const tab = await openTab('a');
    setSkattesats(tab, 11.44);
    const saving = tab.library.flush();
    // The save takes the document in a microtask; the second edit comes after that, while it is written.
    await Promise.resolve();
    setSkattesats(tab, 11.54, 2026);
    await saving;
    const stored = await tab.repository.load(tab.store.getState().document.id);
    expect(stored?.kind === 'scenario' && [stored.revision, skattesats(stored.document, 2026)]).toEqual([
      2,
      undefined,
    ]);
    // Saved as revision 2; the second edit's entry now builds on revision 2.
    expect(await journal()).toEqual([['a', 2, 2]]);
    crash(tab);
    const next = await openTab('b');
    expect(next.library.getState().notice).toBeUndefined();
    expect(savedList(next)).toEqual([[START_SCENARIO_NAME, 11.44, 3]]);
    expect(skattesats(next.store.getState().document, 2026)).toBe(11.54);
  });

  it('an undo back to the saved document drops the entry: a later save elsewhere makes no copy', async () => {
    const tab = await openTab('a');
    setSkattesats(tab, 11.44);
    tab.store.dispatch({ type: 'scenario/undo' });
    expect(await journal()).toEqual([]);
    crash(tab);
    const other = await openTab('b', 10);
    setSkattesats(other, 11.6);
    await other.library.flush();
    crash(other);
    const next = await openTab('c');
    expect(next.library.getState().notice).toBeUndefined();
    expect(savedList(next)).toEqual([[START_SCENARIO_NAME, 11.6, 2]]);
  });

  it('keeps the edit as a copy when another tab saved the scenario after it', async () => {
    const tab = await openTab('a');
    const other = await openTab('b', 10);
    setSkattesats(tab, 11.44);
    setSkattesats(other, 11.6, 2026);
    await other.library.flush();
    crash(tab);
    const next = await openTab('c');
    expect(next.library.getState().notice).toMatch(/inte hann sparas.*kopia från annan flik/);
    expect(Object.fromEntries(savedList(next).map(([name, ...rest]) => [name, rest]))).toEqual({
      [START_SCENARIO_NAME]: [undefined, 2],
      [`${START_SCENARIO_NAME} (kopia från annan flik)`]: [11.44, 1],
    });
  });

  it('a new tab leaves an open tab’s journalled edit to that tab, which then saves it without a copy', async () => {
    const tab = await openTab('a');
    setSkattesats(tab, 11.44);
    const other = await openTab('b');
    expect(savedList(other)).toEqual([[START_SCENARIO_NAME, undefined, 1]]);
    await tab.library.flush();
    expect(tab.library.getState().notice).toBeUndefined();
    expect(savedList(tab)).toEqual([[START_SCENARIO_NAME, 11.44, 2]]);
  });

  it('journals the first edit of an example in its new copy, and never the example itself', async () => {
    const tab = await openTab('a');
    const example = tab.library.getState().examples[0];
    if (!example) throw new Error('no example');
    await tab.library.open(example.id);
    tab.store.dispatch({ type: 'scenario/rename', name: 'Mitt exempel' });
    expect((await journal()).map(([t]) => t)).toEqual(['a']);
    crash(tab);
    const next = await openTab('b');
    expect(savedList(next).map(([name]) => name)).toContain('Mitt exempel');
  });
});
