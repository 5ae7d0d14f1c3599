import { describe, expect, it } from 'vitest';
import {
  addVersion,
  bounded,
  closeSession,
  emptyHistory,
  MAX_HISTORY_BYTES,
  MAX_VERSIONS,
  restoreVersion,
  saveVersion,
  SESSION_PAUSE_MS,
  setStatus,
  STATUS_LABELS,
  type ScenarioHistory,
} from '../../../src/model/history/scenarioHistory';
import { sameContent } from '../../../src/model/history/sameContent';
import type { ScenarioDocument } from '../../../src/model/scenarioDocument';
import { newScenario } from '../../../src/scenarios/newScenario';
import { plan } from '../../helpers';

const T0 = new Date('2026-12-01T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const base = newScenario(plan, 'Förslag', 'a', T0);
const withRate = (rate: number, updatedAt = T0): ScenarioDocument => ({
  ...base,
  changes: { inputs: { skattesats: { '2026': rate } }, frameChanges: [] },
  updatedAt: updatedAt.toISOString(),
});

describe('a scenario’s history', () => {
  it('labels the four statuses in Swedish', () => {
    expect(Object.values(STATUS_LABELS)).toEqual(['Utkast', 'För beslut', 'Beslutad', 'Avslagen']);
  });

  it('keeps a version saved with a note, numbered and with the status it was saved under', () => {
    const history = saveVersion(emptyHistory('a'), withRate(11.54), '  Till partigruppen ', at(1));
    expect(history.versions).toEqual([
      {
        seq: 1,
        savedAt: at(1).toISOString(),
        kind: 'sparad',
        note: 'Till partigruppen',
        status: 'utkast',
        document: withRate(11.54),
      },
    ]);
    expect(history.nextSeq).toBe(2);
  });

  it('makes one automatic version per session: a save after a pause of ten minutes keeps the state before it', () => {
    const stored = { document: withRate(11.44), savedAt: at(0).toISOString() };
    const h0 = emptyHistory('a');
    // Nine minutes and 59 seconds later the session goes on: nothing is added (the same object comes back).
    expect(closeSession(h0, stored, new Date(at(0).getTime() + SESSION_PAUSE_MS - 1000))).toBe(h0);
    const h1 = closeSession(h0, stored, at(10));
    expect(h1.versions.map((v) => [v.kind, v.savedAt, v.document])).toEqual([
      ['automatisk', at(0).toISOString(), withRate(11.44)],
    ]);
    // A state a version already holds (its save time aside) is not kept twice.
    expect(
      closeSession(h1, { document: withRate(11.44, at(30)), savedAt: at(30).toISOString() }, at(60)),
    ).toBe(h1);
  });

  it('does not keep a session’s last state twice when a version made since holds it', () => {
    const stored = { document: withRate(11.44), savedAt: at(0).toISOString() };
    const noted = saveVersion(emptyHistory('a'), withRate(11.44), 'Sparad', at(2));
    const restored = restoreVersion(noted, 1, withRate(11.6), at(3))?.history ?? noted;
    const pausedAfterRestore = { document: withRate(11.6), savedAt: at(1).toISOString() };
    expect(closeSession(restored, pausedAfterRestore, at(30))).toBe(restored);
    expect(closeSession(noted, stored, at(30))).toBe(noted);
    // A state saved after the version was made (the same figures again, later) is a new session's end.
    const later = { document: withRate(11.44), savedAt: at(5).toISOString() };
    const afterOther = saveVersion(noted, withRate(11.5), 'Annan', at(4));
    expect(closeSession(afterOther, later, at(30)).versions.at(-1)).toMatchObject({
      kind: 'automatisk',
      seq: 3,
    });
  });

  it('sets the status and decision note and keeps the decided document as a version', () => {
    const history = setStatus(
      emptyHistory('a'),
      withRate(11.54),
      'beslutad',
      'Fullmäktige 2026-11-24 § 12',
      at(5),
    );
    expect(history).toMatchObject({ status: 'beslutad', decisionNote: 'Fullmäktige 2026-11-24 § 12' });
    expect(history.versions[0]).toMatchObject({
      kind: 'status',
      status: 'beslutad',
      document: withRate(11.54),
    });
  });

  it('restores a version exactly, as a new newest version, after keeping the current state', () => {
    const history = saveVersion(emptyHistory('a'), withRate(11.34), 'Första', at(0));
    const current = withRate(11.9, at(20));
    const restored = restoreVersion(history, 1, current, at(21));
    expect(restored?.document).toEqual(withRate(11.34));
    expect(restored?.history.versions.map((v) => [v.seq, v.kind, v.restoredFrom])).toEqual([
      [1, 'sparad', undefined],
      [2, 'automatisk', undefined],
      [3, 'aterstalld', 1],
    ]);
    expect(restored?.history.versions[1]?.document).toEqual(current);
    expect(restoreVersion(history, 99, current, at(21))).toBeUndefined();
  });

  it('bounds the history: at most 200 versions, automatic ones go first, decided ones last', () => {
    let history: ScenarioHistory = setStatus(emptyHistory('a'), withRate(11.1), 'beslutad', 'Beslut', at(0));
    history = { ...history, status: 'utkast' };
    history = saveVersion(history, withRate(11.2), 'Sparad', at(1));
    for (let i = 0; i < MAX_VERSIONS + 10; i += 1)
      history = addVersion(history, withRate(12 + i / 1000), {
        kind: 'automatisk',
        savedAt: at(2 + i).toISOString(),
      });
    expect(history.versions).toHaveLength(MAX_VERSIONS);
    expect(history.pruned).toBe(12);
    expect(history.versions[0]).toMatchObject({ seq: 1, status: 'beslutad' });
    expect(history.versions[1]).toMatchObject({ seq: 2, kind: 'sparad' });
    expect(history.versions.at(-1)?.seq).toBe(MAX_VERSIONS + 12);
    // With only named versions left, an undecided one goes before the decided one.
    let named: ScenarioHistory = history;
    for (let i = 0; i < MAX_VERSIONS; i += 1) named = saveVersion(named, withRate(13), `n${i}`, at(500 + i));
    expect(named.versions[0]).toMatchObject({ seq: 1, status: 'beslutad' });
    expect(named.versions.every((v) => v.kind !== 'automatisk')).toBe(true);
  });

  it('bounds the bytes, and always keeps the newest version', () => {
    const big = (i: number): ScenarioDocument => ({
      ...withRate(11),
      notes: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k) => [k, `${i}`.padEnd(1990, 'x')])),
    });
    let history = emptyHistory('a');
    for (let i = 0; i < 150; i += 1) history = saveVersion(history, big(i), '', at(i));
    expect(new TextEncoder().encode(JSON.stringify(history.versions)).length).toBeLessThanOrEqual(
      MAX_HISTORY_BYTES,
    );
    expect(history.versions.length).toBeLessThan(150);
    expect(history.versions.at(-1)?.document).toEqual(big(149));
    const [first] = history.versions;
    if (!first) throw new Error('no version');
    const huge = {
      ...history,
      versions: [{ ...first, document: { ...big(0), name: 'x'.repeat(2_000_000) } }],
    };
    expect(bounded(huge).versions).toHaveLength(1);
  });

  it('compares documents by what they say, not by when they were saved or in which key order', () => {
    const a = withRate(11.5);
    expect(sameContent(a, { ...a, updatedAt: at(99).toISOString() })).toBe(true);
    expect(
      sameContent(a, {
        ...a,
        notes: {},
        changes: { frameChanges: [], inputs: { skattesats: { '2026': 11.5 } } },
      }),
    ).toBe(true);
    expect(sameContent(a, withRate(11.51))).toBe(false);
    expect(sameContent(a, { ...a, name: 'Annat' })).toBe(false);
  });
});
