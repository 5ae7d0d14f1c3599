import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseSvNumber } from '../../src/format/parseSvNumber';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { compute } from '../helpers';
import { editSequence } from './editLatency';
import { jsChunks } from './jsSize';
import { editStats, statsOf, UNREPORTED_KEY_MS } from './report';
import { keyFramesOf } from './trace';

/** The bench's own logic; the bench itself (npm run bench) is not part of npm test. */
describe('the edit sequence', () => {
  const edits = editSequence(200);
  const planResults = compute(NO_CHANGES);
  const number = (text: string) => {
    const parsed = parseSvNumber(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.value;
  };

  it('alternates skattesats, befolkning, LPIK and investeringar across the years', () => {
    expect(edits.slice(0, 4).map((e) => e.rowId)).toEqual([
      'skattesats',
      'befolkning',
      'prisindex',
      'investeringar_materiella',
    ]);
    expect(new Set(edits.map((e) => `${e.rowId}|${e.year}`)).size).toBe(6 + 6 + 6 + 3);
  });

  it('never types the value a cell already has, so every edit changes the results', () => {
    const current = new Map<string, number>();
    for (const edit of edits) {
      const key = `${edit.rowId}|${edit.year}`;
      const before = current.get(key) ?? planResults.cells[edit.rowId]?.[String(edit.year)];
      const value = number(edit.text);
      expect(value, key).not.toBe(before);
      current.set(key, value);
    }
  });
});

describe('statsOf', () => {
  it('gives nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(statsOf(values)).toEqual({ n: 100, p50: 50, p95: 95, max: 100 });
    expect(statsOf([7])).toEqual({ n: 1, p50: 7, p95: 7, max: 7 });
  });
});

describe('editStats', () => {
  const sample = (t0: number, presented?: number) => ({
    cell: 'skattesats|2025',
    t0,
    handlerStart: t0 + 1,
    handlerEnd: t0 + 8,
    mutation: t0 + 8,
    raf: t0 + 12,
    paint: t0 + 20,
    engineMs: 2,
    presented,
  });

  it('takes work and wall clock from the traced frames, and Event Timing from the page', () => {
    const frames = [
      { wallMs: 20, busyMs: 11 },
      { wallMs: 18, busyMs: 15 },
    ];
    const stats = editStats(frames, [sample(100, 24), sample(300)], { keys: 0, reported: [] });
    expect(stats.work).toEqual({ n: 2, p50: 11, p95: 15, max: 15 });
    expect(stats.editToPaint).toEqual({ n: 2, p50: 18, p95: 20, max: 20 });
    // An Enter without an Event Timing entry was under the API's threshold.
    expect(stats.presented).toEqual({ n: 2, p50: UNREPORTED_KEY_MS, p95: 24, max: 24 });
  });

  it('fills the typed keys Event Timing did not report with its floor', () => {
    const stats = editStats([], [], { keys: 4, reported: [16, 40] });
    expect(stats.typedPresented).toEqual({ n: 4, p50: UNREPORTED_KEY_MS, p95: 40, max: 40 });
  });
});

describe('keyFramesOf', () => {
  const slice = (name: string, ts: number, dur: number, type?: string) => ({
    name,
    ph: 'X',
    ts: ts * 1000,
    dur: dur * 1000,
    pid: 1,
    tid: 7,
    ...(type ? { args: { data: { type } } } : {}),
  });
  const trace = (events: object[]) =>
    JSON.stringify({
      traceEvents: [
        { name: 'thread_name', ph: 'M', ts: 0, pid: 1, tid: 7, args: { name: 'CrRendererMain' } },
        { name: 'bench-commit', ph: 'R', ts: 100_500, pid: 1, tid: 7 },
        ...events,
      ],
    });

  it('times the key to the end of the first paint after its handler, counting busy time once', () => {
    const frames = keyFramesOf(
      trace([
        slice('EventDispatch', 100, 8, 'keydown'),
        slice('FunctionCall', 101, 5), // inside the handler: not counted twice
        slice('Paint', 90, 3), // an earlier frame
        slice('FireAnimationFrame', 114, 1),
        slice('Layout', 115, 2),
        slice('Paint', 117, 3),
        slice('Paint', 130, 3), // a later frame
      ]),
    );
    expect(frames).toEqual([{ wallMs: 20, busyMs: 14 }]);
  });

  it('skips a commit whose frame the trace does not hold', () => {
    expect(keyFramesOf(trace([slice('EventDispatch', 100, 8, 'keydown')]))).toEqual([]);
  });

  it('times the keys that carry another mark (the arrow keys) apart from the edits', () => {
    const events = [
      slice('EventDispatch', 100, 8, 'keydown'),
      slice('Paint', 110, 2),
      { name: 'bench-move', ph: 'R', ts: 200_100, pid: 1, tid: 7 },
      slice('EventDispatch', 200, 1, 'keydown'),
      slice('Paint', 204, 1),
    ];
    expect(keyFramesOf(trace(events), 'bench-move')).toEqual([{ wallMs: 5, busyMs: 2 }]);
    expect(keyFramesOf(trace(events))).toEqual([{ wallMs: 12, busyMs: 10 }]);
  });
});

describe('jsChunks', () => {
  it('counts what index.html loads as initial and the rest as lazy, gzip per chunk', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-test-'));
    try {
      mkdirSync(join(dist, 'assets'));
      const files = { 'index-a.js': 'a'.repeat(5000), 'vendor-b.js': 'b;'.repeat(900), 'Chart-c.js': 'c' };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dist, 'assets', name), content);
      writeFileSync(
        join(dist, 'index.html'),
        '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
          '<link rel="modulepreload" crossorigin href="/assets/vendor-b.js"><link rel="icon" href="/x.js">',
      );
      const chunks = jsChunks(dist);
      expect(chunks.filter((c) => c.initial).map((c) => c.file)).toEqual(
        expect.arrayContaining(['assets/index-a.js', 'assets/vendor-b.js']),
      );
      expect(chunks.find((c) => c.file === 'assets/Chart-c.js')?.initial).toBe(false);
      expect(chunks.find((c) => c.file === 'assets/index-a.js')?.gzip).toBe(
        gzipSync(files['index-a.js']).length,
      );
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
