import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sameContent } from '../../src/model/history/sameContent';
import type { ScenarioHistory } from '../../src/model/history/scenarioHistory';
import { openScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { TabSync } from '../../src/persistence/tabSync';
import { openLibrary, type ScenarioLibrary } from '../../src/scenarios/scenarioLibrary';
import { createScenarioStore, type ScenarioStore } from '../../src/scenarios/scenarioStore';
import { historyOfStanding } from '../../src/model/history/standing';
import {
  allScenariosFile,
  readScenarioText,
  readShareLink,
  scenarioFile,
  shareLink,
} from '../../src/scenarios/transfer';
import { plan } from '../helpers';

const lonelyTab = (tab: string): TabSync => ({
  tab,
  post: () => undefined,
  subscribe: () => () => undefined,
  close: () => undefined,
});
type Tab = { library: ScenarioLibrary; store: ScenarioStore };
const opened: Tab[] = [];
let ids = 0;
let clock = Date.parse('2026-12-01T09:00:00.000Z');

/** A tab on this browser's IndexedDB; a second call after closing the first is a reload. */
const openTab = async (): Promise<Tab> => {
  const library = await openLibrary({
    plan,
    repository: await openScenarioRepository(),
    tabSync: lonelyTab(`tab-${(ids += 1)}`),
    newId: () => `id-${(ids += 1)}`,
    now: () => new Date(clock),
    autosaveDelayMs: 10,
  });
  const store = library.attach(createScenarioStore(plan, library.initialDocument));
  const tab = { library, store };
  opened.push(tab);
  return tab;
};
const close = (tab: Tab) => {
  tab.library.close();
  tab.store.destroy();
  opened.splice(opened.indexOf(tab), 1);
};
const rate = (tab: Tab, value: number) =>
  tab.store.dispatch({ type: 'scenario/setInput', id: 'skattesats', year: 2026, value });
const historyOf = async (tab: Tab): Promise<ScenarioHistory> => {
  const stored = await tab.library.history.load();
  if (stored.kind !== 'history') throw new Error(stored.message);
  return stored.history;
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  for (const tab of opened.splice(0)) {
    tab.library.close();
    tab.store.destroy();
  }
});

describe('a scenario’s history in the library', () => {
  it('saves a version with a note, restores it exactly after more edits, and has it all after a reload', async () => {
    const tab = await openTab();
    rate(tab, 11.54);
    const noted = await tab.library.history.saveVersion('Inför gruppmötet');
    expect(noted.ok).toBe(true);
    const version = (await historyOf(tab)).versions[0];
    expect(version).toMatchObject({ seq: 1, kind: 'sparad', note: 'Inför gruppmötet' });
    clock += 60_000;
    rate(tab, 11.9);
    tab.store.dispatch({ type: 'scenario/rename', name: 'Senare namn' });
    await tab.library.flush();

    const restored = await tab.library.history.restore(1);
    expect(restored.ok).toBe(true);
    expect(tab.store.getState().document).toEqual(version?.document);
    const history = await historyOf(tab);
    expect(history.versions.map((v) => [v.seq, v.kind, v.restoredFrom])).toEqual([
      [1, 'sparad', undefined],
      [2, 'automatisk', undefined],
      [3, 'aterstalld', 1],
    ]);
    expect(history.versions[1]?.document).toMatchObject({
      name: 'Senare namn',
      changes: { inputs: { skattesats: { '2026': 11.9 } } },
    });

    close(tab);
    const reloaded = await openTab();
    const open = reloaded.store.getState().document;
    expect(version && sameContent(open, version.document)).toBe(true);
    expect((await historyOf(reloaded)).versions).toEqual(history.versions);
  });

  it('sets a status with a decision note, and the file of the scenario carries the history to an import', async () => {
    const tab = await openTab();
    rate(tab, 11.44);
    await tab.library.history.setStatus('beslutad', 'Regionfullmäktige 2026-11-24 § 150');
    const history = await historyOf(tab);
    expect(history).toMatchObject({ status: 'beslutad', decisionNote: 'Regionfullmäktige 2026-11-24 § 150' });
    const file = scenarioFile(tab.store.getState().document, new Date(clock), history);
    const read = readScenarioText(String(file.contents), tab.store.getState());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [copy] = await tab.library.importCopies(read.documents, read.histories);
    if (!copy) throw new Error('no copy');
    await tab.library.open(copy.id);
    const imported = await historyOf(tab);
    expect(imported).toMatchObject({
      scenarioId: copy.id,
      status: 'beslutad',
      decisionNote: 'Regionfullmäktige 2026-11-24 § 150',
    });
    expect(imported.versions.map((v) => ({ ...v.document, id: history.scenarioId }))).toEqual(
      history.versions.map((v) => v.document),
    );
  });

  it('restores as one undo step: Ctrl+Z gives back the exact document before, which is also kept as a version', async () => {
    const tab = await openTab();
    rate(tab, 11.54);
    await tab.library.history.saveVersion('Inför gruppmötet');
    const version = (await historyOf(tab)).versions[0];
    clock += 60_000;
    rate(tab, 11.9);
    tab.store.dispatch({ type: 'scenario/setNote', key: 'skattesats', note: 'Kollektivtrafiken' });
    tab.store.dispatch({ type: 'scenario/rename', name: 'Senare namn' });
    await tab.library.flush();
    const before = tab.store.getState().document;

    expect((await tab.library.history.restore(1)).ok).toBe(true);
    expect(tab.store.getState().document).toEqual(version?.document);
    expect(tab.store.getState().canUndo).toBe(true);
    const kept = (await historyOf(tab)).versions.find((v) => v.kind === 'automatisk');
    expect(kept && sameContent(kept.document, before)).toBe(true);

    tab.store.dispatch({ type: 'scenario/undo' });
    expect(tab.store.getState().document).toEqual(before);
    // The edits before the restore are still undoable one by one.
    tab.store.dispatch({ type: 'scenario/undo' });
    expect(tab.store.getState().document.name).not.toBe('Senare namn');
    tab.store.dispatch({ type: 'scenario/redo' });
    tab.store.dispatch({ type: 'scenario/redo' });
    expect(tab.store.getState().document).toEqual(version?.document);
    tab.store.dispatch({ type: 'scenario/undo' });
    await tab.library.flush();

    close(tab);
    const reloaded = await openTab();
    expect(sameContent(reloaded.store.getState().document, before)).toBe(true);
  });

  it('"Spara alla som fil" carries every scenario’s history, and importing the file brings them all back', async () => {
    const tab = await openTab();
    rate(tab, 11.44);
    await tab.library.history.saveVersion('Första förslaget');
    await tab.library.history.setStatus('beslutad', 'Regionfullmäktige 2026-11-24 § 150');
    const second = await tab.library.createFromPlan('Andra förslaget');
    rate(tab, 11.64);
    await tab.library.history.saveVersion('Partigruppens förslag');
    clock += 60_000;
    rate(tab, 11.74);
    await tab.library.history.restore(1);
    await tab.library.flush();
    await tab.library.createFromPlan('Utan historik');
    await tab.library.flush();

    const documents = tab.library.allDocuments();
    const histories = await tab.library.history.loadAll(documents);
    const before = [...histories.values()];
    expect(before.map((h) => h.versions.length).sort()).toEqual([0, 2, 3]);
    expect(histories.get(second.id)?.versions.map((v) => v.kind)).toEqual([
      'sparad',
      'automatisk',
      'aterstalld',
    ]);
    const file = allScenariosFile(documents, new Date(clock), histories);
    expect(file.withoutHistory).toEqual([]);

    const read = readScenarioText(String(file.contents), tab.store.getState());
    if (!read.ok) throw new Error(read.message);
    const copies = await tab.library.importCopies(read.documents, read.histories);
    expect(copies).toHaveLength(documents.length);
    const after = await tab.library.history.loadAll(copies);
    // Each copy has its original's history under its own id: status, decision note, every version exact.
    const asOriginal = (history: ScenarioHistory, id: string): ScenarioHistory => ({
      ...history,
      scenarioId: id,
      versions: history.versions.map((v) => ({ ...v, document: { ...v.document, id } })),
    });
    for (const [i, copy] of copies.entries()) {
      const original = documents[i];
      if (!original) throw new Error('no original');
      const copied = after.get(copy.id);
      const had = histories.get(original.id);
      if (!had || had.versions.length === 0) expect(copied?.versions ?? []).toEqual([]);
      else expect(copied && asOriginal(copied, original.id)).toEqual(had);
    }
  });

  it('a link carries the status: the receiver’s copy is "beslutad" with the note, and its file carries that on', async () => {
    const tab = await openTab();
    rate(tab, 11.44);
    await tab.library.history.setStatus('beslutad', 'Regionfullmäktige 2026-11-24 § 150');
    const { status, decisionNote } = await historyOf(tab);
    const link = await shareLink('http://localhost/', tab.store.getState().document, new Date(clock), {
      status,
      decisionNote,
    });
    const read = await readShareLink(new URL(link).hash, tab.store.getState());
    if (!read?.ok || !read.standing) throw new Error('no standing in the link');
    const [copy] = await tab.library.importCopies(
      [read.scenario],
      [historyOfStanding(read.scenario.id, read.standing)],
    );
    if (!copy) throw new Error('no copy');
    await tab.library.open(copy.id);
    expect(await historyOf(tab)).toEqual({
      scenarioId: copy.id,
      status: 'beslutad',
      decisionNote: 'Regionfullmäktige 2026-11-24 § 150',
      nextSeq: 1,
      pruned: 0,
      versions: [],
    });
    const file = scenarioFile(copy, new Date(clock), await historyOf(tab));
    const again = readScenarioText(String(file.contents), tab.store.getState());
    expect(again.ok && again.histories[0]).toMatchObject({ status: 'beslutad', versions: [] });
  });

  it('"Öppna som kopia" opens an old version exactly as it was, as its own scenario, the original untouched', async () => {
    const tab = await openTab();
    rate(tab, 11.54);
    tab.store.dispatch({ type: 'scenario/setNote', key: 'skattesats', note: 'Kollektivtrafiken' });
    await tab.library.history.saveVersion('Förra månaden');
    clock += 60_000;
    rate(tab, 11.9);
    await tab.library.flush();
    const original = tab.store.getState().document;
    const history = await historyOf(tab);
    const version = history.versions[0];
    if (!version) throw new Error('no version');

    expect((await tab.library.history.openCopy(1)).ok).toBe(true);
    const copy = tab.store.getState().document;
    expect(copy.id).not.toBe(original.id);
    expect(tab.library.getState().openId).toBe(copy.id);
    expect(copy.name).toBe(`${version.document.name} – version 1`);
    const { id: _i, name: _n, createdAt: _c, updatedAt: _u, ...asItWas } = version.document;
    const { id: _ci, name: _cn, createdAt: _cc, updatedAt: _cu, ...opened } = copy;
    expect(opened).toEqual(asItWas);
    expect(tab.library.getState().notice).toBe(
      `Version 1 av ”${version.document.name}” är öppnad som ett eget scenario, ”${copy.name}”. Originalet är orört.`,
    );

    await tab.library.open(original.id);
    expect(sameContent(tab.store.getState().document, original)).toBe(true);
    expect(await historyOf(tab)).toEqual(history);
    expect(await tab.library.history.openCopy(99)).toEqual({
      ok: false,
      message: 'Versionen finns inte längre i historiken.',
    });
  });

  it('says in Swedish that an example has no history', async () => {
    const tab = await openTab();
    const example = tab.library.getState().examples[0];
    if (!example) throw new Error('no example');
    await tab.library.open(example.id);
    expect(await tab.library.history.saveVersion('x')).toEqual({
      ok: false,
      message: 'Exemplen är skrivskyddade och har ingen historik. Ändra något, så sparas en egen kopia.',
    });
  });
});
