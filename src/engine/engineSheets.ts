import { computedCells, type CellContent, type CompiledWorkbook } from '../model/compileWorkbook';
import { FORMULA_WORD } from '../model/formulaText';

/** A quoted sheet name or a string literal (left as it is), or a name-like word (perhaps a named expression). */
const FORMULA_TOKEN = new RegExp(String.raw`'(?:[^']|'')*'|"(?:[^"]|"")*"|${FORMULA_WORD}`, 'gu');

/**
 * The formulas as HyperFormula computes them: every named expression replaced by the cell or range it names.
 * A named expression is a vertex of its own in HyperFormula's dependency graph, so the names doubled what an
 * edit recomputes and reports (LPIK 2025: 119 cells and 125 names). The compiled workbook keeps the names: the
 * formula bar shows them (`formulaOf`) and the Excel export defines them.
 *
 * @example
 *   resolveNames('=Skatteunderlag_2025*Skattesats_2025/100', names);
 *   // "='Antaganden'!$B$5*'Antaganden'!$B$2/100"
 */
export const resolveNames = (formula: string, names: ReadonlyMap<string, string>): string =>
  formula.replace(FORMULA_TOKEN, (token) => names.get(token) ?? token);

/**
 * The cells that compute, with every name resolved: what HyperFormula gets (no label, header, name or nämnd,
 * see `computedCells`), and what the batch evaluator compiles.
 */
export const engineSheets = (workbook: CompiledWorkbook): Record<string, CellContent[][]> => {
  const names = new Map(workbook.namedExpressions.map(({ name, expression }) => [name, expression.slice(1)]));
  return Object.fromEntries(
    Object.entries(computedCells(workbook)).map(([sheet, cells]) => [
      sheet,
      cells.map((line) =>
        line.map((cell) =>
          typeof cell === 'string' && cell.startsWith('=') ? resolveNames(cell, names) : cell,
        ),
      ),
    ]),
  );
};
