import { UNIT_LABEL } from '../../format/formatValue';
import type { StatementSheet } from '../../model/rowSpec';
import type { Year } from '../../model/years';
import type { CompareRow } from '../../scenarios/compareRows';
import { cellText, differsFromPlan } from '../grid/cellDisplay';
import { YearHeaderCells } from '../YearHeaderCells';

/**
 * One sheet of a comparison: per model row a block with the plan's line and one line per scenario, each
 * scenario cell showing its value and, where it differs, the difference from the plan.
 */
export const CompareTable = ({
  title,
  sheet,
  rows,
  names,
  years,
  budgetYears,
}: {
  title: string;
  sheet: StatementSheet;
  rows: readonly CompareRow[];
  names: readonly string[];
  years: readonly Year[];
  budgetYears: readonly Year[];
}) => (
  <section className="compare-sheet" aria-labelledby={`jamfor-${sheet}`}>
    <h3 id={`jamfor-${sheet}`}>{title}</h3>
    <table className="compare-table" data-sheet={sheet}>
      <thead>
        <tr>
          <th scope="col">Rad och scenario</th>
          <YearHeaderCells years={years} budgetYears={budgetYears} />
        </tr>
      </thead>
      {rows.map((row) => {
        const first = row.scenarios[0];
        if (!first) return null;
        return (
          <tbody key={row.id} data-row={row.id}>
            <tr className="row-head">
              <th scope="rowgroup" colSpan={years.length + 1}>
                {row.label} <span className="unit">{UNIT_LABEL[first.row.unit]}</span>
              </th>
            </tr>
            <tr className="plan-line" data-scenario="plan">
              <th scope="row">Planen</th>
              {years.map((year) => (
                <td key={year} data-year={year} className={budgetYears.includes(year) ? undefined : 'kalkyl'}>
                  {cellText(first, String(year), 'plan')}
                </td>
              ))}
            </tr>
            {row.scenarios.map((scenario, index) => (
              <tr key={names[index] ?? index} data-scenario={index}>
                <th scope="row">{names[index]}</th>
                {years.map((year) => {
                  const key = String(year);
                  const differs = differsFromPlan(scenario.scenario[key] ?? null, scenario.plan[key] ?? null);
                  return (
                    <td
                      key={year}
                      data-year={year}
                      className={
                        [differs ? 'differs' : '', budgetYears.includes(year) ? '' : 'kalkyl']
                          .join(' ')
                          .trim() || undefined
                      }
                    >
                      <span className="value">{cellText(scenario, key, 'scenario')}</span>
                      {differs ? (
                        <span className="diff">
                          <span className="visually-hidden">, skillnad mot planen </span>
                          {cellText(scenario, key, 'diff')}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  </section>
);
