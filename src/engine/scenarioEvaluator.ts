import { inputValue, type CompiledWorkbook } from '../model/compileWorkbook';
import type { ScenarioChanges } from '../model/scenarioChanges';
import type { CellAddress } from '../model/workbookLayout';
import type { Year } from '../model/years';
import { createBatchEvaluator } from './batchEvaluator';

/** A figure to read: a row in a year. */
export type Figure = { readonly rowId: string; readonly year: Year };

/**
 * The batch evaluator driven by scenarios whose changes are inputs only (frame changes folded into inputs,
 * `foldFrameChanges`): each call sets the inputs that differ from the previous scenario's and reads the
 * figures asked for. For analyses that evaluate thousands of scenarios (the attribution's coalitions); the
 * workbook must be compiled without frame changes.
 *
 * @example
 *   createScenarioEvaluator(compileWorkbook(plan, NO_CHANGES)).figures(changes, [{ rowId: 'balanskravsresultat', year: 2025 }]);
 */
export const createScenarioEvaluator = (workbook: CompiledWorkbook) => {
  const evaluator = createBatchEvaluator(workbook);
  const { layout, rows } = workbook;
  const cells = rows.inputs.flatMap((row) =>
    layout.yearsOfRow(row).flatMap((year) => {
      const address = layout.cellOf(row.id, year);
      return address
        ? [{ row, year, address, value: inputValue(row, { inputs: {}, frameChanges: [] }, year) }]
        : [];
    }),
  );
  const addresses = new Map<string, CellAddress | undefined>();
  const addressOf = (figure: Figure) => {
    const key = `${figure.rowId}|${figure.year}`;
    if (!addresses.has(key)) addresses.set(key, layout.cellOf(figure.rowId, figure.year));
    return addresses.get(key);
  };
  return {
    /** The figures of a scenario; `NaN` for a figure that is no number (a formula error, no cell). */
    figures: (changes: ScenarioChanges, figures: readonly Figure[]): number[] => {
      if (changes.frameChanges.length > 0) throw new Error('Ramförändringarna ska vara inlagda som indata');
      for (const cell of cells) {
        const value = inputValue(cell.row, changes, cell.year);
        if (value === cell.value) continue;
        cell.value = value;
        evaluator.set(cell.address, value);
      }
      return figures.map((figure) => {
        const address = addressOf(figure);
        const value = address ? evaluator.read(address) : null;
        return typeof value === 'number' ? value : Number.NaN;
      });
    },
  };
};
