import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/model/reconcile';
import { plan, planResults, valueOf } from '../helpers';

const lines = reconcile(plan, planResults);

describe('the decided plan, unchanged', () => {
  it('reconciles every published row and year of DOMAIN.md §1–2 and the goals', () => {
    const rows = { ...plan.tables.resultatbudget.rows };
    const expected =
      Object.values(rows).reduce((n, values) => n + Object.keys(values).length, 0) +
      Object.values(plan.tables.balansbudget.rows).reduce((n, values) => n + Object.keys(values).length, 0) +
      Object.values(plan.tables.finansieringsbudget.rows).reduce(
        (n, values) => n + Object.keys(values).length,
        0,
      );
    expect(
      lines.filter((line) => ['resultatbudget', 'balansbudget', 'finansieringsbudget'].includes(line.table)),
    ).toHaveLength(expected);
    expect(expected).toBe(14 * 6 + 11 * 3 + 13 * 3);
  });

  it.each(lines.map((line) => [line.table, line.publishedRow, line.year, line] as const))(
    '%s %s %i is within ±1 mnkr or ±0,5 procentenheter of the published figure',
    (_table, _row, _year, line) => {
      expect(line.computed).toBeDefined();
      expect(line.withinTolerance, `${line.rowId} ${line.year}: ${line.computed} vs ${line.published}`).toBe(
        true,
      );
    },
  );

  it('gives the published goal outcomes 1,2 %, 18 % and 36 %', () => {
    expect(valueOf(planResults, 'verksamhetens_resultat_andel', 2025)).toBeCloseTo(1.2, 1);
    expect(Math.round(valueOf(planResults, 'soliditet_fullfondering', 2025))).toBe(18);
    expect(Math.round(valueOf(planResults, 'sjalvfinansieringsgrad_planperiod', 2025))).toBe(36);
    expect(valueOf(planResults, 'sjalvfinansieringsgrad_planperiod', 2025)).toBeCloseTo(
      ((211 + 366 + 268) / 2332) * 100,
      6,
    );
  });

  it('keeps its computed 2030 årets resultat and explains why the published table disagrees', () => {
    const line = lines.find(
      (l) => l.table === 'resultatbudget' && l.publishedRow === 'arets_resultat' && l.year === 2030,
    );
    expect(line?.computed).toBeCloseTo(-12 + 295 - 192, 6);
    expect(line?.explanation).toMatch(/går inte ihop: −11 \+ 295 − 192 = 92, tryckt 90/);
  });

  it('explains every difference larger than 0,5 as rounding or an inconsistent table', () => {
    const differing = lines.filter((line) => Math.abs(line.difference ?? 0) > 0.5);
    expect(differing.length).toBeGreaterThan(0);
    for (const line of differing)
      expect(line.explanation).toMatch(/^(Avrundning|Planens tabell går inte ihop)/);
    expect(
      lines
        .filter((line) => Math.abs(line.difference ?? 0) <= 0.5)
        .every((l) => l.explanation.startsWith('Stämmer')),
    ).toBe(true);
  });

  it('states the goals as the plan does: 1 and 2 met in the plan years, 3 not met', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(planResults.cells.vr_uppfyllt?.[year]).toBe(true);
      expect(planResults.cells.soliditet_uppfyllt?.[year]).toBe(true);
    }
    expect(planResults.cells.sjalvfinansiering_uppfyllt?.[2025]).toBe(false);
    expect(planResults.cells.balanskrav_uppfyllt?.[2025]).toBe(false);
    expect(planResults.cells.balanskrav_uppfyllt?.[2026]).toBe(true);
  });
});
