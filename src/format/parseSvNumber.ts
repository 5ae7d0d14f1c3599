import Decimal from 'decimal.js';

export type ParsedNumber = {
  readonly ok: true;
  readonly value: number;
  /** Typed with a % sign (the caller decides what that means for its row). */
  readonly percent: boolean;
  /** "+10 öre": a change of the current skattesats, in kronor (0,10), not a new rate. */
  readonly relativeKronor: number | undefined;
};
export type ParseFailure = { readonly ok: false; readonly message: string };

const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const MINUSES = /[\u2212\u2013\u2014\u2012]/g;
const MAX_ABS = new Decimal('1e12');

const fail = (message: string): ParseFailure => ({ ok: false, message });

/**
 * The only place where typed or pasted text becomes a number. Accepts Swedish and Excel habits:
 * `11,44`, `1 234` (any space, also no-break), `−2,5` with the Unicode minus, `3 %`, `1.234,5`, `11.44`,
 * and for the skattesats `+10 öre`. Everything else gets a Swedish message and no number.
 *
 * @example
 *   parseSvNumber('1 234,5'); // { ok: true, value: 1234.5, percent: false, relativeKronor: undefined }
 *   parseSvNumber('+10 öre'); // { ok: true, value: 0.1, percent: false, relativeKronor: 0.1 }
 *   parseSvNumber('tio'); // { ok: false, message: 'Skriv ett tal, till exempel 11,44 eller 1\u00a0234.' }
 */
export const parseSvNumber = (input: string): ParsedNumber | ParseFailure => {
  let text = input.replace(MINUSES, '-').replace(SPACES, '').toLowerCase();
  if (text === '') return fail('Cellen är tom. Skriv ett tal, eller tryck Esc för att ångra.');
  const ore = /öre$/.test(text);
  if (ore) text = text.slice(0, -3);
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  text = text.replace(/(mnkr|kr|st|inv(ånare)?)$/, '');
  if (ore && percent) return fail('Skriv antingen öre eller procent, inte båda.');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text))
    return fail('Skriv ett tal, till exempel 11,44 eller 1\u00a0234.');
  const normalized = normalizeSeparators(text);
  if (normalized === undefined)
    return fail('Talet har för många decimaltecken. Använd komma som decimaltecken, till exempel 11,44.');
  const decimal = new Decimal(normalized);
  if (decimal.abs().greaterThan(MAX_ABS)) return fail('Talet är för stort.');
  if (ore) {
    const kronor = decimal.dividedBy(100).toNumber();
    return { ok: true, value: kronor, percent: false, relativeKronor: kronor };
  }
  return { ok: true, value: decimal.toNumber(), percent, relativeKronor: undefined };
};

/** "1.234,5" and "1,5" and "11.44" → "1234.5", "1.5", "11.44"; ambiguous mixes → undefined. */
const normalizeSeparators = (text: string): string | undefined => {
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  if (commas > 1) return undefined;
  if (commas === 1 && dots > 0) {
    const [whole = '', fraction = ''] = text.split(',');
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(whole)) return undefined;
    return `${whole.replace(/\./g, '')}.${fraction}`;
  }
  if (commas === 1) return text.replace(',', '.');
  if (dots > 1) return /^[+-]?\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : undefined;
  return text;
};
