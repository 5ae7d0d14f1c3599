import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  JOURNAL_DATABASE,
  memoryJournal,
  openIdbJournal,
  type EditJournal,
  type JournalRecord,
} from '../../src/persistence/editJournal';
import { applyJournalMessage, workerJournal, type JournalMessage } from '../../src/persistence/journalThread';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { createScenarioRepository, openScenarioRepository } from '../../src/persistence/scenarioRepository';
import { holdTabPresence } from '../../src/persistence/tabPresence';
import { newScenario } from '../../src/scenarios/newScenario';
import { installFakeLocks } from '../fakeLocks';
import { plan } from '../helpers';

const AT = new Date('2026-11-25T12:00:00.000Z');
const entry = (seq: number, baseRevision = 1, tab = 'flik-1', id = 'a'): JournalRecord => ({
  tab,
  id,
  seq,
  baseRevision,
  record: { seq },
});
const seqs = async (journal: EditJournal) =>
  (await journal.entries()).map((e) => [e.tab, e.id, e.seq, e.baseRevision]).sort();

let uninstall: (() => void) | undefined;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

describe.each([
  ['IndexedDB (fake-indexeddb)', openIdbJournal],
  ['memory', () => Promise.resolve(memoryJournal())],
])('the edit journal in %s', (_, open) => {
  it('holds the latest edit per tab and scenario, written synchronously and read in order', async () => {
    const journal = await open();
    journal.write(entry(1));
    journal.write(entry(2));
    journal.write(entry(1, 1, 'flik-2'));
    journal.write(entry(3, 4, 'flik-1', 'b'));
    expect(await seqs(journal)).toEqual([
      ['flik-1', 'a', 2, 1],
      ['flik-1', 'b', 3, 4],
      ['flik-2', 'a', 1, 1],
    ]);
  });

  it('a save that held the edits up to `upto` removes the entry, a later edit moves to the saved revision', async () => {
    const journal = await open();
    journal.write(entry(1));
    // The save of edit 1 is under way when edit 2 is journalled; it ends as revision 2.
    journal.write(entry(2));
    journal.settle('flik-1', 'a', 1, 2);
    expect(await seqs(journal)).toEqual([['flik-1', 'a', 2, 2]]);
    journal.settle('flik-1', 'a', 2, 3);
    expect(await seqs(journal)).toEqual([]);
  });

  it('settling without a revision removes only what it covers and leaves a later edit as it was', async () => {
    const journal = await open();
    journal.write(entry(5));
    journal.settle('flik-1', 'a', 4);
    expect(await seqs(journal)).toEqual([['flik-1', 'a', 5, 1]]);
    journal.settle('flik-1', 'a', 5);
    journal.settle('flik-1', 'saknas', 9, 2);
    expect(await seqs(journal)).toEqual([]);
  });

  it('removes exactly the entries it is given', async () => {
    const journal = await open();
    journal.write(entry(1));
    journal.write(entry(1, 1, 'flik-2'));
    const [first] = await journal.entries();
    await journal.remove(first ? [first] : []);
    expect(await journal.entries()).toHaveLength(1);
  });
});

describe('the edit journal in IndexedDB', () => {
  it('lives in its own database and survives a reopen', async () => {
    const journal = await openIdbJournal();
    journal.write(entry(1));
    await journal.entries();
    const reopened = await openIdbJournal();
    expect(await seqs(reopened)).toEqual([['flik-1', 'a', 1, 1]]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(JOURNAL_DATABASE);
  });

  it('never throws at the edit, whatever IndexedDB does, and skips entries it cannot read', async () => {
    const journal = await openIdbJournal();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      expect(() => journal.write(entry(1))).not.toThrow();
      expect(() => journal.settle('flik-1', 'a', 0, 2)).not.toThrow();
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    journal.write({ ...entry(2), seq: -1 });
    journal.write({ ...entry(3), tab: 7 } as unknown as JournalRecord);
    expect(await journal.entries()).toEqual([]);
  });
});

describe('the repository folds journalled edits in', () => {
  const document = (name: string) => ({ ...newScenario(plan, name, 'a', AT), name });

  it('journals an edit as the envelope a save would store, and folds it in once, then removes it', async () => {
    const repository = await openScenarioRepository();
    repository.journalEdit('flik-1', 1, document('Ändrat'), 3);
    const folded: unknown[] = [];
    await repository.foldJournal((entries) => Promise.resolve(void folded.push(...entries)));
    expect(folded).toEqual([{ document: document('Ändrat'), baseRevision: 3 }]);
    await repository.foldJournal((entries) => Promise.resolve(void folded.push(...entries)));
    expect(folded).toHaveLength(1);
  });

  it('leaves the edits of a tab that is still open to that tab, and takes them once it is gone', async () => {
    uninstall = installFakeLocks();
    const leave = holdTabPresence('levande');
    const repository = createScenarioRepository(memoryBackend());
    repository.journalEdit('levande', 1, document('Öppen flik'), 1);
    repository.journalEdit('borta', 1, document('Stängd flik'), 1);
    const names = async () => {
      const seen: string[] = [];
      await repository.foldJournal((entries) =>
        Promise.resolve(void seen.push(...entries.map((e) => e.document.name))),
      );
      return seen;
    };
    expect(await names()).toEqual(['Stängd flik']);
    expect(await names()).toEqual([]);
    leave();
    expect(await names()).toEqual(['Öppen flik']);
  });

  it('lets one start at a time fold, so two tabs restored together save an edit once', async () => {
    uninstall = installFakeLocks();
    const repository = await openScenarioRepository();
    const other = await openScenarioRepository();
    repository.journalEdit('borta', 1, document('Ändrat'), 1);
    let folds = 0;
    const fold = async (entries: readonly unknown[]) => {
      folds += entries.length;
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    await Promise.all([repository.foldJournal(fold), other.foldJournal(fold)]);
    expect(folds).toBe(1);
  });
});

describe('the journal written on a worker', () => {
  /** A stand-in for the worker: what the page posts is applied to its own journal, asynchronously. */
  const fakeWorker = (onWorker: EditJournal) => {
    const worker = {
      posted: 0,
      onmessage: null as ((event: MessageEvent<unknown>) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      postMessage: (message: JournalMessage) => {
        worker.posted += 1;
        queueMicrotask(() => applyJournalMessage(onWorker, message));
      },
      say: (data: unknown) => worker.onmessage?.({ data } as MessageEvent<unknown>),
    };
    return worker;
  };

  it('writes here until the worker is ready, then posts every write and settle to it, in order', async () => {
    const here = memoryJournal();
    const there = memoryJournal();
    const worker = fakeWorker(there);
    const journal = workerJournal(here, worker);
    journal.write(entry(1));
    expect(worker.posted).toBe(0);
    worker.say('ready');
    journal.write(entry(2, 1, 'flik-2'));
    journal.write(entry(3, 1, 'flik-2'));
    journal.settle('flik-2', 'a', 2, 5);
    expect(worker.posted).toBe(3);
    expect(await seqs(here)).toEqual([['flik-1', 'a', 1, 1]]);
    await Promise.resolve();
    expect(await seqs(there)).toEqual([['flik-2', 'a', 3, 5]]);
  });

  it('goes back to writing here when the worker fails to open the journal or breaks', async () => {
    const here = memoryJournal();
    const worker = fakeWorker(memoryJournal());
    const journal = workerJournal(here, worker);
    worker.say('failed');
    journal.write(entry(1));
    worker.say('ready');
    worker.onerror?.({} as ErrorEvent);
    journal.write(entry(2, 1, 'flik-2'));
    expect(worker.posted).toBe(0);
    expect(await seqs(here)).toEqual([
      ['flik-1', 'a', 1, 1],
      ['flik-2', 'a', 2, 1],
    ]);
  });
});
