import { chartData } from './chartData';
import { valueText } from './chartScale';
import type { ChartSeriesInput, ChartSpec } from './chartSpecs';

export type ChartTableRow = {
  readonly header: string;
  readonly role: string;
  readonly values: readonly string[];
};

/** The chart as text for screen readers: a one-paragraph label and a table with every value. */
export type ChartText = {
  readonly label: string;
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly ChartTableRow[];
};

/** Every value a chart draws, formatted sv-SE, for its aria-label and its visually hidden table. */
export const describeChart = (chart: ChartSpec, series: readonly ChartSeriesInput[]): ChartText => {
  const data = chartData(chart, series);
  const columns = [...data.years.map(String), ...(data.periodLabel ? [data.periodLabel] : [])];
  const several = data.panels.length > 1;
  const rows: ChartTableRow[] = data.panels.flatMap((panel) => [
    ...panel.lines.map((line) => ({
      header: several ? `${panel.title}, ${line.name}` : line.name,
      role: line.role,
      values: [
        ...line.values.map((value) => valueText(data.unit, value)),
        ...(data.periodLabel ? [valueText(data.unit, line.period)] : []),
      ],
    })),
    ...(panel.reference
      ? [
          {
            header: several ? `${panel.title}, ${panel.reference.name}` : panel.reference.name,
            role: 'reference',
            values: panel.reference.values.map((value) => valueText(data.unit, value)),
          },
        ]
      : []),
  ]);
  const goals = data.panels.flatMap((panel) => (panel.goal ? [panel.goal.label] : []));
  const sentences = rows
    .filter((row) => row.role !== 'reference')
    .map(
      (row) => `${row.header}: ${row.values.map((value, i) => `${columns[i] ?? ''} ${value}`).join(', ')}`,
    );
  const caption = [data.title, ...(goals.length ? [`Linjer: ${goals.join(', ')}`] : [])].join('. ');
  return { label: `Diagram. ${caption}. ${sentences.join('. ')}.`, caption, columns, rows };
};
