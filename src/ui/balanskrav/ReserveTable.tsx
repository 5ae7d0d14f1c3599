import { formatRowValue } from '../../format/formatValue';
import { cellAt } from '../../model/results';
import type { RowId } from '../../model/rowId';
import type { Year } from '../../model/years';
import { useScenario } from '../../scenarios/useScenario';
import { YearHead } from './YearHead';

/** The reserve moves of the balanskravsutredning and the reserves' balances, as the resultatbudget has them. */
const RESERVE_ROWS = [
  'reservation_resultatreserv',
  'anvandning_resultatreserv',
  'anvandning_resultatutjamningsreserv',
  'saldo_resultatreserv',
  'saldo_resultatutjamningsreserv',
  'tillaten_reservation',
] as const satisfies readonly RowId[];

/** The reserves per year: each row's figure from the computed scenario, with the row's own decimals. */
export const ReserveTable = ({ years }: { years: readonly Year[] }) => {
  const rows = useScenario((state) => state.workbook.rows);
  const layout = useScenario((state) => state.workbook.layout);
  const results = useScenario((state) => state.results);
  const shown = RESERVE_ROWS.flatMap((id) => {
    const row = rows.byId.get(id);
    return row ? [row] : [];
  });
  return (
    <table className="balanskrav-table reserves">
      <YearHead years={years} />
      <tbody>
        {shown.map((row) => (
          <tr key={row.id} data-row={row.id}>
            <th scope="row">{row.label}</th>
            {years.map((year) => (
              <td key={year} className={layout.kindOf(year)} data-year={year}>
                {formatRowValue(cellAt(results, row.id, year), row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
