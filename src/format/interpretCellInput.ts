import Decimal from 'decimal.js';
import type { InputRow } from '../model/rowSpec';
import { formatNumber } from './formatNumber';
import { DECIMALS, UNIT_LABEL } from './formatValue';
import { parseSvNumber } from './parseSvNumber';

export type CellInputResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const SIGNED = /^\s*[+\-\u2212\u2013]/;
const fail = (message: string): CellInputResult => ({ ok: false, message });

/**
 * What text typed or pasted into an input cell means for that row: a new value, `+10 öre` on the skattesats,
 * `+20 %` as a relative change of an amount, within the row's bounds. Messages are Swedish; on failure the
 * cell keeps its old value.
 *
 * @example
 *   interpretCellInput('+10 öre', skattesatsRow, 11.34); // { ok: true, value: 11.44 }
 *   interpretCellInput('+20 %', investeringarRow, 867); // { ok: true, value: 1040.4 }
 */
export const interpretCellInput = (
  text: string,
  row: Pick<InputRow, 'label' | 'unit' | 'bounds'>,
  current: number,
): CellInputResult => {
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return parsed;
  let value = new Decimal(parsed.value);
  if (parsed.relativeKronor !== undefined) {
    if (row.unit !== 'kr') return fail('Öre går bara att använda på skattesatsen. Skriv ett tal.');
    value = new Decimal(current).plus(parsed.relativeKronor);
  } else if (parsed.percent && row.unit !== 'procent') {
    if (!SIGNED.test(text))
      return fail(
        `Skriv till exempel +20 % för att öka med 20 procent, eller ett värde i ${UNIT_LABEL[row.unit]}.`,
      );
    value = new Decimal(current).times(value.dividedBy(100).plus(1));
  }
  if (row.unit === 'invanare' && !value.isInteger()) return fail('Befolkningen anges i hela invånare.');
  const result = value.toDecimalPlaces(10).toNumber();
  if (result < row.bounds.min || result > row.bounds.max) {
    const decimals = DECIMALS[row.unit];
    return fail(
      `${row.label} ska ligga mellan ${formatNumber(row.bounds.min, decimals)} och ${formatNumber(row.bounds.max, decimals)} ${UNIT_LABEL[row.unit]}.`,
    );
  }
  return { ok: true, value: result };
};

/** A tab-separated row pasted from Excel: one text per year, trailing empty cells dropped. */
export const splitPastedRow = (text: string): string[][] =>
  text
    .replace(/\r/g, '')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'))
    .map((cells) => {
      const trimmed = [...cells];
      while (trimmed.length > 0 && trimmed[trimmed.length - 1]?.trim() === '') trimmed.pop();
      return trimmed;
    });
