import { describe, expect, it } from 'vitest';
import { modelRows } from '../../src/model/modelRows';
import { implausibleValues, isPlausible } from '../../src/model/plausibility';
import { yearsOf, type InputRow } from '../../src/model/rowSpec';
import { BUDGET_YEARS, frameChange, plan, YEARS } from '../helpers';

const rows = modelRows(plan);
const row = (id: string) => rows.byId.get(id) as InputRow;

describe('plausible ranges in the row registry', () => {
  it('gives every input a range around its plan value, within its bounds’ reach, with a Swedish reason', () => {
    for (const input of rows.inputs) {
      expect(input.plausible.reason).toMatch(/[a-zåäö]{3,}/);
      for (const year of yearsOf(input.span, YEARS, BUDGET_YEARS)) {
        const { min, max } = input.plausible.range(year);
        expect(min, `${input.id} ${year}`).toBeLessThanOrEqual(input.planValue(year));
        expect(max, `${input.id} ${year}`).toBeGreaterThanOrEqual(input.planValue(year));
      }
    }
  });

  it('derives the ranges from the plan’s own figures (DOMAIN.md §1, §3)', () => {
    // befolkning 2026: 248 276 ± 5 % = ± 12 413,8
    expect(row('befolkning').plausible.range(2026)).toEqual({ min: 235_862.2, max: 260_689.8 });
    // skattesats 11,34 ± 2 kr; LPIK 2027 3,3 ± 5 p.e.; pensionsavkastning 5 ± 20 p.e.; avskrivningstid 5–60 år
    expect(row('skattesats').plausible.range(2025)).toEqual({ min: 9.34, max: 13.34 });
    expect(row('prisindex').plausible.range(2027)).toEqual({ min: -1.7, max: 8.3 });
    expect(row('pensionsavkastning').plausible.range(2025)).toEqual({ min: -15, max: 25 });
    expect(row('avskrivningstid').plausible.range(2026)).toEqual({ min: 5, max: 60 });
    // materiella investeringar 2026: 839 ± verksamhetens kostnader 11 755 mnkr
    expect(row('investeringar_materiella').plausible.range(2026)).toEqual({ min: -10_916, max: 12_594 });
    // a frame change's amount in 2030: 0 ± 13 348 mnkr
    expect(rows.frameChangeAmount.plausible.range(2030)).toEqual({ min: -13_348, max: 13_348 });
  });

  it('judges a value at the edge of the range as plausible and one beyond it as not', () => {
    expect(isPlausible(row('skattesats'), 2025, 13.34)).toBe(true);
    expect(isPlausible(row('skattesats'), 2025, 13.35)).toBe(false);
    expect(isPlausible(row('befolkning'), 2025, 1_000)).toBe(false);
  });
});

describe('implausibleValues', () => {
  it('names each value of a scenario outside its range, for a file or a link to ask about', () => {
    const found = implausibleValues(rows, YEARS, BUDGET_YEARS, {
      inputs: { befolkning: { '2025': 1_000, '2026': 248_300 }, skattesats: { '2099': 99 } },
      frameChanges: [frameChange({ amounts: { '2025': 50, '2026': 506_070 } })],
    });
    expect(found.map(({ what, year, value, plan: planValue }) => [what, year, value, planValue])).toEqual([
      ['Befolkning 1 november året innan budgetåret', 2025, 1_000, 248_103],
      ['Ramförändringen ”Kollektivtrafik”', 2026, 506_070, 0],
    ]);
  });
});
