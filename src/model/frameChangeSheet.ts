import type { FrameChange } from './scenarioChanges';
import { FRAME_CHANGE_SHEET } from './rowSpec';
import type { Year } from './years';

/**
 * The Ramförändringar sheet: one row per frame change (namn, nämnd, typ, aktiv, belopp per år). The
 * statements read it through three named ranges with SUMIFS, so adding, editing or switching a change off
 * is a cell edit, never a new formula.
 */
export const MAX_FRAME_CHANGES = 500;
export const FRAME_KIND_RANGE = 'Ramförändringar_typ';
export const FRAME_ACTIVE_RANGE = 'Ramförändringar_aktiv';
export const FRAME_KIND_TEXT = { kostnad: 'kostnad', intakt: 'intäkt' } as const;
/** Aktiv as words, so the sheet reads "ja"/"nej" in the app's engine and in an Excel export alike. */
export const FRAME_ACTIVE_TEXT = { ja: 'ja', nej: 'nej' } as const;
export const frameAmountRange = (year: Year): string => `Ramförändringar_belopp_${year}`;

/**
 * Namn and Nämnd, the first two columns, are what a person typed: the Excel export writes them as text, and
 * the engine never receives them (issue 12: user text is never code; a name like `=REPT("x",1e7)` once froze
 * the page). The SUMIFS need only typ, aktiv and belopp.
 */
export const FRAME_TEXT_COLUMNS = 2;
const KIND_COLUMN = FRAME_TEXT_COLUMNS;
const ACTIVE_COLUMN = FRAME_TEXT_COLUMNS + 1;
const FIRST_AMOUNT_COLUMN = FRAME_TEXT_COLUMNS + 2;
/** 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};
const range = (column: number): string =>
  `='${FRAME_CHANGE_SHEET}'!$${columnLetter(column)}$2:$${columnLetter(column)}$${MAX_FRAME_CHANGES + 1}`;

export const frameChangeHeader = (years: readonly Year[]): (string | number)[] => [
  'Namn',
  'Nämnd',
  'Typ',
  'Aktiv',
  ...years,
];

/** The cells the statements compute from (typ, aktiv, belopp per år); inactive changes keep Aktiv = nej. */
export const frameChangeValues = (
  change: FrameChange,
  years: readonly Year[],
): (string | number | null)[] => [
  FRAME_KIND_TEXT[change.kind],
  change.active ? FRAME_ACTIVE_TEXT.ja : FRAME_ACTIVE_TEXT.nej,
  ...years.map((year) => change.amounts[String(year)] ?? null),
];

/** One sheet row for a frame change as the Excel export shows it: the name and nämnd, then its values. */
export const frameChangeRow = (change: FrameChange, years: readonly Year[]): (string | number | null)[] => [
  change.name,
  change.namnd,
  ...frameChangeValues(change, years),
];

export const frameChangeNamedRanges = (years: readonly Year[]): { name: string; expression: string }[] => [
  { name: FRAME_KIND_RANGE, expression: range(KIND_COLUMN) },
  { name: FRAME_ACTIVE_RANGE, expression: range(ACTIVE_COLUMN) },
  ...years.map((year, i) => ({ name: frameAmountRange(year), expression: range(FIRST_AMOUNT_COLUMN + i) })),
];
