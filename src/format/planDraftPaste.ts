import { parseSvNumber } from './parseSvNumber';
import type { DraftCells, DraftStatement, PendingRow } from '../model/planDraft';
import { matchLabel, normaliseLabel, standardLabel } from '../model/planDraftMatch';
import type { StatementKind } from '../model/planSchema';

/** Where a pasted block lands in a statement grid, and what the grid is. */
export type PasteGrid = {
  readonly statement: StatementKind;
  /** The grid's rows in order (standard and own), and its year columns. */
  readonly rowIds: readonly string[];
  readonly years: readonly number[];
  /** The selected cell: a block of numbers fills from here; a labelled block's first figure goes here. */
  readonly row: number;
  readonly column: number;
};

export type PasteOutcome = {
  readonly statement: DraftStatement;
  /** Rows matched to no standard row, or only closely: listed for the person to decide. */
  readonly pending: readonly PendingRow[];
  /** Rows placed, and a Swedish line for what was left out (cells beyond the grid, columns without a year). */
  readonly placed: number;
  readonly leftOut: readonly string[];
};

const hasLetters = (text: string) => /\p{L}/u.test(text);
/** A first cell that is text, not a number: the block's first column holds labels. */
const isLabel = (text: string) => text.trim() !== '' && hasLetters(text) && !parseSvNumber(text).ok;
const YEAR = /\b(19\d{2}|2[01]\d{2})\b/;

/** Column (after the label) → year, from a header row such as "Rad, Not, Bokslut 2022, Budget 2023, …". */
const headerYears = (cells: readonly string[]): (number | undefined)[] | undefined => {
  const years = cells.slice(1).map((cell) => {
    const found = YEAR.exec(cell);
    return found && !parseSvNumber(cell).ok ? Number(found[1]) : undefined;
  });
  return years.some((year) => year !== undefined) ? years : undefined;
};

const withCells = (cells: DraftCells, updates: ReadonlyMap<number, string>): DraftCells => {
  const next = new Map(Object.entries(cells));
  for (const [year, text] of updates) {
    if (text.trim() === '') next.delete(String(year));
    else next.set(String(year), text.trim());
  }
  return Object.fromEntries(next);
};

/**
 * Places a pasted block (rows of cells, from splitPastedRow) in a statement grid. A block whose first
 * column is text is matched row by row by label (matchLabel); a header row with years maps its columns to
 * years, otherwise the figures fill from the selected column. Unmatched and closely matched rows come back
 * as pending; heading rows without figures are skipped. A block of numbers only fills from the selected
 * cell. Cells are kept as text (a cell that is not a number is shown with its message, never taken); no
 * cell outside the block changes.
 *
 * @example
 *   pasteBlock(statement, [['Skatteintäkter', '995,3']], grid).statement.cells.skatteintakter; // { '2024': '995,3' }
 */
export const pasteBlock = (
  statement: DraftStatement,
  block: readonly (readonly string[])[],
  grid: PasteGrid,
  keyPrefix = 'rad',
): PasteOutcome =>
  block.some((cells) => isLabel(cells[0] ?? ''))
    ? pasteLabelled(statement, block, grid, keyPrefix)
    : pasteNumbers(statement, block, grid);

const pasteNumbers = (statement: DraftStatement, block: readonly (readonly string[])[], grid: PasteGrid) => {
  const cells: Record<string, DraftCells> = { ...statement.cells };
  let placed = 0;
  let outside = 0;
  block.forEach((row, r) => {
    const id = grid.rowIds[grid.row + r];
    const updates = new Map<number, string>();
    row.forEach((text, c) => {
      const year = grid.years[grid.column + c];
      if (id === undefined || year === undefined) outside += text.trim() === '' ? 0 : 1;
      else updates.set(year, text);
    });
    if (id !== undefined && updates.size > 0) {
      cells[id] = withCells(cells[id] ?? {}, updates);
      placed += 1;
    }
  });
  const leftOut = outside > 0 ? [`${outside} celler hamnade utanför tabellen och togs inte med.`] : [];
  return { statement: { ...statement, cells }, pending: [], placed, leftOut };
};

const pasteLabelled = (
  statement: DraftStatement,
  block: readonly (readonly string[])[],
  grid: PasteGrid,
  keyPrefix: string,
): PasteOutcome => {
  const cells: Record<string, DraftCells> = { ...statement.cells };
  const labels: Record<string, string> = { ...statement.labels };
  const pending: PendingRow[] = [];
  const taken = new Set<string>();
  const leftOut: string[] = [];
  let columnYears: readonly (number | undefined)[] = grid.years.slice(grid.column);
  let after: string | undefined;
  let placed = 0;
  block.forEach((row, r) => {
    const label = (row[0] ?? '').trim();
    const figures = row.slice(1);
    const match = label === '' ? undefined : matchLabel(label, grid.statement);
    const header = match ? undefined : headerYears(row);
    if (header) {
      columnYears = header;
      const strange = header.filter((y) => y !== undefined && !grid.years.includes(y));
      if (strange.length > 0)
        leftOut.push(`Åren ${strange.join(', ')} finns inte i planen och togs inte med.`);
      return;
    }
    const updates = new Map<number, string>();
    figures.forEach((text, c) => {
      const year = columnYears[c];
      if (year !== undefined && grid.years.includes(year)) updates.set(year, text);
    });
    if (label === '' || ![...updates.values()].some((text) => text.trim() !== '')) return;
    const own = statement.own.find((o) => normaliseLabel(o.label) === normaliseLabel(label));
    const id = own?.id ?? (match && match.how !== 'close' ? match.id : undefined);
    if (id !== undefined && !taken.has(id)) {
      taken.add(id);
      cells[id] = withCells(cells[id] ?? {}, updates);
      if (!own && label !== standardLabel(grid.statement, id)) labels[id] = label;
      after = id;
      placed += 1;
      return;
    }
    const values = withCells({}, updates);
    pending.push({
      key: `${keyPrefix}-${r}`,
      statement: grid.statement,
      label,
      cells: values,
      ...(match?.how === 'close' && !taken.has(match.id) ? { suggestion: match.id } : {}),
      ...(after !== undefined ? { after } : {}),
    });
  });
  return { statement: { ...statement, cells, labels }, pending, placed, leftOut };
};

/**
 * A pasted row of figures for one driver (skattesats for four years copied from Excel): the cells fill the
 * years from the selected one; further rows of the block and cells beyond the last year are left out.
 *
 * @example
 *   pasteRow({}, [['20,92', '20,92']], [2024, 2025, 2026], 1); // { '2025': '20,92', '2026': '20,92' }
 */
export const pasteRow = (
  cells: DraftCells,
  block: readonly (readonly string[])[],
  years: readonly number[],
  column: number,
): DraftCells => {
  const updates = new Map<number, string>();
  (block[0] ?? []).forEach((text, c) => {
    const year = years[column + c];
    if (year !== undefined) updates.set(year, text);
  });
  return withCells(cells, updates);
};
