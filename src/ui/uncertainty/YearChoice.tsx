import { useState } from 'react';
import type { Year } from '../../model/years';
import { useScenario } from '../../scenarios/useScenario';

/** The year an analysis looks at, the plan's last budget year first, and its select ("År"). */
export const useYearChoice = () => {
  const layout = useScenario((state) => state.workbook.layout);
  const [year, setYear] = useState<Year>(layout.budgetYears.at(-1) ?? layout.years[0] ?? 0);
  const select = (
    <label className="analysis-year">
      År{' '}
      <select value={year} onChange={(event) => setYear(Number(event.target.value))}>
        {layout.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return { year, select };
};

/** While the worker answers. */
export const Pending = () => <p className="tornado-wait">Räknar …</p>;
