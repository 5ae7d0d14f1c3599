import { CustomChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, registerLocale, use as registerParts, type ECharts } from 'echarts/core';
import langSV from 'echarts/i18n/langSV-obj.js';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The only place that loads ECharts: just the line chart, the custom series (the bridge's waterfall), their
 * components and the SVG renderer (sharp when printed and on a projector), with the Swedish locale.
 * Imported only by the lazily loaded charts.
 */
registerParts([
  CustomChart,
  LineChart,
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  SVGRenderer,
]);
registerLocale('SV', langSV as Parameters<typeof registerLocale>[1]);

export type ChartSize = { readonly width?: number; readonly height?: number };

/** A chart on `element` in Swedish, drawn as SVG; a fixed size (for print) or the element's size. */
export const createChart = (element: HTMLElement, size: ChartSize = {}): ECharts =>
  init(element, null, {
    renderer: 'svg',
    locale: 'SV',
    ...(size.width === undefined ? {} : { width: size.width }),
    ...(size.height === undefined ? {} : { height: size.height }),
  });
