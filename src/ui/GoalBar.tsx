import { formatNumber, formatSigned } from '../format/formatNumber';
import type { GoalStatus, GoalYear } from '../model/goals';
import { selectGoals } from '../scenarios/selectors';
import { useScenario } from '../scenarios/useScenario';

const marginText = (goal: GoalStatus, year: GoalYear): string => {
  if (year.margin === undefined) return '';
  return goal.marginUnit === 'mnkr'
    ? `${formatSigned(year.margin, 0)} mnkr`
    : `${formatSigned(year.margin, 1)} p.e.`;
};

const valueText = (goal: GoalStatus, year: GoalYear): string => {
  if (year.value === undefined) return '';
  return goal.valueUnit === 'mnkr'
    ? `${formatNumber(year.value, 0)} mnkr`
    : `${formatNumber(year.value, 1)} %`;
};

/** The four goals per year, always visible; met or not is said in words and symbols, not colour alone. */
export const GoalBar = () => {
  const goals = useScenario(selectGoals);
  return (
    <section className="goal-bar" aria-label="Finansiella mål och balanskravet">
      {goals.map((goal) => (
        <div className="goal" key={goal.id} data-goal={goal.id}>
          <h2>
            {goal.label} <span className="requirement">{goal.requirement}</span>
          </h2>
          <ul className="goal-years">
            {goal.years
              .filter((year) => year.met !== undefined)
              .map((year) => (
                <li
                  key={year.year}
                  className={year.met ? 'met' : 'unmet'}
                  data-year={year.year}
                  title={`${goal.label} ${year.year}: ${valueText(goal, year)}, marginal ${marginText(goal, year)}`}
                >
                  <span className="goal-year">{year.year}</span>
                  <span className="goal-verdict">
                    <span aria-hidden="true">{year.met ? '✓' : '✗'}</span>{' '}
                    {year.met ? 'Uppfyllt' : 'Ej uppfyllt'}
                  </span>
                  <span className="goal-value">{valueText(goal, year)}</span>
                  <span className="goal-margin">{marginText(goal, year)}</span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
};
