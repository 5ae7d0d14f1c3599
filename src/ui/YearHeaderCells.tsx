import type { Year } from '../model/years';

/** The year column headers of a table; kalkyl years are set apart from budget years when those are given. */
export const YearHeaderCells = ({
  years,
  budgetYears,
}: {
  years: readonly Year[];
  budgetYears?: readonly Year[];
}) =>
  years.map((year) => (
    <th
      scope="col"
      key={year}
      className={budgetYears ? (budgetYears.includes(year) ? 'budget' : 'kalkyl') : undefined}
    >
      {year}
    </th>
  ));
