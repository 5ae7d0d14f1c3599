import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format/formatNumber';
import { interpretCellInput, type CellContext } from '../../src/format/interpretCellInput';
import { modelRows } from '../../src/model/modelRows';
import { isPlausible } from '../../src/model/plausibility';
import { yearsOf, type ValueSpec } from '../../src/model/rowSpec';
import { BUDGET_YEARS, plan, YEARS } from '../helpers';

/** Issue 12 §8: at least 10 000 generated inputs per property, quick enough for CI. */
const RUNS = { numRuns: 10_000 } as const;
const rows = modelRows(plan);
/** Every input row in each of its years, and a frame change's amount in every year. */
const cells: readonly { spec: ValueSpec; year: number; planValue: number }[] = [
  ...rows.inputs.flatMap((row) =>
    yearsOf(row.span, YEARS, BUDGET_YEARS).map((year) => ({
      spec: row,
      year,
      planValue: row.planValue(year),
    })),
  ),
  ...YEARS.map((year) => ({ spec: rows.frameChangeAmount, year, planValue: 0 })),
];

/** A row, a year, a current value within the row's bounds, the plan's value and a view mode's basis. */
const cellArbitrary = fc
  .tuple(
    fc.constantFrom(...cells),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.constantFrom('value', 'diff', 'diffPercent', undefined),
  )
  .map(([{ spec, year, planValue }, share, basis]) => {
    const span = spec.bounds.max - spec.bounds.min;
    const raw =
      spec.unit === 'invanare'
        ? Math.round(spec.bounds.min + share * Math.min(span, 1e6))
        : planValue + (share - 0.5) * 10;
    const current = Math.min(spec.bounds.max, Math.max(spec.bounds.min, raw));
    const cell: CellContext = { year, current, plan: planValue, basis };
    return { spec, cell };
  });

/** A number of any magnitude from 0,01 to 10 million (log-uniform), so every row meets small and large ones. */
const magnitude = fc
  .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -2, max: 6 }))
  .map(([mantissa, exponent]) => mantissa * 10 ** exponent);
const textArbitrary = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('', '', '+', '-', '\u2212', '\u2013'),
        magnitude,
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('', '', '', ' %', ' öre', ' mnkr', ' p.e.', ' kr', ' invånare', '\t5'),
      )
      .map(([sign, n, decimals, suffix]) => `${sign}${formatNumber(n, decimals)}${suffix}`),
    weight: 6,
  },
);

describe('interpretCellInput, generated input', () => {
  it('never throws; every value it takes or asks about is finite, within bounds and judged as the model does', () => {
    fc.assert(
      fc.property(cellArbitrary, textArbitrary, ({ spec, cell }, text) => {
        const result = interpretCellInput(text, spec, cell);
        if (result.kind === 'refused') return result.message.length > 0;
        const inBounds = (v: number) => Number.isFinite(v) && v >= spec.bounds.min && v <= spec.bounds.max;
        if (!inBounds(result.value) || /[\t\n\r]/.test(text)) return false;
        if (spec.unit === 'invanare' && !Number.isInteger(result.value)) return false;
        if (result.kind === 'value') return isPlausible(spec, cell.year, result.value);
        const suggestion = result.suggestion;
        return (
          !isPlausible(spec, cell.year, result.value) &&
          result.use.value === result.value &&
          (suggestion === undefined ||
            (inBounds(suggestion.value) && isPlausible(spec, cell.year, suggestion.value)))
        );
      }),
      RUNS,
    );
  });

  it('takes "+d" on a driver as exactly current + d (decimal.js), or asks or refuses, never something else', () => {
    fc.assert(
      fc.property(
        cellArbitrary,
        fc.integer({ min: 0, max: 1e8 }),
        fc.integer({ min: 0, max: 2 }),
        ({ spec, cell }, n, decimals) => {
          if (spec.relative === false) return true;
          const delta = new Decimal(n).dividedBy(10 ** decimals);
          const result = interpretCellInput(`+${formatNumber(delta.toNumber(), decimals)}`, spec, {
            ...cell,
            basis: 'value',
          });
          if (result.kind === 'refused') return true;
          const expected = new Decimal(cell.current).plus(delta).toDecimalPlaces(10).toNumber();
          return result.value === expected;
        },
      ),
      RUNS,
    );
  });

  it('reads a Skillnad entry as the plan plus the difference, whatever the cell holds now', () => {
    fc.assert(
      fc.property(cellArbitrary, fc.integer({ min: -1e6, max: 1e6 }), ({ spec, cell }, n) => {
        if (spec.relative === false || spec.unit === 'invanare') return true;
        const result = interpretCellInput(formatNumber(n / 100, 2), spec, { ...cell, basis: 'diff' });
        if (result.kind === 'refused') return true;
        return (
          result.value ===
          new Decimal(cell.plan).plus(new Decimal(n).dividedBy(100)).toDecimalPlaces(10).toNumber()
        );
      }),
      RUNS,
    );
  });

  it('gives the same answer twice (it is pure)', () => {
    fc.assert(
      fc.property(cellArbitrary, textArbitrary, ({ spec, cell }, text) => {
        expect(interpretCellInput(text, spec, cell)).toEqual(interpretCellInput(text, spec, cell));
      }),
      { numRuns: 1_000 },
    );
  });
});
