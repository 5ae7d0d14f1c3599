import { formatNumber, formatSigned } from '../../format/formatNumber';
import type { GoalStatus, GoalYear } from '../../model/goals';
import { YearHeaderCells } from '../YearHeaderCells';

const value = (goal: GoalStatus, year: GoalYear | undefined) =>
  year?.value === undefined
    ? '–'
    : `${formatNumber(year.value, goal.valueDecimals)}${goal.perYearRow ? '\u00a0% i snitt' : ''}`;

/** The margin to the goal in mnkr, where it says more than the value (a goal in mnkr with a limit of 0). */
const marginMnkr = (goal: GoalStatus, year: GoalYear): number | undefined => {
  const margin = goal.marginUnit === 'mnkr' ? year.margin : year.marginMnkr;
  return goal.marginUnit === 'mnkr' && margin === year.value ? undefined : margin;
};

const hasMargin = (goal: GoalStatus) =>
  goal.years.some((year) => year.met !== undefined && marginMnkr(goal, year) !== undefined);

type Props = {
  goals: readonly GoalStatus[];
  planGoals: readonly GoalStatus[];
  years: readonly number[];
  budgetYears: readonly number[];
  compare: boolean;
};

/** One goal's cells: ✓ or ✗ with the figure, its margin in mnkr, and the plan's figure when comparing. */
type RowProps = Omit<Props, 'goals' | 'planGoals'> & {
  goal: GoalStatus;
  plan: GoalStatus | undefined;
  /** Whether the row has a margin line: a cell without a margin keeps the line, so the lines stay level. */
  marginLine: boolean;
};

const GoalRowCells = ({ goal, plan, years, budgetYears, compare, marginLine }: RowProps) =>
  goal.missing ? (
    <td className="goal-missing" colSpan={years.length}>
      {goal.missing}
    </td>
  ) : (
    years.map((year) => {
      const status = goal.years.find((y) => y.year === year);
      const period = goal.perYearRow !== undefined;
      if (period && status?.met === undefined && budgetYears.includes(year)) return null;
      if (status?.met === undefined)
        return (
          <td key={year} className="not-judged">
            <span role="img" aria-label="Bedöms inte">
              –
            </span>
          </td>
        );
      const margin = marginMnkr(goal, status);
      return (
        <td
          key={year}
          className={status.met ? 'met' : 'unmet'}
          data-year={year}
          colSpan={period ? budgetYears.length : undefined}
        >
          <span className="projector-figure">
            <span aria-hidden="true">{status.met ? '✓' : '✗'}</span>
            <span className="visually-hidden">{status.met ? 'Uppfyllt' : 'Ej uppfyllt'}</span>{' '}
            {value(goal, status)}
          </span>
          {margin === undefined ? (
            marginLine ? (
              <span className="projector-margin" aria-hidden="true">
                {'\u00a0'}
              </span>
            ) : null
          ) : (
            <span className="projector-margin">
              <span className="visually-hidden">marginal </span>
              <span>{formatSigned(margin, goal.mnkrDecimals)}</span>
              <span className="visually-hidden"> mnkr</span>
            </span>
          )}
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
    })
  );

/**
 * The plan's goals as a table a room can read: a row per goal, a column per year, each cell ✓ or ✗ with the
 * figure and the margin to the goal in mnkr (visible, a room does not hover), and the plan's figure when
 * comparing. Each figure is a line of its own that is never cut.
 */
export const ProjectorGoals = ({ goals, planGoals, years, budgetYears, compare }: Props) => (
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
        const marginLine = hasMargin(goal);
        return (
          <tr key={goal.id} data-goal={goal.id}>
            <th scope="row">
              <span className="projector-figure">
                {goal.shortLabel}
                {goal.valueUnit === 'mnkr' ? <span className="unit"> mnkr</span> : null}
              </span>
              {marginLine ? <span className="projector-margin">marginal, mnkr</span> : null}
              {compare ? <span className="plan-value">planen</span> : null}
            </th>
            <GoalRowCells
              goal={goal}
              plan={planGoals.find((g) => g.id === goal.id)}
              years={years}
              budgetYears={budgetYears}
              compare={compare}
              marginLine={marginLine}
            />
          </tr>
        );
      })}
    </tbody>
  </table>
);
