import { describe, expect, it } from 'vitest';
import { dataTable } from '../../src/engine/dataTable';
import { numberAt } from '../../src/model/results';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { DEFAULT_MODEL, type UncertaintyModel } from '../../src/model/uncertainty/draws';
import { plan, planResults } from '../helpers';

/** Skattesats × prisindex → balanskravsresultat 2025, with the sources' error model or another. */
const skattesatsByPrisindex = (model?: UncertaintyModel) =>
  dataTable(
    plan,
    NO_CHANGES,
    { kind: 'skattesats' },
    { kind: 'uncertainty', id: 'prisindex' },
    2025,
    'balanskravsresultat',
    model,
  );

describe('the two-way data table', () => {
  const table = skattesatsByPrisindex();
  const cell = (r: number, c: number) => table.cells[r]?.[c] ?? Number.NaN;

  it('has the scenario itself in the middle', () => {
    expect(table.row.steps).toEqual([-20, -10, 0, 10, 20]);
    expect(cell(2, 2)).toBeCloseTo(numberAt(planResults, 'balanskravsresultat', 2025) ?? Number.NaN, 9);
  });

  it('moves balanskravsresultat 2025 by +69,9 mnkr for ten öre (7 926 / 1 134 per öre, DOMAIN.md §4)', () => {
    expect(cell(3, 2) - cell(2, 2)).toBeCloseTo((7926 / 1134) * 10, 0);
    expect(cell(0, 2) - cell(2, 2)).toBeCloseTo((-7926 / 1134) * 20, 0);
  });

  it('costs more with a higher price index, and refuses the same driver twice', () => {
    expect(cell(2, 3)).toBeLessThan(cell(2, 2));
    expect(cell(2, 4)).toBeLessThan(cell(2, 3));
    expect(() =>
      dataTable(
        plan,
        NO_CHANGES,
        { kind: 'skattesats' },
        { kind: 'skattesats' },
        2025,
        'balanskravsresultat',
      ),
    ).toThrow('Välj två olika drivare');
  });

  it('moves an uncertain driver by the user’s own typical errors when given them', () => {
    // Prisindex spreads doubled: one of the user's typical errors is two of the sources'.
    const doubled: UncertaintyModel = {
      ...DEFAULT_MODEL,
      drivers: DEFAULT_MODEL.drivers.map((driver) =>
        driver.id === 'prisindex' ? { ...driver, sd: driver.sd.map((sd) => sd * 2) } : driver,
      ),
    };
    const own = skattesatsByPrisindex(doubled);
    for (let r = 0; r < 5; r += 1) {
      expect(own.cells[r]?.[3]).toBeCloseTo(cell(r, 4), 9);
      expect(own.cells[r]?.[1]).toBeCloseTo(cell(r, 0), 9);
    }
  });
});
