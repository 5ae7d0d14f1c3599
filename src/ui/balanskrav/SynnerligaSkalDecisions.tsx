import { formatRowValue } from '../../format/formatValue';
import type { BalanskravStatus } from '../../model/balanskravStatus';
import type { RowSpec } from '../../model/rowSpec';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';

const MNKR: Pick<RowSpec, 'unit' | 'decimals'> = { unit: 'mnkr' };

/**
 * The decisions on synnerliga skäl in force: year, amount, the part the ledger counts (at most the year's
 * deficit), the reason as plain text, and whose decision it is. A scenario's own decision can be withdrawn.
 */
export const SynnerligaSkalDecisions = ({
  status,
  editable = true,
}: {
  status: BalanskravStatus;
  editable?: boolean;
}) => {
  const store = useScenarioStore();
  const row = useScenario((state) => state.workbook.rows.byId.get('balanskravsresultat')) ?? MNKR;
  if (status.decisions.length === 0)
    return <p className="no-decisions">Inga beslut om synnerliga skäl gäller i scenariot.</p>;
  const counted = (year: number) =>
    status.years
      .find((y) => y.year === year)
      ?.deficits.find((d) => d.year === year)
      ?.lifted.toNumber() ?? 0;
  return (
    <table className="balanskrav-table decisions">
      <thead>
        <tr>
          <th scope="col">År</th>
          <th scope="col">Belopp, mnkr</th>
          <th scope="col">Räknas, mnkr</th>
          <th scope="col">Skäl</th>
          <th scope="col">Beslut</th>
          {editable ? (
            <th scope="col">
              <span className="visually-hidden">Åtgärd</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {status.decisions.map((decision) => (
          <tr key={decision.year} data-decision={decision.year}>
            <th scope="row">{decision.year}</th>
            <td>{formatRowValue(decision.amount, row)}</td>
            <td>{formatRowValue(counted(decision.year), row)}</td>
            <td className="decision-reason">{decision.reason}</td>
            <td>{decision.fromPlan ? 'Planens' : 'Scenariots'}</td>
            {editable ? (
              <td>
                {decision.fromPlan ? null : (
                  <button
                    type="button"
                    aria-label={`Ta bort beslutet för ${decision.year}`}
                    onClick={() =>
                      store.dispatch({
                        type: 'scenario/setSynnerligaSkal',
                        year: decision.year,
                        amount: undefined,
                        reason: '',
                      })
                    }
                  >
                    Ta bort
                  </button>
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
