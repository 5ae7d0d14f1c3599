import { formatNumber, formatSigned } from '../../format/formatNumber';
import type { Waterfall } from '../../scenarios/waterfall';

/** Every year's waterfall of one row as a table: start, each part, end and the difference, in mnkr. */
export const WaterfallTable = ({
  waterfalls,
  caption,
  baseName,
  targetName,
}: {
  waterfalls: readonly Waterfall[];
  caption: string;
  baseName: string;
  targetName: string;
}) => {
  const steps = waterfalls[0]?.steps ?? [];
  return (
    <table className="wf-table" data-testid="waterfall-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">mnkr</th>
          {waterfalls.map((w) => (
            <th scope="col" key={w.year} className="number">
              {w.year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="wf-start">
          <th scope="row">{baseName}</th>
          {waterfalls.map((w) => (
            <td key={w.year} className="number">
              {formatNumber(w.start, 1)}
            </td>
          ))}
        </tr>
        {steps.map((step, i) => (
          <tr key={step.key} data-part={step.key}>
            <th scope="row">{step.label}</th>
            {waterfalls.map((w) => (
              <td key={w.year} className="number" data-year={w.year}>
                {formatSigned(w.steps[i]?.value ?? 0, 1)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="wf-end">
          <th scope="row">{targetName}</th>
          {waterfalls.map((w) => (
            <td key={w.year} className="number">
              {formatNumber(w.end, 1)}
            </td>
          ))}
        </tr>
      </tbody>
      <tfoot>
        <tr data-part="total">
          <th scope="row">Skillnad (summan av delarna)</th>
          {waterfalls.map((w) => (
            <td key={w.year} className="number" data-year={w.year}>
              {formatSigned(w.total, 1)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
};
