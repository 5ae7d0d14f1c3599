import { numberAt, type Results } from '../model/results';
import type { Year } from '../model/years';
import type { ChartSeriesInput, ChartSpec, ChartUnit, PanelSpec } from './chartSpecs';
import { PLAN_STYLE, stylesFor, uniqueNames, type SeriesStyle } from './seriesStyles';

export type ChartLine = {
  readonly name: string;
  readonly role: ChartSeriesInput['role'];
  readonly style: SeriesStyle;
  /** One value per year category; `null` where the row has no number. */
  readonly values: readonly (number | null)[];
  /** The whole-period value (självfinansieringsgrad 2025–2027), when the panel has one. */
  readonly period?: number | null;
};

export type ChartPanelData = {
  readonly title: string;
  readonly lines: readonly ChartLine[];
  readonly reference?: { readonly name: string; readonly values: readonly (number | null)[] };
  readonly goal?: { readonly value: number; readonly label: string };
};

/** Everything a chart shows, read from the results: the option builder and the text summary share it. */
export type ChartData = {
  readonly title: string;
  readonly unit: ChartUnit;
  readonly years: readonly Year[];
  /** The label of the extra category holding whole-period values, e.g. "2025–2027", if any. */
  readonly periodLabel?: string;
  readonly panels: readonly ChartPanelData[];
  readonly sharedScale: boolean;
};

const valuesOf = (results: Results, rowId: string, years: readonly Year[]) =>
  years.map((year) => numberAt(results, rowId, year) ?? null);

/** Scalar rows (goals) and one-value rows (the period figure) have their cell in the first year. */
const firstValue = (results: Results, rowId: string): number | undefined => {
  for (const year of results.years) {
    const value = numberAt(results, rowId, year);
    if (value !== undefined) return value;
  }
  return undefined;
};

/** The series whose requirement and goals are drawn: the first scenario, else the first series. */
const primaryOf = (series: readonly ChartSeriesInput[]) =>
  series.find((input) => input.role !== 'plan') ?? series[0];

const yearsOf = (panels: readonly PanelSpec[], series: readonly ChartSeriesInput[]): readonly Year[] =>
  (series[0]?.results.years ?? []).filter((year) =>
    panels.some((panel) => series.some((input) => numberAt(input.results, panel.rowId, year) !== undefined)),
  );

export const chartData = (spec: ChartSpec, series: readonly ChartSeriesInput[]): ChartData => {
  const years = yearsOf(spec.panels, series);
  const styles = stylesFor(series);
  const names = uniqueNames(series);
  const primary = primaryOf(series);
  const hasPeriod = spec.panels.some((panel) => panel.periodRowId);
  const panels = spec.panels.map((panel): ChartPanelData => {
    const lines = series.map((input, index): ChartLine => ({
      name: names[index] ?? input.name,
      role: input.role,
      style: styles[index] ?? PLAN_STYLE,
      values: valuesOf(input.results, panel.rowId, years),
      ...(panel.periodRowId ? { period: firstValue(input.results, panel.periodRowId) ?? null } : {}),
    }));
    const goalValue =
      panel.goalLine && primary ? firstValue(primary.results, panel.goalLine.rowId) : undefined;
    return {
      title: panel.title,
      lines,
      ...(panel.reference && primary
        ? {
            reference: {
              name: panel.reference.name,
              values: valuesOf(primary.results, panel.reference.rowId, years),
            },
          }
        : {}),
      ...(panel.goalLine && goalValue !== undefined
        ? { goal: { value: goalValue, label: panel.goalLine.label(goalValue) } }
        : {}),
    };
  });
  const first = years[0];
  const last = years[years.length - 1];
  return {
    title: spec.title,
    unit: spec.unit,
    years,
    ...(hasPeriod && first !== undefined && last !== undefined ? { periodLabel: `${first}–${last}` } : {}),
    panels,
    sharedScale: spec.sharedScale,
  };
};
