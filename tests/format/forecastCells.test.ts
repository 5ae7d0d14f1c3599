import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forecastSummary, forecastValues, pasteForecast, readForecast } from '../../src/format/forecastCells';
import { parsePlan } from '../../src/model/parsePlan';
import { editOfForecast, forecastFromPlan, forecastRows } from '../../src/model/revisions/forecastEdit';

const plan = parsePlan(JSON.parse(readFileSync('fixtures/plans/norrbotten-2025-2027.json', 'utf8')));
const revised = parsePlan(
  JSON.parse(readFileSync('fixtures/revisions/norrbotten-2025-2027-v2.json', 'utf8')),
);
const rows = forecastRows(plan);
const SU = 'driver:skatteunderlagstillvaxt';
const draft = (texts: Record<string, string>, confirmed: Record<string, number> = {}) => ({
  texts,
  confirmed,
});

describe('"Ny prognos" form: what it offers and how it reads typed and pasted text', () => {
  it('offers the forecast drivers and the statsbidrag and utjämning lines, never a skatt line', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'skatteunderlagstillvaxt',
      'prisindex',
      'befolkning',
      'inkomstutjamning',
      'kostnadsutjamning',
      'strukturbidrag',
      'regleringsbidrag',
      'lakemedelsbidrag',
    ]);
    expect(rows.some((r) => r.id === 'skattesats')).toBe(false);
  });

  it('reads typed values through the grid parser: a value, a refusal, a question until confirmed', () => {
    const cells = readForecast(
      rows,
      draft({
        [`${SU}:2025`]: '3,7',
        [`${SU}:2026`]: 'tre',
        [`${SU}:2027`]: '30',
        'driver:befolkning:2025': '',
      }),
    );
    expect(cells.get(`${SU}:2025`)).toEqual({ kind: 'value', value: 3.7, reading: undefined });
    expect(cells.get(`${SU}:2026`)?.kind).toBe('refused');
    expect(cells.get(`${SU}:2027`)?.kind).toBe('question');
    expect(cells.has('driver:befolkning:2025')).toBe(false);
    expect(forecastValues(cells)).toBeUndefined();
    const summary = forecastSummary(rows, cells);
    expect(summary).toEqual({
      changes: ['Skatteunderlagstillväxt 2025: 4,8\u00a0% → 3,7\u00a0%'],
      waiting: 1,
      refused: 1,
    });
    const confirmed = readForecast(
      rows,
      draft({ [`${SU}:2025`]: '3,7', [`${SU}:2027`]: '30' }, { [`${SU}:2027`]: 30 }),
    );
    expect([...(forecastValues(confirmed) ?? [])]).toEqual([
      [`${SU}:2025`, 3.7],
      [`${SU}:2027`, 30],
    ]);
  });

  it('makes the edit of the values that differ from the plan only', () => {
    const values = new Map([
      [`${SU}:2025`, 3.7],
      [`${SU}:2026`, 4.1], // the plan's own value
      ['line:kostnadsutjamning:2026', 830],
    ]);
    expect(editOfForecast(rows, values)).toEqual({
      drivers: { skatteunderlagstillvaxt: { '2025': 3.7 } },
      lines: { kostnadsutjamning: { '2026': 830 } },
    });
  });

  it('pastes a block from Excel onto the form, all or nothing', () => {
    const pasted = pasteForecast(rows, 0, 2025, '3,7\t3,9\r\n−1,0\t0,5\r\n');
    expect(pasted).toEqual({
      kind: 'texts',
      texts: {
        [`${SU}:2025`]: '3,7',
        [`${SU}:2026`]: '3,9',
        'driver:prisindex:2025': '−1,0',
        'driver:prisindex:2026': '0,5',
      },
      questions: [],
    });
    expect(pasteForecast(rows, 0, 2029, '3,7\t3,9\t4,0').kind).toBe('refused');
    expect(pasteForecast(rows, 0, 2025, '3,7\tabc')).toMatchObject({ kind: 'refused' });
    expect(pasteForecast(rows, rows.length - 1, 2025, '1\n2').kind).toBe('refused');
  });

  it('reads the values a filled-in template (here: the revised plan) changes, and nothing else', () => {
    const found = forecastFromPlan(rows, revised);
    expect(found.get(`${SU}:2025`)).toBe(3.7);
    expect([...found.keys()].filter((k) => k.startsWith('driver:'))).toEqual([`${SU}:2025`]);
    // The revision moved inkomstutjämningen with the skatteunderlag (937,0 → 927,2 mnkr), so it is read too.
    expect(found.get('line:inkomstutjamning:2025')).toBeCloseTo(927.2, 1);
    expect(forecastFromPlan(rows, plan).size).toBe(0);
  });
});
