import { COLUMN_KIND_LABEL } from '../../format/formatValue';
import type { Year } from '../../model/years';
import { useScenario } from '../../scenarios/useScenario';

/** The head of a balanskrav table: an empty corner for the labels, then each year with its kind (Tidigare, Budget). */
export const YearHead = ({ years }: { years: readonly Year[] }) => {
  const layout = useScenario((state) => state.workbook.layout);
  return (
    <thead>
      <tr>
        <th scope="col">
          <span className="visually-hidden">Mnkr</span>
        </th>
        {years.map((year) => (
          <th key={year} scope="col" className={layout.kindOf(year)}>
            {year}
            <span className="year-kind">{COLUMN_KIND_LABEL[layout.kindOf(year)]}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
};
