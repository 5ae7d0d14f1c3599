import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeSession,
  emptyHistory,
  restoreVersion,
  saveVersion,
  SCENARIO_STATUSES,
  setStatus,
  type ScenarioHistory,
} from '../../../src/model/history/scenarioHistory';
import type { ScenarioDocument } from '../../../src/model/scenarioDocument';
import { parseScenarioFile } from '../../../src/persistence/parseScenarioFile';
import { scenarioFileText } from '../../../src/persistence/scenarioFiles';
import { newScenario } from '../../../src/scenarios/newScenario';
import { changesArbitrary } from '../../arbitraries';
import { plan } from '../../helpers';

const T0 = Date.parse('2026-12-01T08:00:00.000Z');
/** Documents as a file or IndexedDB hands them back: through JSON (so no −0). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const step = fc.oneof(
  fc.record({
    type: fc.constant('edit' as const),
    changes: changesArbitrary.map(plain),
    name: fc.option(fc.string({ minLength: 1, maxLength: 20 })),
  }),
  fc.record({ type: fc.constant('pause' as const), minutes: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ type: fc.constant('save' as const), note: fc.string({ maxLength: 40 }) }),
  fc.record({
    type: fc.constant('status' as const),
    status: fc.constantFrom(...SCENARIO_STATUSES),
    note: fc.string({ maxLength: 40 }),
  }),
  fc.record({ type: fc.constant('restore' as const), pick: fc.nat() }),
);

type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;
type Run = { history: ScenarioHistory; document: ScenarioDocument; snapshots: Map<number, ScenarioDocument> };

/** A session of edits as the app makes them: every edit is saved, a save after a pause closes the session. */
const play = (steps: readonly Step[]): Run => {
  let clock = T0;
  let document = newScenario(plan, 'Förslag', 'scenario-1', new Date(clock));
  let saved = { document, savedAt: new Date(clock).toISOString() };
  let history = emptyHistory(document.id);
  const snapshots = new Map<number, ScenarioDocument>();
  const remember = () => {
    for (const v of history.versions)
      if (!snapshots.has(v.seq)) snapshots.set(v.seq, structuredClone(v.document));
  };
  const persist = () => {
    history = closeSession(history, saved, new Date(clock));
    saved = { document, savedAt: new Date(clock).toISOString() };
  };
  for (const s of steps) {
    clock += 1000;
    const now = new Date(clock);
    if (s.type === 'pause') clock += s.minutes * 60_000;
    if (s.type === 'edit') {
      document = {
        ...document,
        changes: s.changes,
        name: s.name ?? document.name,
        updatedAt: now.toISOString(),
      };
      persist();
    }
    if (s.type === 'save') history = saveVersion(history, document, s.note, now);
    if (s.type === 'status') history = setStatus(history, document, s.status, s.note, now);
    if (s.type === 'restore' && history.versions.length > 0) {
      const source = history.versions[s.pick % history.versions.length];
      if (!source) throw new Error('no version');
      const before = history.versions.map((v) => v.seq);
      const restored = restoreVersion(history, source.seq, document, now);
      if (!restored) throw new Error(`version ${source.seq} not restored`);
      expect(restored.document).toEqual(snapshots.get(source.seq));
      history = restored.history;
      // Nothing is lost: every version there was is still there, and the restored one is the newest.
      expect(history.versions.map((v) => v.seq).slice(0, before.length)).toEqual(before);
      expect(history.versions.at(-1)).toMatchObject({ kind: 'aterstalld', restoredFrom: source.seq });
      document = restored.document;
      persist();
    }
    remember();
  }
  return { history, document, snapshots };
};

describe('restoring a version (property)', () => {
  it('gives back exactly the document the version was made of, for random documents and edit sequences', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const { history, document, snapshots } = play(steps);
        for (const version of history.versions)
          expect(restoreVersion(history, version.seq, document, new Date(T0 + 1e9))?.document).toEqual(
            snapshots.get(version.seq),
          );
      }),
      { numRuns: 150 },
    );
  });

  it('gives back the same documents after the history went through a file', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const { history, document, snapshots } = play(steps);
        const read = parseScenarioFile(scenarioFileText(document, new Date(T0), history));
        expect(read.ok && read.historyProblem).toBe(undefined);
        if (!read.ok) return;
        expect(read.scenario).toEqual(document);
        expect(read.history ?? emptyHistory(document.id)).toEqual(
          history.versions.length > 0 ? history : emptyHistory(document.id),
        );
        const carried = read.history ?? emptyHistory(document.id);
        for (const version of carried.versions)
          expect(restoreVersion(carried, version.seq, document, new Date())?.document).toEqual(
            snapshots.get(version.seq),
          );
      }),
      { numRuns: 60 },
    );
  });
});
