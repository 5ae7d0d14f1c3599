import { forecastCellKey, type ForecastDraft, type ForecastRow } from '../model/revisions/forecastEdit';
import type { Year } from '../model/years';
import { formatExact, valueText } from './describeValue';
import { interpretCellInput, type CellChoice } from './interpretCellInput';
import { interpretPaste, splitPastedRow } from './pastedCells';

/** One cell read: empty (the plan's value stands), a value, a refusal, or a question still to answer. */
export type ForecastCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'value'; readonly value: number; readonly reading: string | undefined }
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'question';
      readonly value: number;
      readonly question: string;
      readonly use: CellChoice;
      readonly suggestion: CellChoice | undefined;
    };

/**
 * Every cell of the form read through the one parser (interpretCellInput, as in the grid): a value the
 * plan's row cannot hold is refused, an implausible one is asked about until the user confirms it.
 *
 * @example
 *   readForecast(rows, { texts: { 'driver:skatteunderlagstillvaxt:2025': '3,7' }, confirmed: {}, … })
 *     .get('driver:skatteunderlagstillvaxt:2025'); // { kind: 'value', value: 3.7, reading: undefined }
 */
export const readForecast = (
  rows: readonly ForecastRow[],
  draft: Pick<ForecastDraft, 'texts' | 'confirmed'>,
): ReadonlyMap<string, ForecastCell> => {
  const cells = new Map<string, ForecastCell>();
  for (const row of rows)
    for (const year of row.years) {
      const key = forecastCellKey(row, year);
      const text = draft.texts[key] ?? '';
      if (text.trim() === '') continue;
      const plan = row.planValue(year);
      const read = interpretCellInput(text, row.spec, { year, current: plan, plan });
      if (read.kind === 'question' && draft.confirmed[key] === read.value)
        cells.set(key, { kind: 'value', value: read.value, reading: undefined });
      else if (read.kind === 'question') cells.set(key, read);
      else cells.set(key, read);
    }
  return cells;
};

/** The values the form gives, once no cell is refused or waiting for an answer; else `undefined`. */
export const forecastValues = (cells: ReadonlyMap<string, ForecastCell>): Map<string, number> | undefined => {
  const values = new Map<string, number>();
  for (const [key, cell] of cells) {
    if (cell.kind === 'refused' || cell.kind === 'question') return undefined;
    if (cell.kind === 'value') values.set(key, cell.value);
  }
  return values;
};

/**
 * The form's changes against the plan in words ("Skatteunderlagstillväxt 2025: 4,8 % → 3,7 %"), and how
 * many cells still wait for an answer or hold text that cannot be read.
 *
 * @example
 *   forecastSummary(rows, cells); // { changes: ['Skatteunderlagstillväxt 2025: 4,8 % → 3,7 %'], waiting: 0, refused: 0 }
 */
export const forecastSummary = (rows: readonly ForecastRow[], cells: ReadonlyMap<string, ForecastCell>) => {
  const changes: string[] = [];
  let waiting = 0;
  let refused = 0;
  for (const row of rows)
    for (const year of row.years) {
      const cell = cells.get(forecastCellKey(row, year));
      if (cell?.kind === 'question') waiting += 1;
      if (cell?.kind === 'refused') refused += 1;
      if (cell?.kind !== 'value' || cell.value === row.planValue(year)) continue;
      const { unit, label } = row.spec;
      changes.push(
        `${label} ${year}: ${valueText(row.planValue(year), unit)} → ${valueText(cell.value, unit)}`,
      );
    }
  return { changes, waiting, refused };
};

/** A value as the form's text shows it: exact, in the row's unit ("3,7", "249 103", "1 234,5"). */
export const forecastText = (row: ForecastRow, value: number): string => formatExact(value, row.spec.unit);

/**
 * A block pasted into the form from the cell at (`row`, `year`): every cell through the same reading, all
 * or nothing. Pasted rows fill the form's rows downward and its years to the right.
 *
 * @example
 *   pasteForecast(rows, 0, 2025, '3,7\t3,9'); // { kind: 'texts', texts: { 'driver:…:2025': '3,7', 'driver:…:2026': '3,9' }, questions: [] }
 */
export const pasteForecast = (
  rows: readonly ForecastRow[],
  rowIndex: number,
  year: Year,
  clipboard: string,
):
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'texts';
      readonly texts: Record<string, string>;
      readonly questions: readonly string[];
    } => {
  const block = splitPastedRow(clipboard);
  const texts: Record<string, string> = {};
  const result = interpretPaste(block, (r, c) => {
    const row = rows[rowIndex + r];
    if (!row) return 'Det inklistrade har fler rader än formuläret.';
    const at = row.years.indexOf(year);
    const target = at < 0 ? undefined : row.years[at + c];
    if (target === undefined) return `${row.spec.label}: det inklistrade har fler år än raden.`;
    const key = forecastCellKey(row, target);
    texts[key] = (block[r]?.[c] ?? '').trim();
    const plan = row.planValue(target);
    return {
      key,
      name: `${row.spec.label} ${target}`,
      spec: row.spec,
      cell: { year: target, current: plan, plan },
    };
  });
  if (result.kind === 'refused') return result;
  return { kind: 'texts', texts, questions: result.questions };
};
