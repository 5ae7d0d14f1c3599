import { BridgeYearHead } from './BridgeTable';
import { unitText } from '../../charts/bridgePicture';
import { formatNumber, formatSigned } from '../../format/formatNumber';
import { roundStepRow, type ScenarioStep } from '../../model/revisions/scenarioStep';
import type { FigureChoice } from './bridgeFigureChoice';
import { RebaseLists } from './RebaseLists';

type Props = {
  readonly step: ScenarioStep;
  readonly index: number;
  readonly figure: FigureChoice;
  readonly year: number;
  readonly toLabel: string;
};

const EMPTY = '–';

/**
 * One scenario under the picture: where it lands in the chosen year, and opened, its last step (the new
 * plan → the scenario on it) change by change in every year, and what the move could not carry.
 */
export const ScenarioStepDetails = ({ step, figure, year, toLabel }: Props) => {
  const first = figure.rows[0]?.row.figure;
  if (!first) return null;
  const { decimals, unit } = first;
  const shown = figure.rows.map((r) => {
    const row = step.rows[r.k];
    return row ? roundStepRow(row, decimals) : undefined;
  });
  const now = shown[figure.rows.findIndex((r) => r.year === year)];
  const level = (value: number | undefined) => (value === undefined ? EMPTY : formatNumber(value, decimals));
  const signed = (value: number | undefined) => (value === undefined ? EMPTY : formatSigned(value, decimals));
  const summary =
    now?.onNew === undefined
      ? `${step.name}: ingen siffra ${year}`
      : `${step.name}: ${level(now.onNew)} ${unitText(unit)} ${year} på ${toLabel} (${signed(now.onNew - now.from)} mot planen)`;
  const restShown = shown.some((s) => s !== undefined && s.rest !== 0);
  const missing = step.rebased.notCarried.length;
  return (
    <details className="bridge-scenario">
      <summary>
        {summary}
        {missing > 0 ? (
          <span className="bridge-warning">
            {' '}
            · {missing === 1 ? 'en ändring' : `${missing} ändringar`} kunde inte flyttas
          </span>
        ) : null}
      </summary>
      {step.parts.length === 0 ? (
        <p>Förslaget ändrar ingenting på {toLabel}.</p>
      ) : (
        <table className="bridge-table">
          <caption>
            Från {toLabel} till {step.name}: {figure.label}, {unitText(unit)}, per ändring
            {step.method === 'grouped' ? ' (många ändringar: fördelat i grupper)' : ''}
          </caption>
          <BridgeYearHead first="Ändring" years={figure.rows.map((r) => r.year)} />
          <tbody>
            <tr className="bridge-total">
              <th scope="row">{toLabel}</th>
              {shown.map((s, i) => (
                <td key={i}>{level(s?.from)}</td>
              ))}
            </tr>
            {step.parts.map((part, p) => (
              <tr key={part.key} className="bridge-part">
                <th scope="row">{part.label}</th>
                {shown.map((s, i) => (
                  <td key={i}>{signed(s?.onNew === undefined ? undefined : s.parts[p])}</td>
                ))}
              </tr>
            ))}
            {restShown ? (
              <tr className="bridge-part">
                <th scope="row">Övrigt</th>
                {shown.map((s, i) => (
                  <td key={i}>{signed(s?.rest)}</td>
                ))}
              </tr>
            ) : null}
            <tr className="bridge-scenario-total">
              <th scope="row">{step.name}</th>
              {shown.map((s, i) => (
                <td key={i}>{level(s?.onNew)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      <RebaseLists rebased={step.rebased} />
    </details>
  );
};
