import { memo } from 'react';
import { COLUMN_KIND_LABEL } from '../../format/formatValue';
import type { ColumnKind } from '../../model/workbookLayout';

/** The year columns' header: each year and whether it is an earlier year, a budget or a kalkyl year. */
export const GridHead = memo(function GridHead({
  years,
  kindOf,
}: {
  years: readonly number[];
  kindOf: (year: number) => ColumnKind;
}) {
  return (
    <thead>
      <tr role="row">
        <th role="columnheader" className="label">
          <span className="visually-hidden">Rad</span>
        </th>
        {years.map((year) => {
          const kind = kindOf(year);
          return (
            <th
              key={year}
              role="columnheader"
              className={kind}
              title={kind === 'history' ? 'Publicerat år före budgetåren: visas, ändras inte.' : undefined}
            >
              {year}
              <span className="year-kind">{COLUMN_KIND_LABEL[kind]}</span>
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
