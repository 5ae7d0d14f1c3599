import Decimal from 'decimal.js';

/** sv-SE typography: digit groups split by a no-break space, decimal comma, the true minus sign. */
const GROUP = '\u00a0';
const MINUS = '\u2212';

/**
 * Formats a number the Swedish way, rounding half-up (away from zero) from the unrounded value with
 * decimal.js, never from a rounded intermediate.
 *
 * @example
 *   formatNumber(-10841.5, 0); // "−10 842"
 *   formatNumber(1.2149, 1); // "1,2"
 */
export const formatNumber = (value: number, decimals: number): string => {
  if (!Number.isFinite(value)) return '–';
  const rounded = new Decimal(value).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction] = rounded.abs().toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = rounded.isNegative() && !rounded.isZero() ? MINUS : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
};

/** A change, always signed: "+69,9", "−35", "0". */
export const formatSigned = (value: number, decimals: number): string => {
  const text = formatNumber(value, decimals);
  return text.startsWith(MINUS) || /^0(,0*)?$/.test(text) ? text : `+${text}`;
};

export const formatMnkr = (value: number, decimals = 0): string =>
  `${formatNumber(value, decimals)}${GROUP}mnkr`;
export const formatPercent = (value: number, decimals = 1): string =>
  `${formatNumber(value, decimals)}${GROUP}%`;
export const formatKr = (value: number, decimals = 2): string => `${formatNumber(value, decimals)}${GROUP}kr`;
