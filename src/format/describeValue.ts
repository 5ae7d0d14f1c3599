import Decimal from 'decimal.js';
import type { ImplausibleValue } from '../model/plausibility';
import { UNIT_DECIMALS, type Unit } from '../model/rowSpec';
import { formatNumber } from './formatNumber';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** How a value, a difference and the plan's value are named in a sentence, and the words for more and less. */
const WORDING: Readonly<Record<Unit, { value: string; delta: string; more: string; less: string }>> = {
  invanare: { value: 'invånare', delta: '', more: 'fler', less: 'färre' },
  kr: { value: 'kr', delta: 'kr', more: 'högre', less: 'lägre' },
  mnkr: { value: 'mnkr', delta: 'mnkr', more: 'mer', less: 'mindre' },
  procent: { value: '%', delta: 'procentenheter', more: 'högre', less: 'lägre' },
  procentenheter: { value: 'procentenheter', delta: 'procentenheter', more: 'högre', less: 'lägre' },
  ar: { value: 'år', delta: 'år', more: 'längre', less: 'kortare' },
  faktor: { value: '', delta: '', more: 'högre', less: 'lägre' },
  andel: { value: '', delta: '', more: 'högre', less: 'lägre' },
  janej: { value: '', delta: '', more: 'högre', less: 'lägre' },
};

const withUnit = (text: string, unit: string) => (unit ? `${text}${NBSP}${unit}` : text);

/**
 * A number as the app shows it, with the unit's decimals (or `base` decimals) and more where the value has
 * them, up to six (a typed 11,345 kr is not shown as 11,35): "248 103", "11,44", "−1,3".
 */
export const formatExact = (value: Decimal.Value, base: Unit | number): string => {
  const decimal = new Decimal(value);
  const least = typeof base === 'number' ? base : UNIT_DECIMALS[base];
  return formatNumber(decimal.toNumber(), Math.max(least, Math.min(decimal.decimalPlaces(), 6)));
};

/** A value with its unit as a sentence names it: "1 000 invånare", "11,44 kr", "0,8 %". */
export const valueText = (value: Decimal.Value, unit: Unit): string =>
  withUnit(formatExact(value, unit), WORDING[unit].value);

/** A cell's result as a short note shows it: "249 103" (the row says invånare), "11,44 kr", "1,3 %". */
export const resultText = (value: Decimal.Value, unit: Unit): string =>
  unit === 'invanare' ? formatExact(value, unit) : valueText(value, unit);

/** A change, always signed: "+1 000 invånare", "−10 öre", "+0,5 procentenheter", "+2 %". */
export const changeText = (change: Decimal.Value, unitWord: string, base: Unit | number): string => {
  const decimal = new Decimal(change);
  const sign = decimal.isNegative() && !decimal.isZero() ? MINUS : '+';
  return withUnit(`${sign}${formatExact(decimal.abs(), base)}`, unitWord);
};

/** The word a relative change is written with on a row: "invånare", "kr", "procentenheter" (on LPIK). */
export const changeUnitWord = (unit: Unit): string =>
  unit === 'invanare' ? WORDING.invanare.value : WORDING[unit].delta;

/**
 * A value against the plan's, in words: "1 000 invånare är 247 103 färre än planens 248 103". A plan value
 * of 0 (a frame change) has nothing to be more or less than, so the range is named instead.
 *
 * @example
 *   againstPlan(1000, 248103, 'invanare'); // "1 000 invånare är 247 103 färre än planens 248 103"
 */
export const againstPlan = (
  value: Decimal.Value,
  plan: number,
  unit: Unit,
  range: { readonly min: number; readonly max: number },
  subject = valueText(value, unit),
): string => {
  const wording = WORDING[unit];
  const delta = new Decimal(value).minus(plan);
  if (plan === 0)
    return `${subject} ligger utanför det rimliga, ${formatExact(range.min, unit)} till ${valueText(range.max, unit)}`;
  const planText = unit === 'invanare' ? formatExact(plan, unit) : valueText(plan, unit);
  const word = delta.isNegative() ? wording.less : wording.more;
  return `${subject} är ${withUnit(formatExact(delta.abs(), unit), wording.delta)} ${word} än planens ${planText}`;
};

/**
 * One implausible value of a file or a link, in words: "Befolkning 1 november året innan 2025: 1 000 invånare
 * är 247 103 färre än planens 248 103".
 */
export const implausibleLine = (item: ImplausibleValue): string =>
  `${item.what} ${item.year}: ${againstPlan(item.value, item.plan, item.spec.unit, item.spec.plausible.range(item.year))}`;
