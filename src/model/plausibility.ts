import Decimal from 'decimal.js';
import type { ModelRows } from './modelRows';
import { yearsOf, type Plausibility, type ValueRange, type ValueSpec } from './rowSpec';
import type { ScenarioChanges } from './scenarioChanges';
import type { Year } from './years';

type PerYear = (year: Year) => number;

const around = (centre: number, halfWidth: Decimal): ValueRange => ({
  min: new Decimal(centre).minus(halfWidth).toNumber(),
  max: new Decimal(centre).plus(halfWidth).toNumber(),
});

/**
 * Plausible within a share of the plan's value that year (befolkning: 5 % of 248 103 = ±12 405,15).
 *
 * @example
 *   withinShareOfPlan(() => 248_103, 0.05, '…').range(2025); // { min: 235697.85, max: 260508.15 }
 */
export const withinShareOfPlan = (planValue: PerYear, share: number, reason: string): Plausibility => ({
  range: (year) => around(planValue(year), new Decimal(planValue(year)).abs().times(share)),
  reason,
});

/**
 * Plausible within a distance of the plan's value that year, in the row's unit (skattesats ±2 kr).
 *
 * @example
 *   withinDistanceOfPlan(() => 11.34, 2, '…').range(2025); // { min: 9.34, max: 13.34 }
 */
export const withinDistanceOfPlan = (planValue: PerYear, distance: number, reason: string): Plausibility => ({
  range: (year) => around(planValue(year), new Decimal(distance)),
  reason,
});

/**
 * Plausible within a fixed range (avskrivningstid 5–60 år).
 *
 * @example
 *   withinRange(5, 60, '…').range(2025); // { min: 5, max: 60 }
 */
export const withinRange = (min: number, max: number, reason: string): Plausibility => ({
  range: () => ({ min, max }),
  reason,
});

/**
 * Plausible while the change from the plan is no larger than the plan's total verksamhetens kostnader that
 * year: an amount in mnkr beyond that is a slip of the keyboard or a pasted row, not a budget decision.
 *
 * @example
 *   withinPlanCosts(() => 867, () => -11_575, '…').range(2025); // { min: -10708, max: 12442 }
 */
export const withinPlanCosts = (planValue: PerYear, costs: PerYear, reason: string): Plausibility => ({
  range: (year) => around(planValue(year), new Decimal(costs(year)).abs()),
  reason,
});

/**
 * Whether a value is plausible for a cell in a year. Values are compared exactly as given: 260 508,15 is
 * inside befolkning's range for 2025, 260 509 is not.
 *
 * @example
 *   isPlausible(befolkningRow, 2025, 1_000); // false: 247 103 fewer than the plan's 248 103
 */
export const isPlausible = (spec: Pick<ValueSpec, 'plausible'>, year: Year, value: number): boolean => {
  const { min, max } = spec.plausible.range(year);
  return value >= min && value <= max;
};

/** A value a scenario holds outside its cell's plausible range, to be asked about before it is taken. */
export type ImplausibleValue = {
  /** What the value is, as a reader names it: a row's label, or `Ramförändringen "Kollektivtrafik"`. */
  readonly what: string;
  readonly year: Year;
  readonly value: number;
  readonly plan: number;
  readonly spec: ValueSpec;
};

/**
 * The values of a scenario's changes outside their plausible ranges: the check a file or a link goes through
 * before its scenario is taken, as a typed or pasted value does (issue 12 §2). Years a row does not have are
 * checkChanges' business and are skipped here.
 *
 * @example
 *   implausibleValues(rows, years, budgetYears, { inputs: { befolkning: { '2025': 1000 } }, frameChanges: [] });
 *   // [{ what: 'Befolkning 1 november året innan', year: 2025, value: 1000, plan: 248103, spec: … }]
 */
export const implausibleValues = (
  rows: ModelRows,
  years: readonly Year[],
  budgetYears: readonly Year[],
  changes: ScenarioChanges,
): ImplausibleValue[] => {
  const found: ImplausibleValue[] = [];
  for (const [id, values] of Object.entries(changes.inputs)) {
    const row = rows.byId.get(id);
    if (row?.kind !== 'input') continue;
    const allowed = yearsOf(row.span, years, budgetYears);
    for (const [key, value] of Object.entries(values)) {
      const year = Number(key);
      if (allowed.includes(year) && Number.isFinite(value) && !isPlausible(row, year, value))
        found.push({ what: row.label, year, value, plan: row.planValue(year), spec: row });
    }
  }
  for (const change of changes.frameChanges)
    for (const [key, value] of Object.entries(change.amounts)) {
      const year = Number(key);
      if (years.includes(year) && Number.isFinite(value) && !isPlausible(rows.frameChangeAmount, year, value))
        found.push({
          what: `Ramförändringen ”${change.name}”`,
          year,
          value,
          plan: 0,
          spec: rows.frameChangeAmount,
        });
    }
  return found;
};
