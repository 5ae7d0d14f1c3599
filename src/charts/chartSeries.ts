import type { LineSeriesOption } from 'echarts/charts';
import type { ChartLine, ChartData, ChartPanelData } from './chartData';
import { valueText } from './chartScale';
import type { ChartUnit } from './chartSpecs';
import { REFERENCE_COLOR } from './seriesStyles';

/** Type sizes: the projector variant is read from the back of a room (every text at least 24 px). */
export const sizesFor = (projector: boolean) =>
  projector
    ? { title: 26, panel: 24, label: 24, legend: 24, line: 4.5, symbol: 12, row: 34, gap: 6, bottom: 10 }
    : { title: 16, panel: 13, label: 12, legend: 13, line: 2.5, symbol: 7, row: 20, gap: 4, bottom: 2 };
export type Sizes = ReturnType<typeof sizesFor>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type TooltipItem = { seriesName?: string; value?: unknown; marker?: unknown; axisValueLabel?: string };

/** Axis tooltip in sv-SE; series without a value at that category (goal lines, period points) are left out. */
export const tooltipFormatter = (unit: ChartUnit) => (params: unknown) => {
  const items = (Array.isArray(params) ? params : [params]) as TooltipItem[];
  const rows = items
    .filter((item) => typeof item.value === 'number')
    .map(
      (item) =>
        `${typeof item.marker === 'string' ? item.marker : ''}${escapeHtml(item.seriesName ?? '')}: ` +
        `<b>${escapeHtml(valueText(unit, item.value as number))}</b>`,
    );
  return [escapeHtml(items[0]?.axisValueLabel ?? ''), ...rows].join('<br>');
};

export const panelValues = (panel: ChartPanelData): number[] =>
  [
    ...panel.lines.flatMap((line) => [...line.values, line.period ?? null]),
    ...(panel.reference?.values ?? []),
    panel.goal?.value ?? null,
  ].filter((value): value is number => value !== null);

const lineSeries = (
  line: ChartLine,
  data: readonly (number | null)[],
  axis: number,
  sizes: Sizes,
  extra: LineSeriesOption = {},
): LineSeriesOption => ({
  type: 'line',
  id: `${axis}|line|${line.name}`,
  name: line.name,
  xAxisIndex: axis,
  yAxisIndex: axis,
  data: [...data],
  symbol: line.style.symbol,
  symbolSize: sizes.symbol,
  lineStyle: {
    color: line.style.color,
    width: line.role === 'plan' ? sizes.line * 0.8 : sizes.line,
    type: typeof line.style.dash === 'string' ? line.style.dash : [...line.style.dash],
  },
  itemStyle: { color: line.style.color, borderColor: line.style.color },
  z: line.role === 'plan' ? 4 : 3,
  ...extra,
});

export const panelSeries = (
  panel: ChartPanelData,
  axis: number,
  data: ChartData,
  sizes: Sizes,
): LineSeriesOption[] => {
  const pad = data.periodLabel ? [null] : [];
  const empty = [...data.years.map(() => null), ...pad];
  const series = panel.lines.flatMap((line) => [
    lineSeries(line, [...line.values, ...pad], axis, sizes),
    ...(data.periodLabel && line.period !== undefined
      ? [
          lineSeries(line, [...data.years.map(() => null), line.period], axis, sizes, {
            id: `${axis}|period|${line.name}`,
            symbolSize: sizes.symbol * 1.6,
          }),
        ]
      : []),
  ]);
  if (panel.reference)
    series.push({
      type: 'line',
      id: `${axis}|reference`,
      name: panel.reference.name,
      xAxisIndex: axis,
      yAxisIndex: axis,
      data: [...panel.reference.values, ...pad],
      symbol: 'none',
      lineStyle: { color: REFERENCE_COLOR, width: sizes.line * 0.7, type: [2, 3] },
      itemStyle: { color: REFERENCE_COLOR },
      z: 1,
    });
  if (panel.goal)
    series.push({
      type: 'line',
      id: `${axis}|goal`,
      name: panel.goal.label,
      xAxisIndex: axis,
      yAxisIndex: axis,
      data: empty,
      markLine: {
        silent: true,
        symbol: 'none',
        animation: false,
        lineStyle: { color: REFERENCE_COLOR, width: sizes.line * 0.6, type: 'solid' },
        label: {
          formatter: panel.goal.label,
          position: 'insideEndTop',
          color: REFERENCE_COLOR,
          fontSize: sizes.label,
        },
        data: [{ yAxis: panel.goal.value }],
      },
    });
  return series;
};
