import { useId, useState } from 'react';
import { CHART_IDS, CHART_LABELS, type ChartId, type ChartSeriesInput } from './chartSpecs';
import { LazyChart } from './LazyChart';

export type ChartPanelProps = {
  readonly series: readonly ChartSeriesInput[];
  readonly projector?: boolean;
  readonly height?: number;
  readonly initial?: ChartId;
};

/** One chart at a time, chosen with three buttons (pressed state in text and shape, not only colour). */
export const ChartPanel = ({ series, projector = false, height, initial = 'resultat' }: ChartPanelProps) => {
  const [chart, setChart] = useState<ChartId>(initial);
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
        {CHART_IDS.map((id) => (
          <button key={id} type="button" aria-pressed={chart === id} onClick={() => setChart(id)}>
            {chart === id ? '✓ ' : ''}
            {CHART_LABELS[id]}
          </button>
        ))}
      </div>
      <LazyChart
        chart={chart}
        series={series}
        projector={projector}
        {...(height === undefined ? {} : { height })}
      />
    </section>
  );
};
