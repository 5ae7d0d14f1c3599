import Decimal from 'decimal.js';
import type { Cell, Worksheet } from 'exceljs';
import { parseSvNumber } from '../../format/parseSvNumber';
import type { Source } from '../../model/planSchema';
import type { YearCounts } from './templateCells';
import { FIRST_YEAR_COL, HEADER_ROW, spanYears, YEAR_COLUMNS, type YearSpan } from './templateLayout';

/**
 * What reading a template collects: the problems, each naming its sheet and cell, and for every field of the
 * plan JSON the cell it came from, so that a problem parsePlan finds is reported at that cell too.
 */
export type ReadContext = {
  readonly problems: string[];
  /** JSON path ("statements.resultatbudget.rows.3.values.2026") → "Resultatbudget!J9". */
  readonly cells: Map<string, string>;
  /** JSON path → what a person calls the field ("Skatteintäkter"). */
  readonly names: Map<string, string>;
  /** "resultatbudget:skatteintakter" → the first year cell of that row, printed or not. */
  readonly rows: Map<string, string>;
  years?: YearCounts;
  /** The key of the one document when Planen names one. */
  document?: string;
};

export const newContext = (): ReadContext => ({
  problems: [],
  cells: new Map(),
  names: new Map(),
  rows: new Map(),
});

/** "Resultatbudget!H7", or "'Skatt och utjämning'!H7" as Excel writes a sheet name with spaces. */
export const cellName = (sheet: Worksheet, row: number, col: number): string => {
  const name = /^[\p{L}\d_]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name}'`;
  return `${name}!${sheet.getCell(row, col).address}`;
};

type Raw =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number; readonly percent: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bad'; readonly message: string };

/** A number format that shows the value × 100 with a % sign (not a quoted " %" literal). */
const isPercentFormat = (format: string | undefined): boolean =>
  (format ?? '').replace(/"[^"]*"|\\./g, '').includes('%');

const DATE = 'cellen är ett datum – formatera den som tal (Allmänt) och skriv talet igen';

const resultOf = (value: unknown, cell: Cell): Raw => {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, percent: isPercentFormat(cell.numFmt) };
  if (typeof value === 'string')
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value.trim() };
  if (typeof value === 'boolean')
    return { kind: 'bad', message: 'cellen är ett sanningsvärde, inte ett tal eller en text' };
  // exceljs gives a number shown through a date format (a typed date) as a Date.
  if (value instanceof Date) return { kind: 'bad', message: DATE };
  return { kind: 'bad', message: 'cellen går inte att läsa' };
};

/** A cell's content as the reader needs it: a formula is read by its saved result, rich text as its text. */
const rawOf = (cell: Cell): Raw => {
  const value: unknown = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return resultOf(value, cell);
  if ('richText' in value && Array.isArray(value.richText))
    return resultOf((value.richText as { text: string }[]).map((part) => part.text).join(''), cell);
  if ('error' in value) return { kind: 'bad', message: `cellen visar felet ${String(value.error)}` };
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = (value as { result?: unknown }).result;
    if (result === undefined)
      return {
        kind: 'bad',
        message: 'cellen har en formel utan sparat värde – öppna och spara filen i Excel eller LibreOffice',
      };
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { kind: 'bad', message: `formeln i cellen ger felet ${String(result.error)}` };
    return resultOf(result, cell);
  }
  if ('text' in value) return resultOf(value.text, cell);
  return { kind: 'bad', message: 'cellen går inte att läsa' };
};

/** A text cell; a number typed there is read as the digits shown. */
export const textAt = (ctx: ReadContext, sheet: Worksheet, row: number, col: number): string | undefined => {
  const raw = rawOf(sheet.getCell(row, col));
  if (raw.kind === 'bad') ctx.problems.push(`${cellName(sheet, row, col)}: ${raw.message}`);
  return raw.kind === 'text' ? raw.text : raw.kind === 'number' ? String(raw.value) : undefined;
};

/** Units a template cell holds; percentages are percent figures (3,3 means 3,3 %). */
export type CellUnit = 'mnkr' | 'procent' | 'kr' | 'invånare' | 'år' | 'antal';

const toNumber = (ctx: ReadContext, at: string, raw: Raw, unit: CellUnit): number | undefined => {
  if (raw.kind === 'empty') return undefined;
  if (raw.kind === 'bad') return void ctx.problems.push(`${at}: ${raw.message}`);
  if (raw.kind === 'number') {
    if (!raw.percent) return raw.value;
    if (unit === 'procent') return new Decimal(raw.value).times(100).toNumber();
    return void ctx.problems.push(
      `${at}: cellen är formaterad som procent – skriv talet i ${unit} med talformatet Allmänt`,
    );
  }
  if (unit !== 'procent' && raw.text.includes('%'))
    return void ctx.problems.push(`${at}: "${raw.text}" är ett procenttal – skriv talet i ${unit}`);
  const parsed = parseSvNumber(raw.text);
  if (parsed.ok) return parsed.value;
  const hint = /^[-–−]$/.test(raw.text) ? ' Lämna cellen tom om planen inte trycker något tal här.' : '';
  return void ctx.problems.push(`${at}: "${raw.text}" är inget tal. ${parsed.message}${hint}`);
};

/** A number cell: a real number, or text typed the Swedish way through the one parser (src/format). */
export const amountAt = (
  ctx: ReadContext,
  sheet: Worksheet,
  row: number,
  col: number,
  unit: CellUnit,
): number | undefined => toNumber(ctx, cellName(sheet, row, col), rawOf(sheet.getCell(row, col)), unit);

/** One row's figures over a sheet's year columns, with the cell of every year (empty ones too). */
export const yearValuesAt = (
  ctx: ReadContext,
  sheet: Worksheet,
  row: number,
  span: YearSpan,
  unit: CellUnit,
): { values: Record<string, number>; cells: Record<string, string> } => {
  const years = ctx.years ? spanYears(span, ctx.years) : [];
  const values: Record<string, number> = {};
  const cells: Record<string, string> = {};
  for (let j = 0; j < YEAR_COLUMNS[span]; j++) {
    const col = FIRST_YEAR_COL + j;
    const value = amountAt(ctx, sheet, row, col, unit);
    const year = years[j];
    if (year !== undefined) cells[String(year)] = cellName(sheet, row, col);
    if (value === undefined) continue;
    if (year === undefined)
      ctx.problems.push(
        `${cellName(sheet, row, col)}: kolumnen hör inte till något år i planen (se Planen: första budgetår och antal år)`,
      );
    else values[String(year)] = value;
  }
  return { values, cells };
};

/** A year header typed over the template's formula must name the year Planen gives that column. */
export const checkYearHeaders = (ctx: ReadContext, sheet: Worksheet, span: YearSpan): void => {
  const years = ctx.years ? spanYears(span, ctx.years) : [];
  for (let j = 0; j < YEAR_COLUMNS[span]; j++) {
    const cell = sheet.getCell(HEADER_ROW, FIRST_YEAR_COL + j);
    const value: unknown = cell.value;
    if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value))
      continue;
    const typed = /\b(1[9]\d\d|2[01]\d\d)\b/.exec(String(value ?? ''))?.[1];
    if (typed !== undefined && Number(typed) !== years[j])
      ctx.problems.push(
        `${cellName(sheet, HEADER_ROW, FIRST_YEAR_COL + j)}: rubriken säger ${typed}, men kolumnen är ${years[j] ?? 'inget år'} enligt Planen (första budgetår och antal historikår)`,
      );
  }
};

/** Registers where each year of a JSON path's values came from. */
export const register = (
  ctx: ReadContext,
  path: string,
  cells: Record<string, string>,
  name: string,
): void => {
  for (const [year, cell] of Object.entries(cells)) {
    ctx.cells.set(`${path}.${year}`, cell);
    ctx.names.set(`${path}.${year}`, `${name} ${year}`);
  }
};

/** The source of figures from the template: the one document and its section, else what the note says. */
export const sourceOf = (
  ctx: ReadContext,
  section: string | undefined,
  note: string | undefined,
): Source | undefined => {
  if (section && ctx.document)
    return { kind: 'document', document: ctx.document, section: note ? `${section} – ${note}` : section };
  if (section || note) return { kind: 'entered', note: [section, note].filter(Boolean).join(' – ') };
  return undefined;
};

/** A label as an id: "Utjämningsavgift LSS" → "utjamningsavgift_lss", unique among `taken`. */
export const idFromLabel = (label: string, taken: ReadonlySet<string>, prefix = ''): string => {
  const stem =
    prefix +
    (label
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'rad');
  const base = /^[a-z]/.test(stem) ? stem.replace(/_grund$/, '_rad') : `rad_${stem}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  return id;
};
