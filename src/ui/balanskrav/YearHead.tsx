import { COLUMN_KIND_LABEL } from '../../format/formatValue';
import type { Year } from '../../model/years';
import { useScenario } from '../../scenarios/useScenario';

/**
 * The head of a table by year: a corner for the labels (named for screen readers), then each year with its
 * kind (Tidigare, Budget, Kalkyl). The balanskrav's tables and the simulation's chances use it.
 */
export const YearHead = ({ years, corner = 'Mnkr' }: { years: readonly Year[]; corner?: string }) => {
  const layout = useScenario((state) => state.workbook.layout);
  return (
    <thead>
      <tr>
        <th scope="col">
          <span className="visually-hidden">{corner}</span>
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
