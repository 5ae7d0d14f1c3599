import { memo, useMemo, useState } from 'react';
import { ChartPanel } from '../charts/ChartPanel';
import { chartSpecsFor, type ChartSeriesInput } from '../charts/chartSpecs';
import { LazyChart } from '../charts/LazyChart';
import { useDeferredScenario, useScenario } from '../scenarios/useScenario';

/**
 * The plan and the open scenario as chart series; only the components that draw them re-render on an edit.
 * The results are deferred: the edit's own render does not touch the charts, so the frame showing the edit
 * comes first, and React renders the charts' new figures right after.
 */
const useScenarioSeries = (withPlan: boolean): readonly ChartSeriesInput[] => {
  const name = useScenario((state) => state.document.name);
  const results = useDeferredScenario((state) => state.results);
  const planResults = useScenario((state) => state.planResults);
  return useMemo(
    () => [
      ...(withPlan ? [{ name: 'Plan', results: planResults, role: 'plan' as const }] : []),
      { name, results, role: 'scenario' as const },
    ],
    [withPlan, name, results, planResults],
  );
};

/** Beside or below a statement: a folded panel draws nothing, so it costs nothing per edit. */
export const SheetCharts = memo(function SheetCharts() {
  const [open, setOpen] = useState(true);
  return (
    <details className="sheet-charts" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Diagram: plan och scenario</summary>
      {open ? <OpenSheetCharts /> : null}
    </details>
  );
});

/** The plan's charts: årets resultat and balanskravsresultat, then one per goal it has figures for. */
export const usePlanCharts = () => chartSpecsFor(useScenario((state) => state.plan));

const OpenSheetCharts = () => <ChartPanel charts={usePlanCharts()} series={useScenarioSeries(true)} />;

export const ProjectorChart = ({ withPlan }: { withPlan: boolean }) => (
  <ChartPanel projector charts={usePlanCharts()} series={useScenarioSeries(withPlan)} />
);

export const PrintChart = () => {
  const charts = usePlanCharts();
  const series = useScenarioSeries(true);
  return charts[0] ? <LazyChart chart={charts[0]} series={series} height={230} printWidth={680} /> : null;
};
