import type { ChartSeriesInput } from './chartSpecs';

export type LineDash = 'solid' | 'dashed' | 'dotted' | readonly number[];

/** How one series looks: colour, dash and symbol all differ, so the chart reads in greyscale too. */
export type SeriesStyle = {
  readonly color: string;
  readonly dash: LineDash;
  readonly symbol: string;
};

/** The plan: grey and dashed, always. */
export const PLAN_STYLE: SeriesStyle = { color: '#5b6670', dash: 'dashed', symbol: 'emptyCircle' };

/**
 * Scenarios in order: colour-blind-safe hues dark enough for white paper and a projector (contrast ≥ 3:1),
 * each with its own dash pattern and symbol.
 */
export const SCENARIO_STYLES: readonly SeriesStyle[] = [
  { color: '#0b3d6e', dash: 'solid', symbol: 'circle' },
  { color: '#b34700', dash: [10, 4, 2, 4], symbol: 'triangle' },
  { color: '#00745f', dash: 'dotted', symbol: 'rect' },
  { color: '#7a2e8e', dash: [16, 4, 2, 4, 2, 4], symbol: 'diamond' },
];

/** The reference series (Krav 1 %) and goal lines: dark red, thin, without symbols. */
export const REFERENCE_COLOR = '#a4141c';

/** One style per series: the plan grey/dashed, the others through the scenario palette in order. */
export const stylesFor = (series: readonly ChartSeriesInput[]): readonly SeriesStyle[] => {
  let next = 0;
  return series.map((input) => {
    if (input.role === 'plan') return PLAN_STYLE;
    const style = SCENARIO_STYLES[next % SCENARIO_STYLES.length] ?? PLAN_STYLE;
    next += 1;
    return style;
  });
};

/** Legend names must be unique (series with one name share a legend entry); repeats get a number. */
export const uniqueNames = (series: readonly ChartSeriesInput[]): readonly string[] => {
  const seen = new Map<string, number>();
  return series.map((input) => {
    const name = input.name.trim() || 'Namnlöst scenario';
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
};
