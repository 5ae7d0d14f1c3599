import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatMnkr } from '../format/formatNumber';
import type { Spread } from '../model/uncertainty/summary';
import type { Year } from '../model/years';
import { axisLabel, decimalsOf, niceScale } from './chartScale';
import { REFERENCE_COLOR, SCENARIO_STYLES } from './seriesStyles';

export type FanChartOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

/** One fan: a figure's spread over the draws per year, in mnkr, with a line at zero. */
export type FanData = {
  readonly title: string;
  readonly years: readonly Year[];
  readonly spreads: readonly Spread[];
  /** The zero line's label, e.g. "Balanskravet: 0 mnkr". */
  readonly zeroLabel: string;
};

/** The grid's right margin in px: the zero line's label stands there, outside the bands. */
export const ZERO_LABEL_ROOM = 100;

/** "Balanskravet: 0 mnkr" on two lines ("Balanskravet:", "0 mnkr"), narrow enough for the margin. */
export const zeroLabelLines = (label: string): string => label.replace(/: /, ':\n');

/** The bands and the median as the legend and the tooltip name them: plain Swedish, no percentile jargon. */
export const FAN_NAMES = {
  outer: '9 fall av 10 inom',
  inner: 'Hälften av fallen inom',
  median: 'Mittersta utfallet',
} as const;

const INK = '#1b2733';
const COLOR = SCENARIO_STYLES[0]?.color ?? '#0b3d6e';
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const range = (low: number, high: number) => `${formatMnkr(low, 0)} till ${formatMnkr(high, 0)}`;

/** The fan in words for one year, as the tooltip and the screen-reader label say it. */
export const fanYearText = (year: Year, spread: Spread): string[] => [
  String(year),
  `${FAN_NAMES.median}: ${formatMnkr(spread.p50, 0)}`,
  `${FAN_NAMES.inner}: ${range(spread.p25, spread.p75)}`,
  `${FAN_NAMES.outer}: ${range(spread.p5, spread.p95)}`,
];

/** A band as two stacked series: an invisible base at `low`, then the width `high − low` filled. */
const band = (
  stack: string,
  name: string,
  low: readonly number[],
  high: readonly number[],
  opacity: number,
): LineSeriesOption[] => [
  {
    type: 'line',
    id: `${stack}|base`,
    stack,
    stackStrategy: 'all',
    data: [...low],
    symbol: 'none',
    lineStyle: { opacity: 0 },
    silent: true,
    tooltip: { show: false },
  },
  {
    type: 'line',
    id: `${stack}|band`,
    name,
    stack,
    stackStrategy: 'all',
    data: high.map((value, i) => value - (low[i] ?? 0)),
    symbol: 'none',
    lineStyle: { opacity: 0 },
    areaStyle: { color: COLOR, opacity },
    itemStyle: { color: COLOR, opacity },
    silent: true,
  },
];

/**
 * The ECharts option for a fan chart: the 5–95 % band, the 25–75 % band, the median line and the zero line,
 * sv-SE numbers in axis and tooltip. Pure: no DOM, no ECharts runtime.
 */
export const buildFanChartOption = (fan: FanData): FanChartOption => {
  const pick = (key: keyof Spread) => fan.spreads.map((spread) => spread[key]);
  const scale = niceScale([...pick('p5'), ...pick('p95'), 0]);
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', color: INK },
    title: {
      text: `${fan.title}, mnkr`,
      left: 0,
      top: 0,
      textStyle: { fontSize: 15, fontWeight: 700, color: INK },
    },
    legend: {
      top: 26,
      left: 0,
      // A band hidden from its stack would leave the other bands drawn from the wrong base.
      selectedMode: false,
      data: [FAN_NAMES.median, FAN_NAMES.inner, FAN_NAMES.outer],
      textStyle: { fontSize: 13, color: INK },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const index = (Array.isArray(params) ? params : [params])[0] as { dataIndex?: number } | undefined;
        const i = index?.dataIndex ?? 0;
        const spread = fan.spreads[i];
        const year = fan.years[i];
        return spread && year !== undefined ? fanYearText(year, spread).map(escapeHtml).join('<br>') : '';
      },
    },
    grid: {
      left: 0,
      // Room for the zero line's label beyond the grid's end, where it never covers a band.
      right: ZERO_LABEL_ROOM,
      top: 62,
      bottom: 4,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'category',
      data: fan.years.map(String),
      boundaryGap: false,
      axisLine: { onZero: false, lineStyle: { color: '#56636f' } },
      axisLabel: { fontSize: 12, color: INK, interval: 0 },
    },
    yAxis: {
      type: 'value',
      min: scale.min,
      max: scale.max,
      interval: scale.interval,
      axisLabel: { fontSize: 12, color: INK, formatter: axisLabel('mnkr', decimalsOf(scale.interval)) },
      splitLine: { lineStyle: { color: '#d5dce3' } },
    },
    series: [
      ...band('outer', FAN_NAMES.outer, pick('p5'), pick('p95'), 0.18),
      ...band('inner', FAN_NAMES.inner, pick('p25'), pick('p75'), 0.32),
      {
        type: 'line',
        id: 'median',
        name: FAN_NAMES.median,
        data: pick('p50'),
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { color: COLOR, width: 2.5 },
        itemStyle: { color: COLOR },
        z: 5,
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          lineStyle: { color: REFERENCE_COLOR, width: 1.6, type: 'solid' },
          label: {
            formatter: zeroLabelLines(fan.zeroLabel),
            position: 'end',
            distance: 6,
            color: REFERENCE_COLOR,
            fontSize: 12,
            lineHeight: 15,
          },
          data: [{ yAxis: 0 }],
        },
      },
    ],
  };
};
