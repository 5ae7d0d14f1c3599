import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import vasternorrlandJson from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { CATALOGUE } from '../../src/model/catalogue/catalogue';
import { sumParts } from '../../src/model/catalogue/sumParts';
import { planStatements } from '../../src/model/planStatements';
import { planSchema, STATEMENT_KINDS, type Plan, type StatementKind } from '../../src/model/planSchema';

/** The two built-in plans from real published tables (issue 13, item 5; figures as in shared/plans/README.md). */
const parse = (json: unknown): Plan => {
  const result = v.safeParse(planSchema, json);
  if (!result.success)
    throw new Error(
      result.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`).join('\n'),
    );
  return result.output;
};

type Difference = { statement: StatementKind; row: string; year: string; parts: number; printed: number };
/** `sums`: the printed (sum, year) pairs, counted by hand, so that no sum goes unchecked. */
type Fixture = {
  name: string;
  json: unknown;
  tolerance: number;
  sums: number;
  knownDifferences: readonly Difference[];
};

/**
 * Each plan with its table's rounding and the published sums that do not add exactly, as shared/plans/README.md
 * documents them. Sjöbo: 6 resultatbudget and 7 balansbudget sums × 6 columns; Västernorrland: 4 sums × 5.
 */
const FIXTURES: readonly Fixture[] = [
  { name: 'Sjöbo kommun', json: sjoboJson, tolerance: 0.05, sums: 6 * 6 + 7 * 6, knownDifferences: [] },
  {
    name: 'Region Västernorrland',
    json: vasternorrlandJson,
    tolerance: 1,
    sums: 4 * 5,
    knownDifferences: [
      {
        statement: 'resultatbudget',
        row: 'resultat_efter_finansiella_poster',
        year: '2021',
        parts: 59,
        printed: 60,
      },
    ],
  },
];

const statementsOf = (plan: Plan) =>
  STATEMENT_KINDS.flatMap((kind) => {
    const statement = plan.statements[kind];
    return statement ? [{ kind, rows: statement.rows }] : [];
  });

const rowValues = (plan: Plan, kind: StatementKind, id: string): Record<string, number> => {
  const row = plan.statements[kind]?.rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`${kind} has no row ${id}`);
  return row.values;
};
const at = (values: Record<string, number>, year: number): number => {
  const value = values[String(year)];
  if (value === undefined) throw new Error(`no value for ${year}`);
  return value;
};
const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Every printed sum and year against the sum of its printed parts. */
const sumChecks = (plan: Plan): Difference[] =>
  statementsOf(plan).flatMap(({ kind, rows }) =>
    rows.flatMap((row) => {
      const parts = sumParts(rows, row.id).map((id) => rows.find((part) => part.id === id)?.values ?? {});
      if (parts.length === 0) return [];
      return Object.entries(row.values).map(([year, printed]) => {
        const present = parts.flatMap((values) => (values[year] === undefined ? [] : [values[year]]));
        expect(present.length, `${kind}.${row.id} ${year} has no printed part`).toBeGreaterThan(0);
        const total = round(present.reduce((sum, value) => sum + value, 0));
        return { statement: kind, row: row.id, year, parts: total, printed };
      });
    }),
  );

describe.each(FIXTURES)('$name', ({ json, tolerance, sums, knownDifferences }) => {
  const plan = parse(json);
  const modelYears = [...plan.years.budget, ...plan.years.kalkyl].map(String);
  const historyYears = (plan.years.history ?? []).map(String);

  it('is a valid plan file of the v2 format', () => {
    expect(v.safeParse(planSchema, json).issues).toBeUndefined();
  });

  it("uses the catalogue's ids of each statement, and gives its own rows a kind and a printed parent", () => {
    for (const { kind, rows } of statementsOf(plan)) {
      const standard = new Set(CATALOGUE[kind].map((row) => row.id));
      const ids = rows.map((row) => row.id);
      expect(new Set(ids).size, kind).toBe(ids.length);
      for (const row of rows.filter((candidate) => !standard.has(candidate.id))) {
        expect(row.kind, `${kind}.${row.id}`).toBe('varav');
        expect(ids, `${kind}.${row.id}`).toContain(row.of?.[0]);
      }
    }
  });

  it('publishes every resultatbudget row in every budget year unless it is printed only for history', () => {
    for (const row of plan.statements.resultatbudget.rows) {
      const years = Object.keys(row.values);
      if (years.every((year) => historyYears.includes(year))) continue;
      expect(years, row.id).toEqual(expect.arrayContaining(modelYears));
    }
  });

  it('names a listed document in every document source', () => {
    const keys: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.kind === 'document' && typeof record.document === 'string') keys.push(record.document);
        Object.values(record).forEach(walk);
      }
    };
    walk(plan);
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) expect(Object.keys(plan.documents)).toContain(key);
  });

  it('reproduces every published subtotal from its printed parts, within the rounding of the table', () => {
    const checks = sumChecks(plan);
    expect(checks).toHaveLength(sums);
    for (const check of checks)
      expect(Math.abs(check.parts - check.printed), JSON.stringify(check)).toBeLessThanOrEqual(tolerance);
    expect(checks.filter((check) => check.parts !== check.printed)).toEqual(knownDifferences);
  });

  it('marks a skattesats the documents do not publish as entered', () => {
    expect(plan.drivers.skattesats.source.kind).toBe('entered');
    expect(Object.keys(plan.drivers.skattesats.values)).toEqual(expect.arrayContaining(modelYears));
  });
});

describe('Sjöbo kommun, Budget 2024 med plan 2025–2027', () => {
  const plan = parse(sjoboJson);
  const rb = (id: string) => rowValues(plan, 'resultatbudget', id);
  const bb = (id: string) => rowValues(plan, 'balansbudget', id);
  const years = [2022, 2023, 2024, 2025, 2026, 2027];
  const lines = (group: 'skatt' | 'statsbidrag') =>
    (plan.revenue?.lines ?? []).filter((line) => line.group === group);
  const sumOfLines = (group: 'skatt' | 'statsbidrag', year: number): number =>
    round(lines(group).reduce((sum, line) => sum + (line.values[String(year)] ?? 0), 0));

  it('shows a varav row in its parent’s section, not in a section of its own', () => {
    const rows = planStatements(plan).resultatbudget?.byId;
    for (const [varav, parent] of [
      ['varav_jamforelsestorande_intakter', 'verksamhetens_intakter'],
      ['varav_jamforelsestorande_kostnader', 'verksamhetens_kostnader'],
    ] as const)
      expect(rows?.get(varav)?.section, varav).toBe(rows?.get(parent)?.section);
  });
  it('adds Not 3 up to skatteintäkter and Not 4 up to generella statsbidrag och utjämning, every year', () => {
    expect(lines('skatt')).toHaveLength(3);
    expect(lines('statsbidrag')).toHaveLength(6);
    for (const year of years) {
      expect(sumOfLines('skatt', year), String(year)).toBe(at(rb('skatteintakter'), year));
      expect(sumOfLines('statsbidrag', year), String(year)).toBe(at(rb('generella_statsbidrag'), year));
    }
    expect(round(954.2 - 3.0)).toBe(at(rb('skatteintakter'), 2023));
  });

  it('balances the balance sheet every year, printed and from its lines', () => {
    const rows = plan.statements.balansbudget?.rows ?? [];
    const leaves = (id: string): string[] => {
      const parts = sumParts(rows, id);
      return parts.length === 0 ? [id] : parts.flatMap(leaves);
    };
    const total = (id: string, year: number) =>
      round(leaves(id).reduce((sum, leaf) => sum + at(bb(leaf), year), 0));
    for (const year of years) {
      expect(at(bb('summa_tillgangar'), year)).toBe(at(bb('summa_eget_kapital_och_skulder'), year));
      expect(total('summa_tillgangar', year)).toBe(total('summa_eget_kapital_och_skulder', year));
      expect(at(bb('bb_arets_resultat'), year)).toBe(at(rb('arets_resultat'), year));
    }
  });

  it('holds the published rows that no sum guards: the varav rows and the items outside the balance sheet', () => {
    const byYear = (row: Record<string, number>) => years.map((year) => at(row, year));
    expect(byYear(rb('varav_jamforelsestorande_intakter'))).toEqual([0.1, 0, 0, 0, 0, 0]);
    expect(byYear(rb('varav_jamforelsestorande_kostnader'))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(byYear(bb('ansvarsforbindelse_pensioner'))).toEqual([1.1, 1.5, 1.1, 1.1, 1.1, 1.1]);
    expect(byYear(bb('borgensataganden'))).toEqual([859.0, 859.0, 859.0, 859.0, 859.0, 859.0]);
  });

  it('holds the hand-checked figures of the balanskrav rows (README §1e)', () => {
    expect(at(rb('resultat_efter_balanskravsjusteringar'), 2022)).toBe(round(50.3 - 0.1 + 9.5));
    expect(at(rb('balanskravsresultat'), 2023)).toBe(round(-19.4 + 14.6));
    expect(at(rb('balanskravsresultat'), 2024)).toBe(round(-26.1 + 7.5));
    expect([2023, 2024].map((year) => at(rb('balanskravsresultat'), year))).toEqual([-4.8, -18.6]);
    expect(rb('aterforing_orealiserade_forluster')).toEqual({ '2022': 0 });
  });

  it('ties the balance sheet to the resultatbudget as README §1e checks it', () => {
    expect(
      round(at(bb('resultatutjamningsreserv'), 2022) - at(rb('anvandning_resultatutjamningsreserv'), 2023)),
    ).toBe(84.8);
    expect(
      round(at(bb('resultatutjamningsreserv'), 2023) - at(rb('anvandning_resultatutjamningsreserv'), 2024)),
    ).toBe(77.3);
    expect(at(bb('eget_kapital'), 2024)).toBe(round(670.9 - 19.4 - 26.1));
    expect(at(bb('ovrigt_eget_kapital'), 2024)).toBe(round(521.2 + 50.3 - 19.4 + 14.6 + 7.5));
    expect([2025, 2026, 2027].map((year) => at(bb('eget_kapital'), year))).toEqual([
      round(625.4 + 40.0),
      round(665.4 + 44.0),
      round(709.4 + 38.0),
    ]);
    // The Budget 2023 column is the earlier budget's and does not roll from Bokslut 2022.
    expect(round(at(bb('eget_kapital'), 2022) + at(rb('arets_resultat'), 2023))).not.toBe(
      at(bb('eget_kapital'), 2023),
    );
  });

  it('gives årets resultat as a share of skatt and statsbidrag as README §1e derives it', () => {
    const share = (year: number) =>
      (100 * at(rb('arets_resultat'), year)) /
      (at(rb('skatteintakter'), year) + at(rb('generella_statsbidrag'), year));
    expect(years.map((year) => Math.round(share(year) * 100) / 100)).toEqual([
      4.03, -1.54, -1.97, 2.93, 3.08, 2.57,
    ]);
  });
});

describe('Region Västernorrland, Regionplan 2022–2024', () => {
  const plan = parse(vasternorrlandJson);
  const rb = (id: string) => rowValues(plan, 'resultatbudget', id);

  it('publishes a resultatbudget only, and no befolkning it does not print', () => {
    expect(plan.statements.balansbudget).toBeUndefined();
    expect(plan.statements.finansieringsbudget).toBeUndefined();
    expect(plan.drivers.befolkning).toBeUndefined();
  });

  it('keeps the twice-printed label on the rows before and after avskrivningar', () => {
    const labels = plan.statements.resultatbudget.rows
      .filter((row) => row.label === 'Verksamhetens externa nettokostnad')
      .map((row) => row.id);
    expect(labels).toEqual(['verksamhetens_nettokostnad_fore_avskrivningar', 'verksamhetens_nettokostnad']);
  });

  it('leaves the "-" of orealiserade kursförändringar 2021 absent, not zero', () => {
    expect(Object.keys(rb('orealiserade_kursforandringar'))).toEqual(['2020', '2022', '2023', '2024']);
    expect(at(rb('arets_resultat'), 2020)).toBe(222 - 14);
  });

  it('gives årets resultat as a share of skatt and statsbidrag as README §9 derives it', () => {
    const share = (year: number) =>
      (100 * at(rb('arets_resultat'), year)) /
      (at(rb('skatteintakter'), year) + at(rb('generella_statsbidrag'), year));
    expect([2020, 2021, 2022, 2023, 2024].map((year) => Math.round(share(year) * 100) / 100)).toEqual([
      2.53, 0.71, 0.57, 0.56, 0.11,
    ]);
  });
});
