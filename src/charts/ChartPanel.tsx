import { useId, useState } from 'react';
import type { ChartId, ChartSeriesInput, ChartSpec } from './chartSpecs';
import { LazyChart } from './LazyChart';

export type ChartPanelProps = {
  /** The plan's charts (`chartSpecsFor`), in button order. */
  readonly charts: readonly ChartSpec[];
  readonly series: readonly ChartSeriesInput[];
  readonly projector?: boolean;
  readonly height?: number;
  readonly initial?: ChartId;
};

/** One chart at a time, chosen with three buttons (pressed state in text and shape, not only colour). */
export const ChartPanel = ({
  charts,
  series,
  projector = false,
  height,
  initial = 'resultat',
}: ChartPanelProps) => {
  const [chosen, setChart] = useState<ChartId>(initial);
  const chart = charts.find((spec) => spec.id === chosen) ?? charts[0];
  const label = useId();
  return (
    <section
      className={projector ? 'chart-panel projector-chart-panel' : 'chart-panel'}
      aria-labelledby={label}
    >
      <div className="chart-choice" role="group" aria-labelledby={label}>
        <span id={label} className="visually-hidden">
          Diagram
        </span>
        {charts.map((spec) => (
          <button key={spec.id} type="button" aria-pressed={chart === spec} onClick={() => setChart(spec.id)}>
            {chart === spec ? '✓ ' : ''}
            {spec.label}
          </button>
        ))}
      </div>
      {chart ? (
        <LazyChart
          chart={chart}
          series={series}
          projector={projector}
          {...(height === undefined ? {} : { height })}
        />
      ) : null}
    </section>
  );
};
