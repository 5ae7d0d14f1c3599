import type { Workbook, Worksheet } from 'exceljs';
import { CATALOGUE, catalogueRow } from '../../model/catalogue/catalogue';
import type { CatalogueRow } from '../../model/catalogue/catalogueRow';
import type { Plan, StatementKind, StatementRowInput } from '../../model/planSchema';
import {
  choose,
  put,
  sourceCells,
  writeSheetTop,
  writeYearCells,
  writeYearHeaders,
  yearCountsOf,
} from './templateCells';
import {
  FIRST_DATA_ROW,
  OWN_KIND_WORDS,
  STANDARD_KIND_WORDS,
  STATEMENT_COL,
  STATEMENT_SHEET,
  spanYears,
} from './templateLayout';

/** A line of a statement sheet: a section heading, a standard row, or one of the plan's own rows. */
type SheetLine =
  | { readonly kind: 'section'; readonly title: string }
  | { readonly kind: 'row'; readonly id: string; readonly input?: StatementRowInput };

const indexIn = (statement: StatementKind, id: string) =>
  CATALOGUE[statement].findIndex((row) => row.id === id);

/**
 * The rows of a sheet: the plan's rows in its own order, with every standard row it does not print put in
 * after the nearest standard row before it, so an empty template and a pre-filled one share the catalogue's
 * layout and a pre-filled one reads back in the plan's order.
 */
export const sheetRows = (
  statement: StatementKind,
  printed: readonly StatementRowInput[],
): { id: string; input?: StatementRowInput }[] => {
  const rows: { id: string; input?: StatementRowInput }[] = printed.map((input) => ({ id: input.id, input }));
  CATALOGUE[statement].forEach((standard, k) => {
    if (rows.some((row) => row.id === standard.id)) return;
    let at = -1;
    rows.forEach((row, i) => {
      const index = indexIn(statement, row.id);
      if (index >= 0 && index < k) at = i;
    });
    while (at >= 0 && at + 1 < rows.length && indexIn(statement, rows[at + 1]?.id ?? '') < 0) at++;
    rows.splice(at + 1, 0, { id: standard.id });
  });
  return rows;
};

const withSections = (statement: StatementKind, rows: ReturnType<typeof sheetRows>): SheetLine[] => {
  const lines: SheetLine[] = [];
  let section = '';
  for (const row of rows) {
    const standard = catalogueRow(row.id);
    if (standard && standard.statement === statement && standard.section !== section) {
      section = standard.section;
      lines.push({ kind: 'section', title: section });
    }
    lines.push({ kind: 'row', ...row });
  }
  return lines;
};

/** How an own row names the rows it belongs to: by their label in this sheet, or by id where two share one. */
const referenceText = (ids: readonly string[], printed: readonly StatementRowInput[]): string =>
  ids
    .map((id) => {
      const label = printed.find((row) => row.id === id)?.label ?? catalogueRow(id)?.label ?? id;
      const shared = printed.filter((row) => (row.label ?? catalogueRow(row.id)?.label) === label).length;
      return shared > 1 ? id : label;
    })
    .join('; ');

const writeRow = (
  sheet: Worksheet,
  r: number,
  line: Extract<SheetLine, { kind: 'row' }>,
  years: readonly number[],
  printed: readonly StatementRowInput[],
) => {
  const standard: CatalogueRow | undefined = catalogueRow(line.id);
  const input = line.input;
  put(sheet, r, STATEMENT_COL.id, 'fixed', line.id);
  put(sheet, r, STATEMENT_COL.standard, 'fixed', standard?.label);
  if (standard?.kind === 'sum') sheet.getCell(r, STATEMENT_COL.standard).font = { bold: true };
  put(sheet, r, STATEMENT_COL.label, 'input', input?.label);
  if (standard) {
    put(sheet, r, STATEMENT_COL.kind, 'fixed', STANDARD_KIND_WORDS[standard.kind]);
    put(sheet, r, STATEMENT_COL.parent, 'fixed');
  } else {
    const own = input?.kind ?? 'line';
    choose(
      put(sheet, r, STATEMENT_COL.kind, 'input', own === 'line' ? 'rad' : own === 'sum' ? 'summa' : 'varav'),
      [...Object.keys(OWN_KIND_WORDS)],
    );
    const parents = own === 'line' ? (input?.in ? [input.in] : []) : (input?.of ?? []);
    put(sheet, r, STATEMENT_COL.parent, 'input', referenceText(parents, printed));
  }
  put(sheet, r, STATEMENT_COL.note, 'input', input?.note);
  writeYearCells(sheet, r, 'columns', years, input?.values, standard?.kind === 'sum' ? 'sum' : 'input');
};

/** A statement sheet: one row per standard row (and per own row of the plan), a column per year. */
export const writeStatementSheet = (
  excel: Workbook,
  statement: StatementKind,
  plan: Plan | undefined,
): void => {
  const sheet = excel.addWorksheet(STATEMENT_SHEET[statement]);
  const table = plan?.statements[statement];
  const counts = plan ? yearCountsOf(plan) : undefined;
  const source = plan && table ? sourceCells(plan, table.source) : {};
  writeSheetTop(
    sheet,
    STATEMENT_SHEET[statement],
    ['Rad-id (ändra inte)', 'Standardrubrik', 'Rubrik i planen (om annan)', 'Typ', 'Ingår i', 'Anmärkning'],
    { section: source.section ?? source.note, note: table?.note, withNote: true },
  );
  writeYearHeaders(sheet, 'columns', counts);
  const years = counts ? spanYears('columns', counts) : [];
  const printed = table?.rows ?? [];
  withSections(statement, sheetRows(statement, printed)).forEach((line, i) => {
    const r = FIRST_DATA_ROW + i;
    if (line.kind === 'section') {
      sheet.getCell(r, STATEMENT_COL.standard).value = line.title;
      sheet.getCell(r, STATEMENT_COL.standard).font = { bold: true, italic: true };
    } else writeRow(sheet, r, line, years, printed);
  });
  sheet.getColumn(STATEMENT_COL.id).width = 12;
  sheet.getColumn(STATEMENT_COL.standard).width = 46;
  sheet.getColumn(STATEMENT_COL.label).width = 34;
  sheet.getColumn(STATEMENT_COL.kind).width = 11;
  sheet.getColumn(STATEMENT_COL.parent).width = 22;
  sheet.getColumn(STATEMENT_COL.note).width = 22;
};
