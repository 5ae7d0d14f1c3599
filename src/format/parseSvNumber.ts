import Decimal from 'decimal.js';

/** A unit or marker typed after the number; `procent` is `%`, `ore` is öre, `procentenheter` is p.e. */
export type NumberSuffix = 'procent' | 'ore' | 'procentenheter' | 'mnkr' | 'kr' | 'invanare' | 'ar';

export type ParsedNumber = {
  readonly ok: true;
  /** The number as typed, signed (`10` for "+10 öre", `−2.5` for "−2,5 %"). */
  readonly value: number;
  /** The same number as an exact decimal string, for arithmetic without binary rounding. */
  readonly exact: string;
  /** The sign when one was typed: a caller may read `+` or `−` as "change by" (see interpretCellInput). */
  readonly sign: '+' | '-' | undefined;
  readonly suffix: NumberSuffix | undefined;
};
export type ParseFailure = { readonly ok: false; readonly message: string };

/** A tab, a line break of any kind: the text holds several cells, never one number (issue 12 §1). */
const CELL_BREAKS = /[\t\n\r\v\f\u0085\u2028\u2029]/;
/** Spaces a person or a program puts between digit groups: space, no-break, narrow, thin, figure, ideographic. */
const SPACES = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/** Invisible marks that copying from the web or a PDF brings along (zero-width, bidi, soft hyphen, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Full-width forms an IME types (１２３，５): the same characters at an offset. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const SIGN = /^([+]|[-\u2010-\u2015\u2212\ufe63]) ?/;
const SUFFIXES: readonly (readonly [RegExp, NumberSuffix])[] = [
  [/ ?öre$/, 'ore'],
  [/ ?(%|procent)$/, 'procent'],
  [/ ?(procentenheter|procentenhet|p\.? ?e\.?)$/, 'procentenheter'],
  [/ ?(mnkr|mkr)$/, 'mnkr'],
  [/ ?(kr|kronor)$/, 'kr'],
  [/ ?(invånare|inv\.?|st)$/, 'invanare'],
  [/ ?år$/, 'ar'],
];
const MAX_ABS = new Decimal('1e12');
const NBSP = '\u00a0';

const fail = (message: string): ParseFailure => ({ ok: false, message });
const NOT_A_NUMBER = `Skriv ett tal, till exempel 11,44 eller 1${NBSP}234.`;
const SEPARATORS = 'Talet har för många decimaltecken. Använd komma som decimaltecken, till exempel 11,44.';
const GROUPS = `Siffrorna i ett tal grupperas tre och tre, till exempel 1${NBSP}234 eller 248${NBSP}103. Skriv talet med grupper om tre siffror eller helt utan mellanrum.`;

/**
 * The only place where typed or pasted text becomes a number. Accepts Swedish and Excel habits:
 * `11,44`, `1 234` (groups of three, any space), `−2,5` with any minus sign, `3 %`, `1.234,5`, `11.44`,
 * `+10 öre`, a unit after the number. Refuses with a Swedish message what it cannot read for certain: a tab or
 * line break (several cells), groups of other than three digits (`248 53`), `1.000` (a thousand or one?).
 *
 * @example
 *   parseSvNumber('1 234,5'); // { ok: true, value: 1234.5, exact: '1234.5', sign: undefined, suffix: undefined }
 *   parseSvNumber('+10 öre'); // { ok: true, value: 10, exact: '10', sign: '+', suffix: 'ore' }
 *   parseSvNumber('1.000'); // { ok: false, message: 'Menade du 1 000 eller 1,000? …' }
 */
export const parseSvNumber = (input: string): ParsedNumber | ParseFailure => {
  if (CELL_BREAKS.test(input))
    return fail('Texten innehåller en tabb eller radbrytning, alltså flera celler. Skriv ett tal i taget.');
  let text = input
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
  if (text === '') return fail('Cellen är tom. Skriv ett tal, eller tryck Esc för att ångra.');
  const found = SUFFIXES.find(([pattern]) => pattern.test(text));
  const suffix = found?.[1];
  if (found) text = text.replace(found[0], '');
  if (SUFFIXES.some(([pattern]) => pattern.test(text)))
    return fail(
      /öre|%/.test(text)
        ? 'Skriv antingen öre eller procent, inte båda.'
        : 'Skriv bara en enhet efter talet.',
    );
  const signed = SIGN.exec(text);
  const sign = signed ? (signed[1] === '+' ? '+' : '-') : undefined;
  if (signed) text = text.slice(signed[0].length);
  if (/^\(.*\)$/.test(text)) return fail('Skriv ett negativt tal med minustecken, till exempel −50.');
  if (!/^[\d., ]+$/.test(text) || !/\d/.test(text)) return fail(NOT_A_NUMBER);
  const digits = readDigits(text, sign === '-' ? '−' : '');
  if (typeof digits !== 'string') return digits;
  const decimal = new Decimal(`${sign === '-' ? '-' : ''}${digits}`);
  if (decimal.abs().greaterThan(MAX_ABS)) return fail('Talet är för stort.');
  const value = decimal.isZero() ? 0 : decimal.toNumber();
  return { ok: true, value, exact: decimal.isZero() ? '0' : decimal.toString(), sign, suffix };
};

/** "1 234,5", "1.234,5", "11.44", ",5" → "1234.5", "1234.5", "11.44", "0.5"; anything unsure → a message. */
const readDigits = (body: string, minus: string): string | ParseFailure => {
  const commas = body.split(',').length - 1;
  const dots = body.split('.').length - 1;
  if (commas > 1) return fail(SEPARATORS);
  if (commas === 1) {
    const [whole = '', fraction = ''] = body.split(',');
    if (fraction.includes('.')) return fail(SEPARATORS);
    return joined(whole, fraction, true);
  }
  if (dots === 0) return joined(body, '', false);
  if (dots === 1) {
    const [whole = '', fraction = ''] = body.split('.');
    if (/^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction))
      return fail(
        `Menade du ${minus}${whole}${NBSP}${fraction} eller ${minus}${whole},${fraction}? Skriv tusental med mellanslag (${whole}${NBSP}${fraction}) och decimaler med komma (1,5).`,
      );
    return joined(whole, fraction, false);
  }
  if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(body)) {
    const grouped = body.replace(/\./g, NBSP);
    return fail(
      `Menade du ${minus}${grouped}? Skriv tusental med mellanslag (${grouped}) och decimaler med komma (1,5).`,
    );
  }
  return fail(SEPARATORS);
};

/** The whole part may group its digits in threes by spaces (or by dots before a decimal comma). */
const joined = (whole: string, fraction: string, dotGroups: boolean): string | ParseFailure => {
  if (/[ .]/.test(fraction)) return fail(fraction.includes('.') ? SEPARATORS : GROUPS);
  if (whole.includes(' ') && whole.includes('.')) return fail(GROUPS);
  if (whole.includes(' ') && !/^\d{1,3}( \d{3})+$/.test(whole)) return fail(GROUPS);
  if (whole.includes('.') && !(dotGroups && /^\d{1,3}(\.\d{3})+$/.test(whole))) return fail(SEPARATORS);
  const digits = whole.replace(/[ .]/g, '');
  if (digits === '' && fraction === '') return fail(NOT_A_NUMBER);
  return fraction === '' ? digits : `${digits || '0'}.${fraction}`;
};
