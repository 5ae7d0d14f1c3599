import { useEffect, useMemo, useRef, useState } from 'react';
import { barSentence, buildBridgeChartOption } from './bridgeChartOptions';
import type { BridgePicture } from './bridgePicture';
import { createChart } from './echartsSetup';

export type BridgeChartProps = { readonly picture: BridgePicture };

/** A bar's height in px, and the chart's room for the axis: the chart grows with its steps. */
const ROW = 46;
const AXIS = 56;
/** From this width on (a 1920 px projector) the type is larger. */
const WIDE = 1500;

/**
 * The bridge's waterfall: owns init, setOption, resize and dispose. The drawing is an image for assistive
 * technology, labelled with every bar in words; the table below it has the same figures.
 */
export const BridgeChart = ({ picture }: BridgeChartProps) => {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof createChart> | undefined>(undefined);
  const [width, setWidth] = useState(0);
  const fontSize = width >= WIDE ? 18 : 15;
  const option = useMemo(() => buildBridgeChartOption(picture, fontSize), [picture, fontSize]);
  const label = useMemo(
    () => `Diagram. ${picture.title}. ${picture.bars.map((bar) => barSentence(bar, picture)).join('. ')}.`,
    [picture],
  );
  const height = picture.bars.length * (fontSize >= 18 ? ROW + 12 : ROW) + AXIS;

  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const created = createChart(target);
    chart.current = created;
    const observer = new ResizeObserver(() => {
      created.resize();
      setWidth(target.clientWidth);
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      created.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
    chart.current?.resize();
  }, [option, height]);

  return (
    <figure className="chart bridge-chart" data-chart="bridge">
      <div
        ref={element}
        className="bridge-canvas"
        data-font={fontSize}
        style={{ height }}
        role="img"
        aria-label={label}
      />
    </figure>
  );
};
