import Decimal from 'decimal.js';
import { attributionDesign, MAX_EXACT_PARTS, shapleySplit } from '../attribution';
import type { BridgeCause, BridgeFigure } from './bridgeCauses';

/**
 * One figure's bridge: the old plan, each cause's part, what no cause reaches (`rest`), the new plan, and
 * the scenario on the new plan (and, for comparison, on the old). `old` is `undefined` in a year only the
 * new plan has; then there are no parts.
 */
export type BridgeRow = {
  readonly figure: BridgeFigure;
  readonly old: number | undefined;
  readonly parts: readonly number[];
  readonly rest: number;
  readonly new: number;
  readonly scenario: number | undefined;
  readonly scenarioOnOld: number | undefined;
};

export type Bridge = {
  readonly causes: readonly BridgeCause[];
  readonly rows: readonly BridgeRow[];
  /** `exact`: Shapley values over every cause; `grouped`: over {@link MAX_EXACT_PARTS} groups (attribution.ts). */
  readonly method: 'exact' | 'grouped';
  readonly groups: readonly (readonly number[])[];
  readonly evaluations: number;
};

/** The figures at the ends of the bridge, one number per figure (`NaN` where a version has none). */
export type BridgeEnds = {
  readonly old: readonly number[];
  readonly new: readonly number[];
  readonly scenario?: readonly number[];
  readonly scenarioOnOld?: readonly number[];
};

const finite = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? value : undefined;

/**
 * Splits old plan → new plan over the causes with Shapley values (the attribution's: exact up to 12 causes,
 * else 12 groups in the causes' fixed order), so no cause's part depends on the order causes are listed or
 * were made in, and old + parts + rest = new exactly. `value` computes the old plan with the coalition's
 * causes switched on, one number per figure.
 *
 * @example
 *   explainBridge(causes, figures, (on) => evaluate(causesOn(causes, on)), ends).rows[0].parts; // [−88,7]
 */
export const explainBridge = (
  causes: readonly BridgeCause[],
  figures: readonly BridgeFigure[],
  value: (coalition: readonly number[]) => readonly number[],
  ends: BridgeEnds,
): Bridge => {
  const design = attributionDesign(causes.length);
  const cache = new Map<string, readonly number[]>();
  const cached = (coalition: readonly number[]) => {
    const key = [...coalition].sort((a, b) => a - b).join(',');
    const known = cache.get(key);
    if (known) return known;
    const values = value(coalition).map((v) => (Number.isFinite(v) ? v : 0));
    cache.set(key, values);
    return values;
  };
  const split = shapleySplit(causes.length, design, cached);
  const rows = figures.map((figure, k): BridgeRow => {
    const old = finite(ends.old[k]);
    const next = ends.new[k] ?? Number.NaN;
    const parts = old === undefined ? [] : causes.map((_, i) => split[i]?.[k] ?? 0);
    return {
      figure,
      old,
      parts,
      rest: old === undefined ? 0 : next - old - parts.reduce((sum, part) => sum + part, 0),
      new: next,
      scenario: finite(ends.scenario?.[k]),
      scenarioOnOld: finite(ends.scenarioOnOld?.[k]),
    };
  });
  return {
    causes,
    rows: rows.filter((row) => Number.isFinite(row.new)),
    method: causes.length > MAX_EXACT_PARTS ? 'grouped' : 'exact',
    groups: design.groups,
    evaluations: cache.size,
  };
};

/** Half away from zero, and never −0 (a part that rounds to nothing is 0). */
export const half = (value: number, decimals: number) => {
  const rounded = new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? new Decimal(0) : rounded;
};

/**
 * Rounds parts so that they add up to a rounded total: each part half-up, then the few units left over go to
 * the parts that rounding moved furthest from their value (largest remainder), first in list order on a tie.
 */
export const apportion = (values: readonly number[], total: Decimal, decimals: number): Decimal[] => {
  const unit = new Decimal(1).dividedBy(10 ** decimals);
  const rounded = values.map((v) => half(v, decimals));
  let steps = total
    .minus(Decimal.sum(0, ...rounded))
    .dividedBy(unit)
    .round()
    .toNumber();
  const used = new Set<number>();
  while (steps !== 0 && values.length > 0) {
    const sign = Math.sign(steps);
    if (used.size === values.length) used.clear();
    let best = -1;
    values.forEach((v, i) => {
      if (used.has(i)) return;
      const gap = new Decimal(v).minus(rounded[i] ?? 0).times(sign);
      if (best < 0 || gap.greaterThan(new Decimal(values[best] ?? 0).minus(rounded[best] ?? 0).times(sign)))
        best = i;
    });
    rounded[best] = (rounded[best] ?? new Decimal(0)).plus(unit.times(sign));
    used.add(best);
    steps -= sign;
  }
  return rounded;
};

/** A bridge row as shown: every figure rounded, the parts (and rest) adding up to the rounded difference. */
export type RoundedBridgeRow = {
  readonly old: number | undefined;
  readonly parts: readonly number[];
  readonly rest: number;
  readonly new: number;
  readonly scenarioEffect: number | undefined;
  readonly scenario: number | undefined;
  readonly scenarioOnOld: number | undefined;
};

/**
 * Rounds a row to `decimals` so that it still adds up: old + parts + rest = new and new + the scenario's
 * effect = the scenario, exactly in the rounded figures (sv-SE output, JSON).
 *
 * @example
 *   roundBridgeRow({ old: 10.4, parts: [0.3, 0.3], rest: 0, new: 11, … }, 0); // { old: 10, parts: [1, 0], new: 11 }
 */
export const roundBridgeRow = (row: BridgeRow, decimals: number): RoundedBridgeRow => {
  const next = half(row.new, decimals);
  const scenario = row.scenario === undefined ? undefined : half(row.scenario, decimals);
  const base = {
    new: next.toNumber(),
    scenarioEffect: scenario?.minus(next).toNumber(),
    scenario: scenario?.toNumber(),
    scenarioOnOld: row.scenarioOnOld === undefined ? undefined : half(row.scenarioOnOld, decimals).toNumber(),
  };
  if (row.old === undefined) return { ...base, old: undefined, parts: [], rest: 0 };
  const old = half(row.old, decimals);
  const shares = apportion([...row.parts, row.rest], next.minus(old), decimals).map((d) => d.toNumber());
  return { ...base, old: old.toNumber(), parts: shares.slice(0, -1), rest: shares.at(-1) ?? 0 };
};
