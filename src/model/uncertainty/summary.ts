import type { Year } from '../years';

/** The spread of a figure over the draws: the fan chart's bands and its median. */
export type Spread = {
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
};

/** A probability estimated from draws, with its sampling error (one standard error). */
export type Probability = { readonly p: number; readonly standardError: number };

export type GoalChance = {
  readonly goalId: string;
  readonly label: string;
  /** Per year the goal is judged in; a goal judged over a period has one entry, its last year. */
  readonly years: readonly { readonly year: Year; readonly chance: Probability }[];
};

/** One scenario's simulated years. */
export type ScenarioChances = {
  readonly years: readonly {
    readonly year: Year;
    /** P(balanskravsresultat ≥ 0): the law's requirement (kommunallagen 11 kap. 12 §). */
    readonly balanskrav: Probability;
    readonly balanskravsresultat: Spread;
    readonly aretsResultat: Spread;
  }[];
  readonly goals: readonly GoalChance[];
};

export type SimulationSummary = {
  readonly draws: number;
  readonly seed: number;
  readonly scenarios: readonly ScenarioChances[];
  /** P(the second scenario's balanskravsresultat is higher than the first's (the plan's), per year, on the same draws. */
  readonly secondBetter?: readonly { readonly year: Year; readonly chance: Probability }[];
};

export const probability = (hits: number, draws: number): Probability => {
  const p = draws > 0 ? hits / draws : 0;
  return { p, standardError: draws > 0 ? Math.sqrt((p * (1 - p)) / draws) : 0 };
};

/** The q-quantile (0–1) of sorted values, linearly interpolated (Excel's PERCENTILE.INC). */
export const quantile = (sorted: ArrayLike<number>, q: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.min(sorted.length - 1, low + 1);
  const a = sorted[low] ?? 0;
  const b = sorted[high] ?? 0;
  return a + (b - a) * (at - low);
};

export const spreadOf = (values: Float64Array): Spread => {
  const sorted = Float64Array.from(values).sort();
  return {
    p5: quantile(sorted, 0.05),
    p25: quantile(sorted, 0.25),
    p50: quantile(sorted, 0.5),
    p75: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
  };
};
