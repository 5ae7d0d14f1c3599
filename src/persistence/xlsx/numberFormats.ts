import { UNIT_DECIMALS, UNIT_NAMES, type RowSpec } from '../../model/rowSpec';

/**
 * Excel number format codes per unit. Written in Excel's invariant syntax (`,` groups, `.` decimals):
 * Excel and LibreOffice show them with the reader's locale, so a Swedish reader sees `7 926` and `1,2 %`.
 * Percent figures are stored as percent (1.2 means 1,2 %), so the sign is a literal, not Excel's `%`.
 */

const fixed = (decimals: number, grouped: boolean) =>
  `${grouped ? '#,##0' : '0'}${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}`;

/** The format code of a row's cells, with the row's own decimals where it has them. */
export const numberFormatOf = (row: Pick<RowSpec, 'unit' | 'decimals'>): string | undefined => {
  const decimals = row.decimals ?? UNIT_DECIMALS[row.unit];
  switch (row.unit) {
    case 'janej':
      return undefined;
    case 'procent':
      return `${fixed(decimals, false)}" %"`;
    case 'procentenheter':
      return `+${fixed(decimals, false)};-${fixed(decimals, false)};0`;
    case 'ar':
    case 'faktor':
    case 'andel':
      return fixed(decimals, false);
    default:
      return fixed(decimals, true);
  }
};

/** The unit as the app names it, for the Enhet column. */
export const UNIT_TEXT = UNIT_NAMES;

export const MNKR_FORMAT = fixed(0, true);
export const YEAR_FORMAT = '0';

/**
 * How a yes/no reads in the file: the words, not TRUE/FALSE or 1/0. A ja/nej row's formula is wrapped as
 * `IF(…,"ja","nej")` and the frame changes' Aktiv column holds the same words.
 */
export const JA_NEJ = { ja: 'ja', nej: 'nej' } as const;
