import type { CustomSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatNumber } from '../format/formatNumber';
import { type BridgeBar, type BridgePicture, unitText } from './bridgePicture';
import { axisLabel, decimalsOf, niceScale } from './chartScale';
import { PLAN_STYLE } from './seriesStyles';

export type BridgeChartOption = ComposeOption<
  CustomSeriesOption | GridComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

const INK = '#1b2733';
/** Colour-blind-safe pair, dark enough for a projector: blue raises the figure, orange-red lowers it. */
export const BRIDGE_COLORS = { total: PLAN_STYLE.color, up: '#0b5fa5', down: '#b34700' } as const;

/**
 * A bar's colour: a plan grey, a step blue or orange by its sign; a scenario's step the same, drawn light
 * with a dark outline (`scenarioStyle`), so a proposal never shares a colour with a cause of another kind.
 */
export const barColor = (bar: BridgeBar): string =>
  bar.kind === 'total'
    ? BRIDGE_COLORS.total
    : bar.kind === 'scenario'
      ? BRIDGE_COLORS[bar.direction ?? 'up']
      : BRIDGE_COLORS[bar.kind];

const barStyle = (bar: BridgeBar) =>
  bar.kind === 'scenario'
    ? { fill: `${barColor(bar)}59`, stroke: barColor(bar), lineWidth: 2 }
    : { fill: barColor(bar) };

/** A bar in words, as the tooltip and the screen-reader label say it. */
export const barSentence = (bar: BridgeBar, picture: BridgePicture): string => {
  const unit = unitText(picture.unit);
  if (bar.kind !== 'scenario') return `${bar.label}: ${bar.text} ${unit}`;
  const old =
    bar.onOld === undefined ? '' : `; på gamla planen ${formatNumber(bar.onOld, picture.decimals)} ${unit}`;
  return `${bar.label}: på nya planen ${bar.text} ${unit}${old}`;
};

/** Room for the bar labels on the left, in px: as wide as the longest label needs, within bounds. */
const labelRoom = (bars: readonly BridgeBar[], fontSize: number) =>
  Math.min(fontSize * 26, Math.max(160, Math.max(...bars.map((b) => b.label.length)) * fontSize * 0.72));

type RenderApi = {
  value: (dimension: number) => number;
  coord: (point: [number, number]) => number[];
  size: (point: [number, number]) => number[] | number;
};

/**
 * The ECharts option of the bridge: one horizontal bar per step, top to bottom, drawn by a custom series
 * from `low` to `high` (a waterfall that may cross zero), its number at its end; a scenario's bar runs from
 * the new plan to where the scenario lands, with a hollow diamond where it stood on the old plan. Pure: no
 * DOM, no ECharts runtime; `fontSize` grows on a large screen.
 */
export const buildBridgeChartOption = (picture: BridgePicture, fontSize = 15): BridgeChartOption => {
  const { bars } = picture;
  const values = bars.flatMap((b) => [b.low, b.high, ...(b.onOld === undefined ? [] : [b.onOld])]);
  const scale = niceScale([...values, 0]);
  const renderItem = (_: unknown, api: RenderApi) => {
    const index = api.value(0);
    const bar = bars[index];
    if (!bar) return null;
    const [x0 = 0, y = 0] = api.coord([api.value(1), index]);
    const [x1 = 0] = api.coord([api.value(2), index]);
    const band = api.size([0, 1]);
    const height = (Array.isArray(band) ? (band[1] ?? 0) : band) * 0.62;
    const r = height / 2;
    const [xo] = bar.onOld === undefined ? [] : api.coord([bar.onOld, index]);
    const children: object[] = [
      {
        type: 'rect',
        shape: { x: x0, y: y - height / 2, width: Math.max(2, x1 - x0), height },
        style: barStyle(bar),
      },
      {
        type: 'text',
        // After the bar and the diamond, so neither covers the number.
        style: {
          text: bar.text,
          x: Math.max(x0, x1, xo === undefined ? x0 : xo + r) + 8,
          y,
          fill: INK,
          font: `600 ${fontSize}px system-ui, sans-serif`,
          verticalAlign: 'middle',
        },
      },
    ];
    if (xo !== undefined)
      children.push({
        type: 'polygon',
        shape: {
          points: [
            [xo, y - r],
            [xo + r * 0.7, y],
            [xo, y + r],
            [xo - r * 0.7, y],
          ],
        },
        style: { fill: '#ffffff', stroke: INK, lineWidth: 2 },
      });
    return { type: 'group', children };
  };
  return {
    animation: false,
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', color: INK },
    grid: { left: labelRoom(bars, fontSize), right: fontSize * 9, top: 12, bottom: fontSize * 2.4 },
    tooltip: {
      trigger: 'item',
      confine: true,
      textStyle: { fontSize },
      formatter: (params: unknown) => {
        const index = (params as { dataIndex?: number }).dataIndex ?? -1;
        const bar = bars[index];
        return bar ? barSentence(bar, picture).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: scale.min,
      max: scale.max,
      interval: scale.interval,
      axisLabel: {
        formatter: axisLabel(picture.unit, decimalsOf(scale.interval)),
        fontSize: fontSize - 1,
        color: INK,
      },
      splitLine: { lineStyle: { color: '#d5dbe1' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLabel: {
        fontSize,
        color: INK,
        width: labelRoom(bars, fontSize) - 12,
        overflow: 'break',
        fontWeight: 600,
      },
    },
    series: [
      {
        type: 'custom',
        id: 'bridge',
        renderItem: renderItem as unknown as NonNullable<CustomSeriesOption['renderItem']>,
        encode: { x: [1, 2], y: 0 },
        data: bars.map((bar, i) => [i, bar.low, bar.high, bar.onOld ?? Number.NaN]),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: INK, width: 1.5, type: 'solid' },
          data: [{ xAxis: 0 }],
        },
      },
    ],
  };
};
