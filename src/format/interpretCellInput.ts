import Decimal from 'decimal.js';
import { isPlausible } from '../model/plausibility';
import { UNIT_DECIMALS, UNIT_NAMES, type Unit, type ValueSpec } from '../model/rowSpec';
import type { Year } from '../model/years';
import { againstPlan, changeText, changeUnitWord, resultText } from './describeValue';
import { formatNumber } from './formatNumber';
import { parseSvNumber, type NumberSuffix, type ParsedNumber } from './parseSvNumber';

/** What typed text is: a value (Scenario and Plan views) or a difference against the plan (Skillnad views). */
export type InputBasis = 'value' | 'diff' | 'diffPercent';

/** The cell a text is typed into: its year, the scenario's value now and the plan's value. */
export type CellContext = {
  readonly year: Year;
  readonly current: number;
  readonly plan: number;
  readonly basis?: InputBasis | undefined;
};

export type CellChoice = { readonly label: string; readonly value: number };

/**
 * A value to take (with how relative text was read: "+1 000 invånare → 249 103"), a refusal, or a question
 * for a value outside the row's plausible range: take it as typed (`use`) or as the suggested reading.
 */
export type CellInput =
  | { readonly kind: 'value'; readonly value: number; readonly reading: string | undefined }
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'question';
      readonly value: number;
      readonly question: string;
      readonly reason: string;
      readonly use: CellChoice;
      readonly suggestion: CellChoice | undefined;
    };

type Reading = {
  readonly value: Decimal;
  /** The change as typed, for the note ("+1 000 invånare"); undefined when the text was the value itself. */
  readonly change: string | undefined;
  readonly againstPlan: boolean;
  /** A percentage of a whole count (befolkning +2 %) is rounded to whole inhabitants, not refused. */
  readonly scaled: boolean;
};

const refused = (message: string) => ({ kind: 'refused', message }) as const;
const UNIT_OF_SUFFIX: Partial<Record<NumberSuffix, Unit>> = {
  mnkr: 'mnkr',
  kr: 'kr',
  invanare: 'invanare',
  ar: 'ar',
};
const isPercentUnit = (unit: Unit) => unit === 'procent' || unit === 'procentenheter';

/** Which value the text means for this cell, before bounds and plausibility; a string is a refusal. */
const read = (parsed: ParsedNumber, spec: ValueSpec, cell: CellContext): Reading | string => {
  const n = new Decimal(parsed.exact);
  const { unit } = spec;
  const { suffix, sign } = parsed;
  const percentRow = isPercentUnit(unit);
  const suffixUnit = suffix ? UNIT_OF_SUFFIX[suffix] : undefined;
  if (suffix === 'ore' && unit !== 'kr')
    return `Öre går bara att använda på rader i kronor. ${spec.label} anges i ${UNIT_NAMES[unit]}.`;
  if (suffix === 'procentenheter' && !percentRow)
    return `Procentenheter går bara att använda på rader i procent. ${spec.label} anges i ${UNIT_NAMES[unit]}.`;
  if (suffixUnit && suffixUnit !== unit)
    return `${spec.label} anges i ${UNIT_NAMES[unit]}. Skriv talet utan enhet.`;
  if (spec.relative === false) {
    if (suffix === 'ore' || suffix === 'procent' || suffix === 'procentenheter')
      return `Skriv beloppet i ${UNIT_NAMES[unit]}, till exempel 50 eller −11.`;
    return { value: n, change: undefined, againstPlan: false, scaled: false };
  }
  const basis = cell.basis ?? 'value';
  const from = new Decimal(basis === 'value' ? cell.current : cell.plan);
  const againstPlan = basis !== 'value';
  const by = (value: Decimal, word: string, base: Unit | number, scaled = false): Reading => ({
    value,
    change: changeText(n, word, base),
    againstPlan,
    scaled,
  });
  if (suffix === 'ore') return by(from.plus(n.dividedBy(100)), 'öre', 0);
  if (suffix === 'procentenheter' || (againstPlan && percentRow))
    return by(from.plus(n), changeUnitWord(unit), unit);
  const ofWhole = suffix === 'procent' && !percentRow;
  if (ofWhole || basis === 'diffPercent') {
    if (!againstPlan && !sign)
      return `Skriv till exempel +20 % för att öka med 20 procent, eller ett värde i ${UNIT_NAMES[unit]}.`;
    return by(from.times(n.dividedBy(100).plus(1)), '%', 0, true);
  }
  if (againstPlan || sign === '+' || (sign === '-' && spec.bounds.min >= 0))
    return by(from.plus(n), changeUnitWord(unit), unit);
  return { value: n, change: undefined, againstPlan: false, scaled: false };
};

/**
 * What text typed or pasted into a cell means for that row and year (issue 12 §1–2): read by the one parser,
 * relative where the row's rules say so (see `ValueSpec`), within the row's bounds, and questioned when
 * outside its plausible range. Pure; every message is Swedish and the cell keeps its value on a refusal.
 *
 * @example
 *   interpretCellInput('+10 öre', skattesats, { year: 2025, current: 11.34, plan: 11.34 });
 *   // { kind: 'value', value: 11.44, reading: '+10 öre → 11,44 kr' }
 *   interpretCellInput('1 000', befolkning, { year: 2025, current: 248103, plan: 248103 });
 *   // { kind: 'question', question: '1 000 invånare är 247 103 färre än planens 248 103 – menade du +1 000?', … }
 */
export const interpretCellInput = (text: string, spec: ValueSpec, cell: CellContext): CellInput => {
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return refused(parsed.message);
  const reading = read(parsed, spec, cell);
  if (typeof reading === 'string') return refused(reading);
  let value = reading.value.toDecimalPlaces(10);
  if (spec.unit === 'invanare' && !value.isInteger()) {
    if (!reading.scaled) return refused('Befolkningen anges i hela invånare.');
    value = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  }
  const note = reading.change
    ? `${reading.againstPlan ? 'Skillnad mot planen ' : ''}${reading.change} → ${resultText(value, spec.unit)}`
    : undefined;
  const number = value.toNumber();
  const { min, max } = spec.bounds;
  if (number < min || number > max) {
    const decimals = UNIT_DECIMALS[spec.unit];
    return refused(
      `${note ? `${note}: ` : ''}${spec.label} ska ligga mellan ${formatNumber(min, decimals)} och ${formatNumber(max, decimals)} ${UNIT_NAMES[spec.unit]}.`,
    );
  }
  if (isPlausible(spec, cell.year, number)) return { kind: 'value', value: number, reading: note };
  const suggestion =
    reading.change === undefined && spec.relative !== false ? suggest(parsed, spec, cell) : undefined;
  const against = againstPlan(value, cell.plan, spec.unit, spec.plausible.range(cell.year), note);
  return {
    kind: 'question',
    value: number,
    question: `${against} – ${suggestion ? `menade du ${suggestion.change}?` : 'stämmer det?'}`,
    reason: spec.plausible.reason,
    use: { label: `Använd ${resultText(value, spec.unit)}`, value: number },
    suggestion: suggestion?.choice,
  };
};

/** A value typed where a change was meant (1 000 for +1 000): offered when that reading is plausible. */
const suggest = (parsed: ParsedNumber, spec: ValueSpec, cell: CellContext) => {
  const n = new Decimal(parsed.exact);
  if (n.isNegative() || n.isZero()) return undefined;
  const value = new Decimal(cell.current).plus(n).toDecimalPlaces(10).toNumber();
  if (value < spec.bounds.min || value > spec.bounds.max || !isPlausible(spec, cell.year, value))
    return undefined;
  const change = changeText(n, '', spec.unit);
  return {
    change,
    choice: { label: `${change} (${resultText(value, spec.unit)})`, value },
  };
};
