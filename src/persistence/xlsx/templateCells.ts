import type { Cell, Worksheet } from 'exceljs';
import type { Plan, Source } from '../../model/planSchema';
import {
  FILL,
  FIRST_YEAR_COL,
  HEADER_ROW,
  LEGEND,
  NOTE_CELL,
  planFieldRow,
  SECTION_CELL,
  spanYears,
  YEAR_COLUMNS,
  type YearSpan,
} from './templateLayout';

/** How a cell is marked: an input cell is filled and unlocked; a fixed one is grey and stays locked. */
export type CellRole = 'input' | 'sum' | 'fixed';

const solid = (argb: string) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } }) as const;
const thin = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;

export const mark = (cell: Cell, role: CellRole): void => {
  cell.fill = solid(role === 'input' ? FILL.input : role === 'sum' ? FILL.sum : FILL.fixed);
  cell.protection = { locked: role === 'fixed' };
  cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (role === 'fixed') cell.font = { color: { argb: 'FF595959' } };
};

/** Writes `value` (when given) and marks the cell. */
export const put = (sheet: Worksheet, row: number, col: number, role: CellRole, value?: unknown): Cell => {
  const cell = sheet.getCell(row, col);
  if (value !== undefined && value !== null && value !== '') cell.value = value as Cell['value'];
  mark(cell, role);
  return cell;
};

/** A choice cell: a drop-down of Swedish words; other text is still accepted and checked on import. */
export const choose = (cell: Cell, words: readonly string[]): void => {
  // Excel's list is one quoted string of comma-separated words; none of ours has a comma.
  cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`] };
};

/** Planen's numbers of years, from a plan, for the cached values of the year headers. */
export type YearCounts = { first: number; budget: number; kalkyl: number; history: number };

export const yearCountsOf = (plan: Plan): YearCounts => {
  const first = plan.years.budget[0] ?? plan.years.base + 1;
  const history = plan.years.history ?? [];
  return {
    first,
    budget: plan.years.budget.length,
    kalkyl: plan.years.kalkyl.length,
    history: history.length > 0 ? first - (history[0] ?? first) : 0,
  };
};

const ref = (key: Parameters<typeof planFieldRow>[0]) => `Planen!$B$${planFieldRow(key)}`;

/**
 * The formulas of a year column's two header cells, from Planen's fields: the year, and what kind of column
 * it is. A spreadsheet program fills them in when Planen's years are typed; the reader never relies on them.
 */
const headerFormulas = (span: YearSpan, j: number): { year: string; kind: string } => {
  const [first, nb, nk, nh] = [ref('first'), ref('budget'), ref('kalkyl'), ref('history')];
  const before = span === 'columns' ? nh : span === 'drivers' ? `MAX(${nh},1)` : '0';
  const total = span === 'budget' ? nb : `${before}+${nb}+${span === 'drivers' ? `${nk}+1` : nk}`;
  const guard = `OR(${first}="",${j}>=${total})`;
  const early = span === 'drivers' ? `IF(${j}<${before}-1,"Tidigare","Basår")` : '"Tidigare"';
  const kind =
    span === 'budget'
      ? '"Budget"'
      : `IF(${j}<${before},${early},IF(${j}<${before}+${nb},"Budget",IF(${j}<${before}+${nb}+${nk},"Kalkyl","Året efter")))`;
  return { year: `IF(${guard},"",${first}-${before}+${j})`, kind: `IF(${guard},"",${kind})` };
};

/** Row 4 (column kind) and row 5 (year) over the year columns; cached values when the plan is known. */
export const writeYearHeaders = (sheet: Worksheet, span: YearSpan, counts: YearCounts | undefined): void => {
  const years = counts ? spanYears(span, counts) : [];
  for (let j = 0; j < YEAR_COLUMNS[span]; j++) {
    const { year, kind } = headerFormulas(span, j);
    const known = years[j];
    const kindCell = sheet.getCell(HEADER_ROW - 1, FIRST_YEAR_COL + j);
    kindCell.value = counts
      ? { formula: kind, result: known ? kindOf(span, j, counts) : '' }
      : { formula: kind };
    kindCell.font = { italic: true, color: { argb: 'FF595959' } };
    const yearCell = sheet.getCell(HEADER_ROW, FIRST_YEAR_COL + j);
    yearCell.value = counts ? { formula: year, result: known ?? '' } : { formula: year };
    header(yearCell);
    sheet.getColumn(FIRST_YEAR_COL + j).width = 10;
  }
};

const kindOf = (span: YearSpan, j: number, c: YearCounts): string => {
  const before = span === 'columns' ? c.history : span === 'drivers' ? Math.max(c.history, 1) : 0;
  if (j < before - (span === 'drivers' ? 1 : 0)) return 'Tidigare';
  if (j < before) return 'Basår';
  if (j < before + c.budget) return 'Budget';
  return j < before + c.budget + c.kalkyl ? 'Kalkyl' : 'Året efter';
};

export const header = (cell: Cell): void => {
  cell.font = { bold: true };
  cell.fill = solid(FILL.header);
  cell.border = { bottom: { style: 'medium' } };
  cell.alignment = { wrapText: true, vertical: 'bottom' };
};

/** Rows 1–5 of a table sheet: title, Avsnitt i planen (C2), a remark on the table (C3), legend, column titles. */
export const writeSheetTop = (
  sheet: Worksheet,
  title: string,
  titles: readonly string[],
  top:
    | {
        readonly section?: string | undefined;
        readonly note?: string | undefined;
        readonly withNote: boolean;
      }
    | undefined,
): void => {
  sheet.getCell('B1').value = title;
  sheet.getCell('B1').font = { bold: true, size: 14 };
  if (top) {
    sheet.getCell('B2').value = 'Avsnitt i planen';
    put(sheet, 2, 3, 'input', top.section);
    sheet.mergeCells(`${SECTION_CELL}:F2`);
  }
  if (top?.withNote) {
    sheet.getCell('B3').value = 'Anmärkning om tabellen';
    put(sheet, 3, 3, 'input', top.note);
    sheet.mergeCells(`${NOTE_CELL}:F3`);
  }
  sheet.getCell('B4').value = LEGEND;
  sheet.getCell('B4').font = { italic: true, size: 9 };
  titles.forEach((text, i) => {
    const cell = sheet.getCell(HEADER_ROW, i + 1);
    cell.value = text;
    header(cell);
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW }];
};

/** The year cells of one row, from `values` where the plan has them. */
export const writeYearCells = (
  sheet: Worksheet,
  row: number,
  span: YearSpan,
  years: readonly number[],
  values: Readonly<Record<string, number>> | undefined,
  role: CellRole = 'input',
): void => {
  for (let j = 0; j < YEAR_COLUMNS[span]; j++)
    put(sheet, row, FIRST_YEAR_COL + j, role, values?.[String(years[j] ?? '')]);
};

/** Where a plan's sources go in the template: the one document's section, or a note saying where it is from. */
export type SourceCells = { readonly section?: string | undefined; readonly note?: string | undefined };

/** The plan's one document in the template: the resultatbudget's, else the first it lists. */
export const primaryDocument = (plan: Plan | undefined): string | undefined => {
  if (!plan) return undefined;
  const source = plan.statements.resultatbudget.source;
  return source.kind === 'document' ? source.document : Object.keys(plan.documents)[0];
};

/**
 * A source as the template's two cells. A document with the primary document's title and publisher is the
 * same document (Sjöbo's pages of one budget); any other document is cited in the note, so nothing is lost
 * from sight, though it is read back as entered.
 */
export const sourceCells = (plan: Plan | undefined, source: Source | undefined): SourceCells => {
  if (!source) return {};
  if (source.kind === 'entered') return source.note ? { note: source.note } : {};
  if (source.kind === 'derived') return { note: source.basis };
  const primary = plan?.documents[primaryDocument(plan) ?? ''];
  const document = plan?.documents[source.document];
  if (!document || !primary) return { note: source.section };
  if (document.title === primary.title && document.publisher === primary.publisher)
    return { section: source.section };
  return {
    note: [document.title, document.publisher, `avsnitt ${source.section}`].filter(Boolean).join(', '),
  };
};
