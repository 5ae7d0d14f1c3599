import { unitText } from '../../charts/bridgePicture';
import { formatNumber, formatSigned } from '../../format/formatNumber';
import { roundBridgeRow } from '../../model/revisions/bridge';
import type { BridgeCause } from '../../model/revisions/bridgeCauses';
import { roundStepRow, type ScenarioStep } from '../../model/revisions/scenarioStep';
import type { FigureChoice } from './bridgeFigureChoice';

type Props = {
  readonly figure: FigureChoice;
  readonly causes: readonly BridgeCause[];
  readonly scenarios: readonly ScenarioStep[];
  readonly fromLabel: string;
  readonly toLabel: string;
};

type Line = {
  readonly key: string;
  readonly label: string;
  readonly cells: readonly string[];
  readonly kind: 'total' | 'part' | 'scenario';
};

const EMPTY = '–';

/**
 * The chosen figure in every year: the old plan, each cause, the new plan, and each scenario on both plans,
 * rounded so that every column adds up as printed.
 */
export const BridgeTable = ({ figure, causes, scenarios, fromLabel, toLabel }: Props) => {
  const first = figure.rows[0]?.row.figure;
  if (!first) return null;
  const { decimals, unit } = first;
  const shown = figure.rows.map((r) => roundBridgeRow(r.row, decimals));
  const level = (value: number | undefined) => (value === undefined ? EMPTY : formatNumber(value, decimals));
  const step = (value: number | undefined) => (value === undefined ? EMPTY : formatSigned(value, decimals));
  const restShown = shown.some((row) => row.rest !== 0);
  const lines: Line[] = [
    { key: 'old', label: fromLabel, kind: 'total', cells: shown.map((row) => level(row.old)) },
    ...causes.map((cause, i) => ({
      key: cause.key,
      label: cause.label,
      kind: 'part' as const,
      cells: shown.map((row) => step(row.old === undefined ? undefined : row.parts[i])),
    })),
    ...(restShown
      ? [{ key: 'rest', label: 'Övrigt', kind: 'part' as const, cells: shown.map((row) => step(row.rest)) }]
      : []),
    { key: 'new', label: toLabel, kind: 'total', cells: shown.map((row) => level(row.new)) },
    ...scenarios.flatMap((scenario) => {
      const steps = figure.rows.map((r) => {
        const row = scenario.rows[r.k];
        return row ? roundStepRow(row, decimals) : undefined;
      });
      return [
        {
          key: `${scenario.id}|old`,
          label: `${scenario.name}, på ${fromLabel}`,
          kind: 'scenario' as const,
          cells: steps.map((s) => level(s?.onOld)),
        },
        {
          key: `${scenario.id}|new`,
          label: `${scenario.name}, på ${toLabel}`,
          kind: 'scenario' as const,
          cells: steps.map((s) => level(s?.onNew)),
        },
      ];
    }),
  ];
  return (
    <table className="bridge-table">
      <caption>
        {figure.label}, {unitText(unit)}, alla år
      </caption>
      <BridgeYearHead first="Steg" years={figure.rows.map((r) => r.year)} />
      <tbody>
        {lines.map((line) => (
          <tr key={line.key} className={`bridge-${line.kind}`}>
            <th scope="row">{line.label}</th>
            {line.cells.map((cell, i) => (
              <td key={figure.rows[i]?.year ?? i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/** A bridge table's head: what the rows are, then one column per year. */
export const BridgeYearHead = ({ first, years }: { first: string; years: readonly number[] }) => (
  <thead>
    <tr>
      <th scope="col">{first}</th>
      {years.map((year) => (
        <th key={year} scope="col">
          {year}
        </th>
      ))}
    </tr>
  </thead>
);
