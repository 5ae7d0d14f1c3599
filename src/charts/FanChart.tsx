import { useEffect, useMemo, useRef } from 'react';
import { createChart } from './echartsSetup';
import { buildFanChartOption, fanYearText, type FanData } from './fanChartOptions';

export type FanChartProps = { readonly fan: FanData };

/**
 * One fan chart: owns init, setOption, resize and dispose. The drawing is an image for assistive technology,
 * labelled with every year's median and bands in words.
 */
export const FanChart = ({ fan }: FanChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof createChart> | undefined>(undefined);
  const option = useMemo(() => buildFanChartOption(fan), [fan]);
  const label = useMemo(
    () =>
      `Diagram. ${fan.title}, mnkr. ${fan.years
        .map((year, i) => {
          const spread = fan.spreads[i];
          return spread ? fanYearText(year, spread).join(', ') : '';
        })
        .join('. ')}.`,
    [fan],
  );

  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const created = createChart(target);
    chart.current = created;
    const observer = new ResizeObserver(() => created.resize());
    observer.observe(target);
    return () => {
      observer.disconnect();
      created.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className="chart fan-chart" data-chart="fan">
      <div ref={element} className="fan-canvas" role="img" aria-label={label} />
    </figure>
  );
};
