import { memo } from 'react';
import { formatNumber, formatSigned } from '../format/formatNumber';
import type { GoalStatus, GoalYear } from '../model/goals';
import type { Year } from '../model/years';

const valueText = (goal: GoalStatus, year: GoalYear): string => {
  if (year.value === undefined) return '–';
  const figure = formatNumber(year.value, goal.valueDecimals);
  return goal.valueUnit === 'mnkr' ? `${figure} mnkr` : `${figure} %`;
};

/** The margin to the limit in the goal's own unit, where it says more than the value (procentenheter). */
const marginText = (goal: GoalStatus, year: GoalYear): string =>
  goal.marginUnit === 'mnkr' || year.margin === undefined ? '' : `${formatSigned(year.margin, 1)} p.e.`;

/**
 * The margin in mnkr, always in sight (not a tooltip): what the goal leaves to spend, or lacks. For a goal
 * measured in mnkr it is the margin itself, shown only where it differs from the value (a limit other than 0).
 */
const marginMnkrText = (goal: GoalStatus, year: GoalYear): string => {
  const margin = goal.marginUnit === 'mnkr' ? year.margin : year.marginMnkr;
  if (margin === undefined || (goal.marginUnit === 'mnkr' && margin === year.value)) return '';
  return `marginal ${formatSigned(margin, goal.mnkrDecimals)} mnkr`;
};

type GoalCellProps = { goal: GoalStatus; year: GoalYear; span: number };

/** Every edit brings new goal objects; a cell whose figures did not move need not render again. */
const sameFigures = (a: GoalCellProps, b: GoalCellProps) =>
  a.span === b.span &&
  a.goal.id === b.goal.id &&
  a.goal.valueUnit === b.goal.valueUnit &&
  a.goal.marginUnit === b.goal.marginUnit &&
  a.year.year === b.year.year &&
  a.year.met === b.year.met &&
  a.year.value === b.year.value &&
  a.year.margin === b.year.margin &&
  a.year.marginMnkr === b.year.marginMnkr;

/**
 * Each figure is a unit that never breaks or is cut: a narrow cell puts the next figure on a new line
 * instead. The symbol's label says the verdict to a screen reader (a label, not hidden text: see README).
 */
const GoalCell = memo(function GoalCell({ goal, year, span }: GoalCellProps) {
  const margin = marginText(goal, year);
  const marginMnkr = marginMnkrText(goal, year);
  return (
    <td colSpan={span} className={year.met ? 'met' : 'unmet'} data-year={year.year}>
      <span className="goal-figure">
        <span className="goal-symbol" role="img" aria-label={year.met ? 'Uppfyllt' : 'Ej uppfyllt'}>
          {year.met ? '✓' : '✗'}
        </span>{' '}
        <span className="goal-value">{valueText(goal, year)}</span>
      </span>
      {margin ? (
        <>
          {' '}
          <span className="goal-margin">{margin}</span>
        </>
      ) : null}
      {marginMnkr ? (
        <>
          {' '}
          <span className="goal-margin goal-margin-mnkr">{marginMnkr}</span>
        </>
      ) : null}
    </td>
  );
}, sameFigures);

/**
 * One goal's cells across the years: met or not is said by a symbol (labelled in words), a border style and
 * colour. A goal judged over the plan period (självfinansiering) is one cell spanning the budget years;
 * years without a judgement (no balansbudget in the kalkyl years) say so. A goal the plan has no figures for
 * says "saknas i planen" and how to add them, across the years.
 */
export const GoalCells = ({
  goal,
  years,
  budgetYears,
}: {
  goal: GoalStatus;
  years: readonly Year[];
  budgetYears: readonly Year[];
}) => {
  if (goal.missing)
    return (
      <td className="goal-missing" colSpan={years.length}>
        {goal.missing}
      </td>
    );
  const judged = goal.years.filter((year) => year.met !== undefined);
  const periodGoal = goal.perYearRow !== undefined;
  return years.map((year) => {
    const status = judged.find((y) => y.year === year);
    if (periodGoal && year !== judged[0]?.year) {
      return budgetYears.includes(year) ? null : <td key={year} className="not-judged" />;
    }
    if (!status)
      return (
        <td key={year} className="not-judged">
          <span role="img" aria-label="Bedöms inte (ingen balansbudget)">
            –
          </span>
        </td>
      );
    return <GoalCell key={year} goal={goal} year={status} span={periodGoal ? budgetYears.length : 1} />;
  });
};
