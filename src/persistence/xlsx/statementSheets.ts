import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { CellContent, CompiledWorkbook } from '../../model/compileWorkbook';
import { isCellProblem } from '../../model/cellProblem';
import { cellAt, type ResultValue, type Results } from '../../model/results';
import { FRAME_CHANGE_SHEET, STATEMENT_SHEETS, type RowSpec, type StatementSheet } from '../../model/rowSpec';
import { JA_NEJ, MNKR_FORMAT, numberFormatOf, UNIT_TEXT, YEAR_FORMAT } from './numberFormats';

/** HyperFormula's error codes as Excel writes them in a cached value. */
const EXCEL_ERRORS: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  NUM: '#NUM!',
  NAME: '#NAME?',
  REF: '#REF!',
  NA: '#N/A',
};

const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4CC' } } as const;

/** A cached value for a formula cell: the number the app computed, so the file shows figures before any recalculation. */
const cachedResult = (value: ResultValue): CellValue | undefined => {
  if (value === null) return undefined;
  if (isCellProblem(value)) return { error: (EXCEL_ERRORS[value.code] ?? '#VALUE!') as '#VALUE!' };
  if (typeof value === 'boolean') return value ? JA_NEJ.ja : JA_NEJ.nej;
  return value;
};

/**
 * `=Skatteunderlag_2025*Skattesats_2025/100` → an Excel formula over the same defined names, with its value.
 * A ja/nej row's comparison is wrapped so the cell reads "ja" or "nej"; no formula reads a ja/nej cell
 * (tests/persistence/xlsx.test.ts checks), so the words never reach arithmetic.
 */
const cellValue = (content: CellContent, value: ResultValue, row: RowSpec | undefined): CellValue => {
  if (typeof content === 'string' && content.startsWith('=')) {
    const expression = content.slice(1);
    const formula = row?.unit === 'janej' ? `IF(${expression},"${JA_NEJ.ja}","${JA_NEJ.nej}")` : expression;
    const result = cachedResult(value);
    return result === undefined ? { formula } : ({ formula, result } as CellValue);
  }
  if (typeof content === 'boolean') return content ? JA_NEJ.ja : JA_NEJ.nej;
  return content;
};

const writeStatementSheet = (
  sheet: Worksheet,
  name: StatementSheet,
  compiled: CompiledWorkbook,
  results: Results,
) => {
  const { layout, rows } = compiled;
  const cells = compiled.sheets[name];
  // After the year columns (the earlier years the plan prints, then the modelled years): unit and source.
  const unitColumn = layout.columns.length + 2;
  const sourceColumn = unitColumn + 1;
  cells.forEach((line, r) => {
    const excelRow = sheet.getRow(r + 1);
    line.forEach((content, c) => {
      if (content === null || content === '') return;
      const at = r > 0 && c > 0 ? layout.at(name, r, c) : undefined;
      const cell = excelRow.getCell(c + 1);
      // Only a value cell holds the model's formula; a label is text even if a plan's name starts with `=`.
      cell.value = at ? cellValue(content, cellAt(results, at.row.id, at.year), at.row) : content;
      if (r === 0) {
        cell.numFmt = YEAR_FORMAT;
        const year = layout.columns[c - 1];
        if (c > 0 && year !== undefined && layout.kindOf(year) === 'history')
          cell.note = 'Tidigare år: planens publicerade tal, som scenariot inte ändrar.';
      } else if (at) styleValueCell(cell, at.row);
    });
    const row = r > 0 ? rows.ofSheet(name)[r - 1] : undefined;
    if (row) {
      excelRow.getCell(unitColumn).value = UNIT_TEXT[row.unit];
      excelRow.getCell(sourceColumn).value = row.source;
      if (row.emphasis) excelRow.font = { bold: true };
    }
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).getCell(unitColumn).value = 'Enhet';
  sheet.getRow(1).getCell(sourceColumn).value = 'Källa';
  if (name === 'Antaganden') sheet.getCell('A1').value = 'Gula celler går att ändra; budgeten räknas om';
  sheet.getColumn(1).width = 48;
  for (let c = 2; c < unitColumn; c++) sheet.getColumn(c).width = 12;
  sheet.getColumn(unitColumn).width = 14;
  sheet.getColumn(sourceColumn).width = 40;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
};

const styleValueCell = (cell: ReturnType<Worksheet['getCell']>, row: RowSpec) => {
  const format = numberFormatOf(row);
  if (format) cell.numFmt = format;
  if (row.kind === 'input') cell.fill = INPUT_FILL;
};

const writeFrameChangeSheet = (sheet: Worksheet, compiled: CompiledWorkbook) => {
  compiled.sheets[FRAME_CHANGE_SHEET].forEach((line, r) => {
    const excelRow = sheet.getRow(r + 1);
    line.forEach((content, c) => {
      if (content === null) return;
      const cell = excelRow.getCell(c + 1);
      cell.value = content;
      if (c >= 4) cell.numFmt = r === 0 ? YEAR_FORMAT : MNKR_FORMAT;
    });
  });
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(1).width = 40;
  sheet.getColumn(2).width = 32;
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
};

/** Quoted sheet reference → exceljs location: `='Plan'!$B$34` → `'Plan'!$B$34`. */
const location = (expression: string) => expression.replace(/^=/, '');

/**
 * The model's sheets with the same cells, formulas and defined names as the engine's workbook, so each
 * formula reads as in the app and a changed input recalculates everything that depends on it.
 */
export const writeModelSheets = (excel: Workbook, compiled: CompiledWorkbook, results: Results): void => {
  // A statement the plan does not publish has no rows and no sheet (Västernorrland has no Balansbudget).
  for (const name of STATEMENT_SHEETS)
    if (compiled.rows.ofSheet(name).length > 0)
      writeStatementSheet(excel.addWorksheet(name), name, compiled, results);
  writeFrameChangeSheet(excel.addWorksheet(FRAME_CHANGE_SHEET), compiled);
  for (const { name, expression } of compiled.namedExpressions)
    excel.definedNames.add(location(expression), name);
};
