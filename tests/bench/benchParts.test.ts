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
import { statsOf } from './report';

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
      'lpik',
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
