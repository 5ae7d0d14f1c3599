import { CATALOGUE } from './catalogue/catalogue';
import type { StatementKind } from './planSchema';

/**
 * Matching a pasted label ("Verksamhetens nettokostnader", "SUMMA TILLGÅNGAR", "Skatteintäkter (not 3)") to
 * a standard row of a statement: exactly, then after normalising, then a close match the person confirms.
 */
export type LabelMatch = {
  readonly id: string;
  /** `exact`/`normalised` are taken; `close` is shown for the person to confirm. */
  readonly how: 'exact' | 'normalised' | 'close';
};

/**
 * Labels that Swedish plans print for standard rows, other than the standard label: found in published
 * budgets (Sjöbo's "Resultat före extraordinära poster", "Årets balanskravsresultat"). Data, not logic.
 */
const PRINTED_VARIANTS: Readonly<Record<string, readonly string[]>> = {
  verksamhetens_nettokostnad: ['Verksamhetens nettokostnader'],
  verksamhetens_nettokostnad_fore_avskrivningar: ['Verksamhetens nettokostnader före avskrivningar'],
  generella_statsbidrag: [
    'Generella statsbidrag',
    'Statsbidrag och utjämning',
    'Generella statsbidrag och bidrag',
  ],
  resultat_efter_finansiella_poster: ['Resultat före extraordinära poster'],
  orealiserade_vinster_vardepapper: [
    'Orealiserade vinster i värdepapper',
    'Orealiserade vinster och förluster',
  ],
  balanskravsresultat: ['Årets balanskravsresultat'],
  // Before 2024 a reservation went to the resultatutjämningsreserv; plans still print that name.
  reservation_resultatreserv: [
    'Medel till resultatutjämningsreserv',
    'Avsättning till resultatutjämningsreserv',
  ],
  summa_tillgangar: ['Tillgångar'],
};

const UNITS = /\s*(\((mnkr|mkr|tkr|kr|not\s*\d+)\)|mnkr|mkr|\[sic\])\s*$/;
const NOTE = /\s+(not\s*)?\d{1,2}$/;

/**
 * A label reduced to what identifies it: lower case, one space, no "Summa", no trailing unit or note
 * number, no punctuation at the ends. Idempotent: normalising twice gives the same text.
 *
 * @example
 *   normaliseLabel('  SUMMA Tillgångar (mnkr) '); // 'tillgångar'
 *   normaliseLabel('Skatteintäkter not 3'); // 'skatteintäkter'
 */
export const normaliseLabel = (label: string): string => {
  let text = label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text
      .replace(/^(summa|totalt|total)\s+/, '')
      .replace(UNITS, '')
      .replace(NOTE, '')
      .replace(/^[\s.,:;*–—-]+|[\s.,:;*–—-]+$/g, '')
      .trim();
  }
  return text;
};

const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1)
      next[j] = Math.min(
        (next[j - 1] ?? 0) + 1,
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[b.length] ?? 0;
};

type Candidate = { readonly id: string; readonly label: string };

const candidates = (statement: StatementKind): readonly Candidate[] =>
  CATALOGUE[statement]
    .filter((row) => row.kind !== 'ratio')
    .flatMap((row) => [
      { id: row.id, label: row.label },
      ...(PRINTED_VARIANTS[row.id] ?? []).map((label) => ({ id: row.id, label })),
    ]);

/**
 * The standard row a pasted label names, or `undefined` when none is near. A "varav" label never matches a
 * standard row: it is a part of the row above it.
 *
 * @example
 *   matchLabel('Verksamhetens intäkter', 'resultatbudget'); // { id: 'verksamhetens_intakter', how: 'exact' }
 *   matchLabel('SUMMA TILLGÅNGAR', 'balansbudget'); // { id: 'summa_tillgangar', how: 'normalised' }
 *   matchLabel('Verksamhetens intäkte', 'resultatbudget'); // { id: 'verksamhetens_intakter', how: 'close' }
 */
export const matchLabel = (label: string, statement: StatementKind): LabelMatch | undefined => {
  const all = candidates(statement);
  const exact = all.find((c) => c.label === label.trim());
  if (exact) return { id: exact.id, how: 'exact' };
  const normal = normaliseLabel(label);
  if (normal === '' || isVarav(label)) return undefined;
  const same = all.find((c) => normaliseLabel(c.label) === normal);
  if (same) return { id: same.id, how: 'normalised' };
  // A close match: a typo or an inflection (at most one edit in six characters), and only one row that near.
  const scored = all
    .map((c) => ({ id: c.id, d: distance(normaliseLabel(c.label), normal) }))
    .filter((c) => c.d <= Math.max(1, Math.floor(normal.length / 6)))
    .sort((a, b) => a.d - b.d);
  const best = scored[0];
  if (!best || scored.some((c) => c.id !== best.id && c.d === best.d)) return undefined;
  return { id: best.id, how: 'close' };
};

/** "varav jämförelsestörande post": a part of the row above, shown, never summed. */
export const isVarav = (label: string): boolean => /^\s*(därav|varav)\b/i.test(label);

/** The label a standard row has in a statement, for showing a suggestion. */
export const standardLabel = (statement: StatementKind, id: string): string =>
  CATALOGUE[statement].find((row) => row.id === id)?.label ?? id;
