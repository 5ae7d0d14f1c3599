import { memo } from 'react';

/** The year columns' header: each year and whether it is a budget or a kalkyl year. */
export const GridHead = memo(function GridHead({
  years,
  budgetYears,
}: {
  years: readonly number[];
  budgetYears: readonly number[];
}) {
  return (
    <thead>
      <tr role="row">
        <th role="columnheader" className="label">
          <span className="visually-hidden">Rad</span>
        </th>
        {years.map((year) => {
          const kalkyl = !budgetYears.includes(year);
          return (
            <th key={year} role="columnheader" className={kalkyl ? 'kalkyl' : 'budget'}>
              {year}
              <span className="year-kind">{kalkyl ? 'Kalkyl' : 'Budget'}</span>
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
