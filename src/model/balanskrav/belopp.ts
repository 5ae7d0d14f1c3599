import Decimal from 'decimal.js';

const GROUP = '\u00a0';
const MINUS = '\u2212';

/**
 * An amount in mnkr as a Swedish sentence shows it, exact to the decimals it has (at most three) or to the
 * decimals the plan prints (`shownDecimals`, rounded half up): the model
 * may not import `src/format` (tests/architecture), so this is the balanskrav messages' own small formatter.
 *
 * @example
 *   mnkrText(new Decimal('-18.6')); // "−18,6 mnkr"
 *   mnkrText(new Decimal('1322.3')); // "1 322,3 mnkr"
 *   mnkrText(new Decimal('-20'), 1); // "−20,0 mnkr" (as a plan in tenths prints it)
 */
export const mnkrText = (amount: Decimal, shownDecimals?: number): string => {
  const decimals = shownDecimals ?? Math.min(amount.decimalPlaces(), 3);
  const fixed = amount.abs().toFixed(decimals, Decimal.ROUND_HALF_UP);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const sign = amount.isNegative() && !amount.isZero() ? MINUS : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}${GROUP}mnkr`;
};

/** The smaller of two amounts. */
export const minDecimal = (a: Decimal, b: Decimal): Decimal => (a.lessThan(b) ? a : b);

/** An amount, or zero where it is negative. */
export const atLeastZero = (a: Decimal): Decimal => (a.isNegative() ? new Decimal(0) : a);
