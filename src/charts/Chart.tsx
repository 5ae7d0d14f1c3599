import type { ECharts } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { buildChartOption } from './chartOptions';
import type { ChartId, ChartSeriesInput, ChartSpec } from './chartSpecs';
import { describeChart } from './chartText';
import { createChart } from './echartsSetup';

const PRINT_HEIGHT = 260;
/** Narrower than this, a chart's panels go one above the other. */
const STACK_BELOW = 640;

export type ChartProps = {
  readonly chart: ChartSpec;
  readonly series: readonly ChartSeriesInput[];
  readonly projector?: boolean;
  /** Pixels; without it the stylesheet sizes the chart (`.chart-canvas`). */
  readonly height?: number;
  /** A fixed width in pixels, drawn without animation: for the printed page, where nothing resizes. */
  readonly printWidth?: number;
};

type ChartInstance = {
  readonly chart: ECharts;
  /** The chart the instance draws; another one replaces every component. */
  id: ChartId | undefined;
  /** Whether any of it is on screen, and whether an update was skipped while it was not. */
  inView: boolean;
  stale: boolean;
};

/**
 * One ECharts chart: owns init, setOption, resize and dispose. The drawing is an image for assistive
 * technology, labelled with its values; the same values follow in a visually hidden table.
 */
export const Chart = ({ chart, series, projector = false, height, printWidth }: ChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const instance = useRef<ChartInstance | undefined>(undefined);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const stacked = !projector && printWidth === undefined && size.width > 0 && size.width < STACK_BELOW;
  const stackedHeight = stacked ? size.height : undefined;
  // The projector's legend is large: its rows depend on the chart's width.
  const legendWidth = projector && size.width > 0 ? size.width : undefined;
  const option = useMemo(
    () =>
      buildChartOption(chart, series, {
        projector,
        print: printWidth !== undefined,
        ...(stackedHeight === undefined ? {} : { stackedHeight }),
        ...(legendWidth === undefined ? {} : { width: legendWidth }),
      }),
    [chart, series, projector, printWidth, stackedHeight, legendWidth],
  );
  const text = useMemo(() => describeChart(chart, series), [chart, series]);
  const latest = useRef(option);
  useEffect(() => {
    latest.current = option;
  }, [option]);

  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const created = createChart(
      target,
      printWidth === undefined ? {} : { width: printWidth, height: height ?? PRINT_HEIGHT },
    );
    const current: ChartInstance = { chart: created, id: undefined, inView: true, stale: false };
    instance.current = current;
    const observer = new ResizeObserver(() => {
      created.resize();
      setSize({ width: Math.round(target.clientWidth), height: Math.round(target.clientHeight) });
    });
    // Scrolled out of sight (below the grid on a laptop), the chart skips the edits' redraws and catches up
    // with the latest figures when it comes back into view.
    const visibility = new IntersectionObserver((entries) => {
      current.inView = entries.some((entry) => entry.isIntersecting);
      if (current.inView && current.stale) {
        current.stale = false;
        created.setOption(latest.current, { replaceMerge: ['series'] });
      }
    });
    if (printWidth === undefined) {
      observer.observe(target);
      visibility.observe(target);
    }
    return () => {
      observer.disconnect();
      visibility.disconnect();
      created.dispose();
      instance.current = undefined;
    };
  }, [printWidth, height]);

  // Runs after the effect above (declaration order), also when that one made a new instance.
  useEffect(() => {
    const current = instance.current;
    if (!current) return;
    if (current.id !== chart.id) {
      // Another chart (or a new instance) replaces everything at once.
      current.chart.setOption(option, { notMerge: true });
      current.id = chart.id;
      return;
    }
    // The printed chart is hidden on screen: it is brought up to date when printing starts (below).
    if (printWidth !== undefined) return;
    // The same chart keeps its components so the lines move; the update waits until the frame showing the
    // edit in the grid has been painted, and a newer edit before then replaces it.
    // Two frames: the first paints the grid, the chart redraws in the next (ECharts takes ~20 ms).
    if (!current.inView) {
      current.stale = true;
      return;
    }
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => current.chart.setOption(option, { replaceMerge: ['series'] }));
    });
    return () => cancelAnimationFrame(frame);
  }, [option, chart, printWidth, height]);

  useEffect(() => {
    if (printWidth === undefined) return;
    // setOption draws synchronously, so the page is current before the browser lays it out for paper.
    const apply = () => instance.current?.chart.setOption(latest.current, { notMerge: true });
    const media = window.matchMedia('print');
    const onMedia = () => {
      if (media.matches) apply();
    };
    window.addEventListener('beforeprint', apply);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', apply);
      media.removeEventListener('change', onMedia);
    };
  }, [printWidth]);

  return (
    <figure className="chart" data-chart={chart.id}>
      <div
        ref={element}
        className={stacked ? 'chart-canvas chart-stacked' : 'chart-canvas'}
        role="img"
        aria-label={text.label}
        style={height === undefined ? undefined : { height }}
      />
      {/* A table ignores its own 1 px width: hidden in a box that clips it, it never widens the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{text.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Serie</th>
              {text.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {text.rows.map((row) => (
              <tr key={row.header} data-role={row.role}>
                <th scope="row">{row.header}</th>
                {row.values.map((value, index) => (
                  <td key={text.columns[index] ?? index}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
};
