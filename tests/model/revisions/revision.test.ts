import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelRows } from '../../../src/model/modelRows';
import { numberAt } from '../../../src/model/results';
import { comparePlans } from '../../../src/model/revisions/planDiff';
import { makeRevision, type PlanRevision } from '../../../src/model/revisions/revision';
import { NO_CHANGES } from '../../../src/model/scenarioChanges';
import { plan, printed } from '../../helpers';
import { compute, NORRBOTTEN_EDIT, NORRBOTTEN_META, NORRBOTTEN_REVISION_FILE } from './norrbottenRevision';

const revise = (edit: Parameters<typeof makeRevision>[1]): PlanRevision => {
  const result = makeRevision(
    plan,
    edit,
    { name: 'SKR:s prognos augusti 2026', date: '2026-08-20' },
    compute,
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.revision;
};

const line = (revision: PlanRevision, id: string, year: number) =>
  revision.plan.revenue?.lines.find((l) => l.id === id)?.values[String(year)];
const row = (revision: PlanRevision, id: string, year: number) =>
  revision.plan.statements.resultatbudget.rows.find((r) => r.id === id)?.values[String(year)];

describe('a revision of the plan', () => {
  // DOMAIN.md §4: skatteintäkter = skatteunderlag × skattesats; a growth rate g instead of the plan's g₀
  // scales the year's underlag, and every later year's, by (1 + g)/(1 + g₀); inkomstutjämningen follows
  // the underlag's growth, not the own rate. Plan 2026: skatt 8 197, inkomstutjämning 1 007, g₀ = 4,1 %.
  const minusOne = revise({ drivers: { skatteunderlagstillvaxt: { '2026': 3.1 } } });
  const factor = 1.031 / 1.041 - 1; // −0,009606…

  it('moves skatteintäkter and inkomstutjämningen 2026 by −1 procentenhet of growth, by hand', () => {
    expect(line(minusOne, 'skatteintakter', 2026)).toBeCloseTo(8197 * (1 + factor), 4); // 8 118,26
    expect(8197 * factor).toBeCloseTo(-78.74, 2);
    expect(line(minusOne, 'inkomstutjamning', 2026)).toBeCloseTo(1007 * (1 + factor), 4); // 997,33
    expect(row(minusOne, 'skatteintakter', 2026)).toBeCloseTo(8197 * (1 + factor), 4);
    // 2027 keeps its own growth on the lower level: the same factor.
    expect(row(minusOne, 'skatteintakter', 2027)).toBeCloseTo(8483 * (1 + factor), 4);
    // 2025 is untouched, and so are the lines that follow befolkning only.
    expect(row(minusOne, 'skatteintakter', 2025)).toBe(printed('resultatbudget', 'skatteintakter')['2025']);
    expect(line(minusOne, 'kostnadsutjamning', 2026)).toBe(817);
  });

  it('is the next version of the same plan, valid, with the driver and its source as entered', () => {
    expect(minusOne.plan.id).toBe(plan.id);
    expect(minusOne.plan.version).toBe(plan.version + 1);
    expect(minusOne.basedOn).toEqual({ id: plan.id, version: plan.version });
    expect(minusOne.name).toBe('SKR:s prognos augusti 2026');
    expect(minusOne.plan.drivers.skatteunderlagstillvaxt?.values?.['2026']).toBe(3.1);
    expect(minusOne.plan.drivers.skatteunderlagstillvaxt?.yearSources?.['2026']).toEqual({
      kind: 'entered',
      note: 'SKR:s prognos augusti 2026',
    });
  });

  it('computes without changes what the old plan computes with the edit as a scenario, on every sheet', () => {
    const edit = {
      skatteunderlagstillvaxt: { '2026': 3.1 },
      befolkning: { '2027': 250_000 },
      prisindex: { '2026': 1.8 },
    };
    const revision = revise({ drivers: edit, lines: { kostnadsutjamning: { '2025': 800 } } });
    const level = numberAt(compute(plan, NO_CHANGES), 'generella_statsbidrag_grund', 2025) ?? NaN;
    // A typed utjämning line of 800 instead of 811 is −11 mnkr on the statsbidrag level.
    const asScenario = {
      inputs: { ...edit, generella_statsbidrag_grund: { '2025': level - 11 } },
      frameChanges: [],
    };
    const expected = compute(plan, asScenario);
    const got = compute(revision.plan, NO_CHANGES);
    const sheets = ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget', 'Nyckeltal'];
    const rows = modelRows(plan).all.filter((r) => sheets.includes(r.sheet));
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows)
      for (const [year, value] of Object.entries(expected.cells[r.id] ?? {}))
        if (typeof value === 'number')
          expect(got.cells[r.id]?.[year], `${r.id} ${year}`).toBeCloseTo(value, 5);
        else expect(got.cells[r.id]?.[year], `${r.id} ${year}`).toEqual(value);
    // The balance carries the lower result (DOMAIN.md: eget kapital carried forward by årets resultat):
    // årets resultat 2025 in the balance is 11 lower, and so is 2026's opening eget kapital.
    const before = compute(plan, NO_CHANGES);
    const change = (id: string, year: number) =>
      (numberAt(got, id, year) ?? NaN) - (numberAt(before, id, year) ?? NaN);
    expect(change('bb_arets_resultat', 2025)).toBeCloseTo(-11, 6);
    expect(change('eget_kapital_ingaende', 2026)).toBeCloseTo(-11, 6);
  });

  it('refuses what a plan cannot hold, in Swedish, and makes nothing', () => {
    const refused = (
      edit: Parameters<typeof makeRevision>[1],
      meta = { name: 'Ny prognos', date: '2026-08-20' },
    ) => {
      const result = makeRevision(plan, edit, meta, compute);
      return result.ok ? [] : result.problems;
    };
    expect(refused({ drivers: {}, lines: { skatteintakter: { '2025': 7900 } } })[0]).toMatch(
      /skatteunderlaget och skattesatsen/,
    );
    expect(refused({ drivers: { avskrivningstid: { '2025': 20, '2026': 25, '2027': 25 } } })[0]).toMatch(
      /ett värde för alla år/,
    );
    expect(refused({ drivers: { finns_inte: { '2025': 1 } } })[0]).toMatch(/Okänt antagande/);
    expect(refused({ drivers: { skattesats: { '2031': 11 } } })[0]).toMatch(/året 2031 finns inte/);
    expect(refused({ drivers: {} }, { name: ' ', date: '2026-08-20' })).toEqual([
      'Ge den nya versionen ett namn.',
    ]);
  });

  it('lists what differs between the versions in Swedish words and figures', () => {
    const texts = comparePlans(plan, minusOne.plan).map((d) => d.text);
    expect(texts).toContain('Skatteunderlagstillväxt 2026: 4,1 → 3,1 % (−1,0 procentenheter).');
    expect(texts).toContain('Intäktsrad Skatteintäkter 2026: 8\u00a0197,0 → 8\u00a0118,3 mnkr (−78,7 mnkr).');
    expect(
      texts.some((t) => t.startsWith('Resultatbudget: Årets resultat 2026: 394,0 → 305,6 mnkr (−88,4 mnkr)')),
    ).toBe(true);
    expect(comparePlans(plan, plan)).toEqual([]);
  });

  it('is the revision in fixtures/revisions (docs/REVISIONER.md), made again from its edit', () => {
    const result = makeRevision(plan, NORRBOTTEN_EDIT, NORRBOTTEN_META, compute);
    expect(result.ok && JSON.parse(JSON.stringify(result.revision.plan))).toEqual(
      JSON.parse(readFileSync(NORRBOTTEN_REVISION_FILE, 'utf8')),
    );
  });
});
