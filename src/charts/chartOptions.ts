import type { LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { chartData, type ChartData, type ChartPanelData } from './chartData';
import { axisLabel, decimalsOf, niceScale, type Scale } from './chartScale';
import { panelSeries, panelValues, sizesFor, tooltipFormatter, type Sizes } from './chartSeries';
import type { ChartSeriesInput, ChartSpec } from './chartSpecs';

export type { ChartSeriesInput, ChartSpec } from './chartSpecs';

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export type ChartOptions = {
  readonly projector?: boolean;
  readonly print?: boolean;
  /** The chart's height in pixels when its panels are to be stacked (a narrow chart). */
  readonly stackedHeight?: number;
  /** The chart's width in pixels: how many rows the projector's large legend needs (long scenario names). */
  readonly width?: number;
};

type PanelBox = {
  readonly left: string | number;
  readonly right: string | number;
  readonly titleTop: number;
  readonly top: number;
  readonly bottom?: number;
  readonly height?: number;
};

/**
 * The legend's rows: one for up to three entries, or, when the chart's width is given, as many as the entries
 * fill (an entry is its symbol, a gap, its text at a wide font's ~0,6 em per character, and ECharts' item gap).
 */
const legendRowsOf = (data: ChartData, names: readonly string[], sizes: Sizes, width?: number) => {
  const entries = (data.panels[0]?.lines.length ?? 0) + (data.panels[0]?.reference ? 1 : 0);
  if (width === undefined || width <= 0) return entries > 3 ? 2 : 1;
  let rows = 1;
  let line = 0;
  for (const name of names) {
    const entry = sizes.legend * 2.6 + 5 + name.length * sizes.legend * 0.6 + 10;
    if (line > 0 && line + entry > width) {
      rows += 1;
      line = 0;
    }
    line += entry;
  }
  return rows;
};

/**
 * Where everything goes, in pixels: title (not on the projector), legend, then per panel its title and
 * plot, side by side, or one above the other when `stackedHeight` (the chart's height) is given.
 */
const layoutOf = (
  data: ChartData,
  sizes: Sizes,
  showTitle: boolean,
  legendRows: number,
  stackedHeight?: number,
) => {
  const legendTop = showTitle ? sizes.title + sizes.gap * 2 : 0;
  const panelTitleTop = legendTop + legendRows * sizes.row + sizes.gap;
  const panelTitles = data.panels.length > 1 || !showTitle;
  const titleSpace = panelTitles ? sizes.panel + sizes.gap * 3 : sizes.gap * 2;
  const count = Math.max(data.panels.length, 1);
  const share = 100 / count;
  const block = ((stackedHeight ?? 0) - panelTitleTop) / count;
  const boxes: PanelBox[] = data.panels.map((_, index) =>
    stackedHeight !== undefined && count > 1
      ? {
          left: 0,
          right: '1%',
          titleTop: panelTitleTop + index * block,
          top: panelTitleTop + index * block + titleSpace,
          height: Math.max(block - titleSpace - sizes.gap * 3, 40),
        }
      : {
          left: `${index * share + (index > 0 ? 3 : 0)}%`,
          right: `${(count - 1 - index) * share + 1}%`,
          titleTop: panelTitleTop,
          top: panelTitleTop + titleSpace,
          // Room for the descenders of large axis labels, which the label bounds leave out.
          bottom: sizes.bottom,
        },
  );
  return { legendTop, panelTitles, boxes };
};

/** A goal line exactly on the plot's edge would hide in the axis line: give it one more step of room. */
const roomForGoals = (scale: Scale, goals: readonly number[]): Scale => ({
  ...scale,
  min: goals.includes(scale.min) ? scale.min - scale.interval : scale.min,
  max: goals.includes(scale.max) ? scale.max + scale.interval : scale.max,
});

const scalesOf = (data: ChartData): readonly Scale[] => {
  const goalsOf = (panels: readonly ChartPanelData[]) =>
    panels.flatMap((panel) => (panel.goal ? [panel.goal.value] : []));
  if (data.sharedScale) {
    const shared = roomForGoals(niceScale(data.panels.flatMap(panelValues)), goalsOf(data.panels));
    return data.panels.map(() => shared);
  }
  return data.panels.map((panel) => roomForGoals(niceScale(panelValues(panel)), goalsOf([panel])));
};

const INK = '#1b2733';

/** The chart's title, then one title per panel; without the main title the panels name the unit. */
const titlesOf = (
  data: ChartData,
  sizes: Sizes,
  layout: ReturnType<typeof layoutOf>,
  showTitle: boolean,
): TitleComponentOption[] => {
  const unit = data.unit === 'mnkr' ? 'mnkr' : '%';
  return [
    ...(showTitle
      ? [
          {
            text: data.title,
            left: 0,
            top: 0,
            textStyle: { fontSize: sizes.title, fontWeight: 700, color: INK },
          },
        ]
      : []),
    ...(layout.panelTitles
      ? data.panels.map((panel, index) => ({
          // Percentages carry their unit on the axis; amounts get "mnkr" once, in the first panel's title.
          text: showTitle || unit !== 'mnkr' || index > 0 ? panel.title : `${panel.title}, ${unit}`,
          left: layout.boxes[index]?.left ?? 0,
          top: layout.boxes[index]?.titleTop ?? 0,
          textStyle: { fontSize: sizes.panel, fontWeight: 600, color: INK },
        }))
      : []),
  ];
};

const axesOf = (data: ChartData, sizes: Sizes, projector: boolean) => {
  const categories = [...data.years.map(String), ...(data.periodLabel ? [data.periodLabel] : [])];
  return {
    xAxis: data.panels.map((_, index) => ({
      type: 'category' as const,
      gridIndex: index,
      data: categories,
      axisLine: { onZero: false, lineStyle: { color: '#56636f' } },
      axisTick: { alignWithLabel: true },
      // Every year where there is room; on a narrow projector panel every other year rather than a smudge.
      axisLabel: { fontSize: sizes.label, color: INK, interval: projector ? ('auto' as const) : 0 },
    })),
    yAxis: scalesOf(data).map((scale, index) => ({
      type: 'value' as const,
      gridIndex: index,
      min: scale.min,
      max: scale.max,
      interval: scale.interval,
      axisLabel: {
        fontSize: sizes.label,
        color: INK,
        formatter: axisLabel(data.unit, decimalsOf(scale.interval)),
      },
      splitLine: { lineStyle: { color: '#d5dce3' } },
    })),
  };
};

/**
 * The ECharts option for one chart: one grid per panel side by side, one line per series (colour, dash and
 * symbol differ), the requirement and goal lines, sv-SE numbers everywhere. Pure: no DOM, no ECharts runtime.
 * The projector variant has larger type and thicker lines and leaves the title to the chart buttons.
 */
export const buildChartOption = (
  chart: ChartSpec,
  series: readonly ChartSeriesInput[],
  options: ChartOptions = {},
): ChartOption => {
  const data = chartData(chart, series);
  const projector = options.projector ?? false;
  const sizes = sizesFor(projector);
  const legendNames = [
    ...new Set(
      data.panels.flatMap((panel) => [
        ...panel.lines.map((line) => line.name),
        ...(panel.reference ? [panel.reference.name] : []),
      ]),
    ),
  ];
  const legendRows = legendRowsOf(data, legendNames, sizes, options.width);
  const layout = layoutOf(data, sizes, !projector, legendRows, options.stackedHeight);
  return {
    // Only the projector animates (a room follows a line that moves); at the desk a chart redraws in one
    // frame instead of ten, which keeps the main thread free for the next edit (npm run bench).
    animation: projector && !options.print,
    animationDuration: 300,
    animationDurationUpdate: 150,
    animationEasingUpdate: 'cubicOut',
    textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif', color: INK },
    title: titlesOf(data, sizes, layout, !projector),
    legend: {
      top: layout.legendTop,
      left: 0,
      data: legendNames,
      itemWidth: sizes.legend * 2.6,
      itemHeight: sizes.legend * 0.8,
      textStyle: { fontSize: sizes.legend, color: INK },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: tooltipFormatter(data.unit),
      textStyle: { fontSize: sizes.label },
    },
    grid: layout.boxes.map(({ titleTop: _, ...box }) => ({
      ...box,
      outerBoundsMode: 'same' as const,
      outerBoundsContain: 'axisLabel' as const,
    })),
    ...axesOf(data, sizes, projector),
    series: data.panels.flatMap((panel, index) => panelSeries(panel, index, data, sizes)),
  };
};
