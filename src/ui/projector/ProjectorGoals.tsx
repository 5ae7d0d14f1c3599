import { formatNumber } from '../../format/formatNumber';
import type { GoalStatus, GoalYear } from '../../model/goals';
import { YearHeaderCells } from '../YearHeaderCells';

const value = (goal: GoalStatus, year: GoalYear | undefined) =>
  year?.value === undefined
    ? '–'
    : `${formatNumber(year.value, goal.valueUnit === 'mnkr' ? 0 : 1)}${goal.perYearRow ? '\u00a0% i snitt' : ''}`;

/**
 * The four goals as a table a room can read: a row per goal, a column per year, each cell ✓ or ✗ with the
 * figure, and the plan's figure under it when comparing.
 */
export const ProjectorGoals = ({
  goals,
  planGoals,
  years,
  budgetYears,
  compare,
}: {
  goals: readonly GoalStatus[];
  planGoals: readonly GoalStatus[];
  years: readonly number[];
  budgetYears: readonly number[];
  compare: boolean;
}) => (
  <table className="projector-goals">
    <caption className="visually-hidden">Målen per år{compare ? ', scenariot och planen' : ''}</caption>
    <thead>
      <tr>
        <th scope="col">Mål</th>
        <YearHeaderCells years={years} />
      </tr>
    </thead>
    <tbody>
      {goals.map((goal) => {
        const plan = planGoals.find((g) => g.id === goal.id);
        return (
          <tr key={goal.id} data-goal={goal.id}>
            <th scope="row">
              {goal.shortLabel}
              {goal.valueUnit === 'mnkr' ? <span className="unit"> mnkr</span> : null}
            </th>
            {years.map((year) => {
              const status = goal.years.find((y) => y.year === year);
              const period = goal.perYearRow !== undefined;
              if (period && status?.met === undefined && budgetYears.includes(year)) return null;
              if (status?.met === undefined)
                return (
                  <td key={year} className="not-judged">
                    <span aria-hidden="true">·</span>
                  </td>
                );
              return (
                <td
                  key={year}
                  className={status.met ? 'met' : 'unmet'}
                  data-year={year}
                  colSpan={period ? budgetYears.length : undefined}
                >
                  <span aria-hidden="true">{status.met ? '✓' : '✗'}</span>
                  <span className="visually-hidden">{status.met ? 'Uppfyllt' : 'Ej uppfyllt'}</span>{' '}
                  {value(goal, status)}
                  {compare ? (
                    <span className="plan-value">
                      <span className="visually-hidden">planen </span>
                      {value(
                        goal,
                        plan?.years.find((y) => y.year === year),
                      )}
                    </span>
                  ) : null}
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  </table>
);
