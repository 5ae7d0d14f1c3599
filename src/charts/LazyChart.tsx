import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { ChartProps } from './Chart';
import type { BridgeChartProps } from './BridgeChart';
import type { FanChartProps } from './FanChart';

export type { ChartProps } from './Chart';

/** ECharts is its own chunk: fetched when the first chart is rendered, never part of the initial script. */
const Chart = lazy(() => import('./Chart').then((module) => ({ default: module.Chart })));
const BridgeChart = lazy(() => import('./BridgeChart').then((module) => ({ default: module.BridgeChart })));
const FanChart = lazy(() => import('./FanChart').then((module) => ({ default: module.FanChart })));

/** A chunk that fails to load (offline, a new deployment) costs the chart, never the app. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="chart-message" role="status">
        Diagrammet kunde inte laddas. Siffrorna finns i tabellerna.
      </p>
    ) : (
      this.props.children
    );
  }
}

export const LazyChart = (props: ChartProps) => (
  <ChartBoundary>
    <Suspense
      fallback={
        <p
          className="chart-message"
          style={props.height === undefined ? undefined : { minHeight: props.height }}
        >
          Diagram laddas …
        </p>
      }
    >
      <Chart {...props} />
    </Suspense>
  </ChartBoundary>
);

/** The uncertainty view's fan chart, from the same lazily loaded ECharts. */
export const LazyFanChart = (props: FanChartProps) => (
  <ChartBoundary>
    <Suspense fallback={<p className="chart-message">Diagram laddas …</p>}>
      <FanChart {...props} />
    </Suspense>
  </ChartBoundary>
);

/** The plan bridge's waterfall (issue 16), from the same lazily loaded ECharts. */
export const LazyBridgeChart = (props: BridgeChartProps) => (
  <ChartBoundary>
    <Suspense fallback={<p className="chart-message">Diagram laddas …</p>}>
      <BridgeChart {...props} />
    </Suspense>
  </ChartBoundary>
);
