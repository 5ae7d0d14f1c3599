import type { FormulaContext, FormulaRow } from '../rowSpec';
import type { Year } from '../years';

export const RELATION = 'Modellens samband';

export const derivedRow = (
  spec: Omit<FormulaRow, 'kind' | 'sheet' | 'section'> & { section?: string },
): FormulaRow => ({
  kind: 'formula',
  sheet: 'Antaganden',
  section: 'Beräknat ur antagandena',
  ...spec,
});

/** `=A_2025` in the first budget year, `=A_2024+…` otherwise: the previous year's cell where there is one. */
export const previous = (id: string, y: Year, f: FormulaContext): string | undefined =>
  f.has(id, y - 1) ? f.ref(id, y - 1) : undefined;
