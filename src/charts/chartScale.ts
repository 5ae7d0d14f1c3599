import { formatMnkr, formatNumber, formatPercent } from '../format/formatNumber';
import type { ChartUnit } from './chartSpecs';

export type Scale = { readonly min: number; readonly max: number; readonly interval: number };

const tidy = (value: number) => Number(value.toFixed(10));

/**
 * A y scale with round steps (1, 2, 2,5 or 5 × 10ⁿ) around every value, so that all panels of a chart can
 * share it and goal lines are always inside the plot.
 */
export const niceScale = (values: readonly number[], ticks = 5): Scale => {
  const finite = values.filter(Number.isFinite);
  let low = finite.length ? Math.min(...finite) : 0;
  let high = finite.length ? Math.max(...finite) : 1;
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const raw = (high - low) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const interval = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((step) => step >= raw) ?? 10 * magnitude;
  return {
    min: tidy(Math.floor(low / interval) * interval),
    max: tidy(Math.ceil(high / interval) * interval),
    interval: tidy(interval),
  };
};

/** The decimals a step needs: 10 → 0, 2,5 → 1, 0,25 → 2. */
export const decimalsOf = (step: number): number => {
  for (let decimals = 0; decimals < 4; decimals += 1) {
    const scaled = step * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return decimals;
  }
  return 4;
};

/** Axis tick text, sv-SE: "1 234" for mnkr (the unit is in the title), "18 %" for percentages. */
export const axisLabel =
  (unit: ChartUnit, decimals: number) =>
  (value: number): string =>
    unit === 'mnkr' ? formatNumber(value, decimals) : formatPercent(value, decimals);

/** A value in a tooltip or a summary, sv-SE: "1 234 mnkr", "18,0 %". */
export const valueText = (unit: ChartUnit, value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '–'
    : unit === 'mnkr'
      ? formatMnkr(value, 0)
      : formatPercent(value, 1);
