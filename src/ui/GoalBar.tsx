import { formatNumber, formatSigned } from '../format/formatNumber';
import type { GoalStatus, GoalYear } from '../model/goals';
import { selectGoals } from '../scenarios/selectors';
import { useScenario } from '../scenarios/useScenario';

const valueText = (goal: GoalStatus, year: GoalYear): string => {
  if (year.value === undefined) return '–';
  return goal.valueUnit === 'mnkr'
    ? `${formatNumber(year.value, 0)} mnkr`
    : `${formatNumber(year.value, 1)} %`;
};

/** The margin only where it says more than the value: procentenheter to the limit (mnkr in the tooltip). */
const marginText = (goal: GoalStatus, year: GoalYear): string =>
  goal.marginUnit === 'mnkr' || year.margin === undefined ? '' : `${formatSigned(year.margin, 1)} p.e.`;

const marginMnkrText = (year: GoalYear): string =>
  year.marginMnkr === undefined ? '' : `Marginal ${formatSigned(year.marginMnkr, 0)} mnkr`;

const GoalCell = ({ goal, year, span }: { goal: GoalStatus; year: GoalYear; span: number }) => {
  const verdict = year.met ? 'Uppfyllt' : 'Ej uppfyllt';
  const margin = marginText(goal, year);
  return (
    <td
      colSpan={span}
      className={year.met ? 'met' : 'unmet'}
      data-year={year.year}
      title={marginMnkrText(year)}
    >
      <span className="goal-symbol" aria-hidden="true">
        {year.met ? '✓' : '✗'}
      </span>
      <span className="visually-hidden">{verdict}: </span>
      <span className="goal-value">{valueText(goal, year)}</span>
      {margin ? <span className="goal-margin">{margin}</span> : null}
      {year.marginMnkr !== undefined ? (
        <span className="visually-hidden">, {marginMnkrText(year)}</span>
      ) : null}
    </td>
  );
};

/**
 * Balanskravet and the three financial goals per year, always in sight. Met or not is said by a symbol, a
 * border style and hidden text as well as colour, so it reads in greyscale and on a washed-out projector.
 */
export const GoalBar = () => {
  const goals = useScenario(selectGoals);
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  return (
    <section className="goal-bar" aria-label="Balanskravet och de finansiella målen">
      <table className="goal-table">
        <thead>
          <tr>
            <th scope="col">Mål</th>
            {years.map((year) => (
              <th scope="col" key={year} className={budgetYears.includes(year) ? 'budget' : 'kalkyl'}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => {
            const judged = goal.years.filter((year) => year.met !== undefined);
            const periodGoal = goal.perYearRow !== undefined;
            return (
              <tr key={goal.id} data-goal={goal.id}>
                <th scope="row">
                  {goal.label}
                  <span className="requirement">{goal.requirement}</span>
                </th>
                {years.map((year) => {
                  const status = judged.find((y) => y.year === year);
                  if (periodGoal && year !== judged[0]?.year) {
                    return budgetYears.includes(year) ? null : <td key={year} className="not-judged" />;
                  }
                  if (!status)
                    return (
                      <td key={year} className="not-judged">
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">Bedöms inte (ingen balansbudget)</span>
                      </td>
                    );
                  return (
                    <GoalCell
                      key={year}
                      goal={goal}
                      year={status}
                      span={periodGoal ? budgetYears.length : 1}
                    />
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
