import { memo } from 'react';
import { formatNumber, formatSigned } from '../format/formatNumber';
import type { GoalStatus, GoalYear } from '../model/goals';
import type { Year } from '../model/years';

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

/** What the symbol says to a screen reader: the verdict, and the margin in mnkr shown to others as a tooltip. */
const verdictLabel = (year: GoalYear): string => {
  const verdict = year.met ? 'Uppfyllt' : 'Ej uppfyllt';
  return year.marginMnkr === undefined ? verdict : `${verdict} (${marginMnkrText(year).toLowerCase()})`;
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
 * The screen-reader words are labels (the symbol as an image), not visually hidden text: the goal bar changes on
 * every edit, and hidden spans are text the browser lays out again each time (measured: 0,5–1 ms per edit).
 */
const GoalCell = memo(function GoalCell({ goal, year, span }: GoalCellProps) {
  const margin = marginText(goal, year);
  return (
    <td
      colSpan={span}
      className={year.met ? 'met' : 'unmet'}
      data-year={year.year}
      title={marginMnkrText(year)}
    >
      <span className="goal-symbol" role="img" aria-label={verdictLabel(year)}>
        {year.met ? '✓' : '✗'}
      </span>{' '}
      <span className="goal-value">{valueText(goal, year)}</span>
      {margin ? (
        <>
          {' '}
          <span className="goal-margin">{margin}</span>
        </>
      ) : null}
    </td>
  );
}, sameFigures);

/**
 * One goal's cells across the years: met or not is said by a symbol (labelled in words), a border style and
 * colour. A goal judged over the plan period (självfinansiering) is one cell spanning the budget years;
 * years without a judgement (no balansbudget in the kalkyl years) say so.
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
