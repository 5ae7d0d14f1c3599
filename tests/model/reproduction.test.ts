import { describe, expect, it } from 'vitest';
import norrbottenJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import vasternorrlandJson from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { parsePlan } from '../../src/model/parsePlan';
import { reconcile } from '../../src/model/reconcile';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { valueOf } from '../helpers';

const built = (json: unknown) => {
  const plan = parsePlan(json);
  const { results } = calculateOnce(plan, NO_CHANGES);
  return { plan, results, lines: reconcile(plan, results) };
};
const norrbotten = built(norrbottenJson);
const sjobo = built(sjoboJson);
const vasternorrland = built(vasternorrlandJson);

/** Every figure a statement of the plan file prints, counted from the file itself. */
const printedFigures = (json: { statements: Record<string, { rows: { values: object }[] } | undefined> }) =>
  Object.values(json.statements).reduce(
    (n, statement) => n + (statement?.rows ?? []).reduce((m, row) => m + Object.keys(row.values).length, 0),
    0,
  );

describe.each([
  ['Region Norrbotten', norrbotten, norrbottenJson, 14 * 6 + 11 * 3 + 13 * 3],
  ['Sjöbo kommun', sjobo, sjoboJson, 22 * 6 - 5 + 24 * 6],
  ['Region Västernorrland', vasternorrland, vasternorrlandJson, 11 * 5 - 1],
] as const)('%s: the decided plan, unchanged', (_name, { lines }, json, figures) => {
  it('reconciles every printed figure of every statement', () => {
    const statements = lines.filter((line) => line.table !== 'mål');
    expect(printedFigures(json)).toBe(figures);
    expect(statements).toHaveLength(figures);
  });

  it('reproduces each within the table’s rounding (±0,05 mnkr for tenths, ±1 for whole millions)', () => {
    const outside = lines.filter((line) => !line.withinTolerance);
    expect(outside.map((l) => `${l.rowId} ${l.year}: ${l.computed} vs ${l.published}`)).toEqual([]);
  });

  it('explains every difference as rounding or a table that does not add up', () => {
    for (const line of lines.filter((l) => Math.abs(l.difference ?? 0) > 0.05 + 1e-9))
      expect(line.explanation).toMatch(/^(Avrundning|Planens tabell går inte ihop)/);
  });
});

describe('Region Norrbotten, hand checks', () => {
  const { results, lines } = norrbotten;
  it('gives the published goal outcomes 1,2 %, 18 % and 36 %', () => {
    expect(valueOf(results, 'mal_resultat', 2025)).toBeCloseTo(1.2, 1);
    expect(Math.round(valueOf(results, 'mal_soliditet', 2025))).toBe(18);
    expect(valueOf(results, 'mal_sjalvfinansiering', 2025)).toBeCloseTo(((211 + 366 + 268) / 2332) * 100, 6);
  });

  it('keeps its computed 2030 årets resultat and explains why the published table disagrees', () => {
    const line = lines.find(
      (l) => l.table === 'resultatbudget' && l.rowId === 'arets_resultat' && l.year === 2030,
    );
    expect(line?.computed).toBeCloseTo(-12 + 295 - 192, 6);
    expect(line?.explanation).toMatch(/går inte ihop: −11 \+ 295 − 192 = 92, tryckt 90/);
  });

  it('states the goals as the plan does: 1 and 2 met in the plan years, 3 not met', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(results.cells.mal_resultat_uppfyllt?.[year]).toBe(true);
      expect(results.cells.mal_soliditet_uppfyllt?.[year]).toBe(true);
    }
    expect(results.cells.mal_sjalvfinansiering_uppfyllt?.[2025]).toBe(false);
    expect(results.cells.mal_balanskrav_uppfyllt?.[2025]).toBe(false);
    expect(results.cells.mal_balanskrav_uppfyllt?.[2026]).toBe(true);
  });
});

describe('Sjöbo kommun, hand checks (shared/plans/README.md §1e)', () => {
  const { results, plan } = sjobo;
  it('reaches the balanskravsresultat after the withdrawals from the reserve: −4,8 in 2023, −18,6 in 2024', () => {
    expect(valueOf(results, 'balanskravsresultat', 2023)).toBeCloseTo(-19.4 + 14.6, 9);
    expect(valueOf(results, 'balanskravsresultat', 2024)).toBeCloseTo(-26.1 + 7.5, 9);
    expect(valueOf(results, 'resultat_efter_balanskravsjusteringar', 2022)).toBeCloseTo(50.3 - 0.1 + 9.5, 9);
  });

  it('rolls eget kapital forward by the year’s result and balances the balance sheet', () => {
    expect(valueOf(results, 'eget_kapital', 2025)).toBeCloseTo(625.4 + 40.0, 9);
    for (const year of [2022, 2023, 2024, 2025, 2026, 2027])
      expect(valueOf(results, 'summa_tillgangar', year)).toBeCloseTo(
        valueOf(results, 'summa_eget_kapital_och_skulder', year),
        6,
      );
  });

  it('judges the balanskrav against 0 when the plan states no limit: −18,6 in 2024 fails, 40,0 in 2025 holds', () => {
    expect(plan.goals.find((goal) => goal.kind === 'balanskrav')).not.toHaveProperty('min');
    expect(results.cells.mal_balanskrav_uppfyllt?.[2024]).toBe(false);
    expect(results.cells.mal_balanskrav_uppfyllt?.[2025]).toBe(true);
    expect(valueOf(results, 'mal_balanskrav_marginal', 2024)).toBeCloseTo(-26.1 + 7.5, 9);
  });

  it('computes skatteintäkter as kommunalskatt plus the slutavräkningar that do not follow the rate', () => {
    expect(valueOf(results, 'skatteintakter', 2024)).toBeCloseTo(995.3, 9);
    expect(valueOf(results, 'skatteunderlag', 2024)).toBeCloseTo((995.3 / 20.92) * 100, 6);
  });
});

describe('Region Västernorrland, hand checks (shared/plans/README.md §9)', () => {
  const { results, plan } = vasternorrland;
  it('has a resultatbudget only, and a balanskravsresultat the model computes as the law has it', () => {
    expect(plan.statements.balansbudget).toBeUndefined();
    expect(valueOf(results, 'balanskravsresultat', 2020)).toBeCloseTo(208 + 14, 9);
    expect(valueOf(results, 'balanskravsresultat', 2022)).toBeCloseTo(50, 9);
  });
});
