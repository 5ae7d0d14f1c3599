import { formatRowValue } from '../../format/formatValue';
import type { ScenarioPreview } from '../../scenarios/transfer';

type Props = {
  readonly preview: ScenarioPreview;
  /** What the figures are of, e.g. 'Nyckeltal, scenariot (planen), mnkr'. */
  readonly caption?: string;
};

/** A scenario that is not open (a shared link, an older version): its key figures, the plan's in brackets. */
export const PreviewTable = ({ preview, caption = 'Nyckeltal, scenariot (planen), mnkr' }: Props) => (
  <table className="shared-preview">
    <caption>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Rad</th>
        {preview.years.map((year) => (
          <th key={year} scope="col">
            {year}
          </th>
        ))}
      </tr>
    </thead>
    <tbody>
      {preview.rows.map(({ row, scenario, plan: planValues }) => (
        <tr key={row.id} data-preview={row.id}>
          <th scope="row">{row.label}</th>
          {preview.years.map((year) => (
            <td key={year} data-year={year}>
              {formatRowValue(scenario[String(year)] ?? null, row)}{' '}
              <span className="shared-plan">({formatRowValue(planValues[String(year)] ?? null, row)})</span>
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  </table>
);
