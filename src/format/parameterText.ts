import type { CorrelationPair, Verdict } from '../model/uncertainty/editParameters';
import {
  DEFAULT_UNCERTAINTY,
  type UncertaintyId,
  type UncertaintyKind,
} from '../model/uncertainty/parameters';
import { formatNumber } from './formatNumber';
import { parseSvNumber, type NumberSuffix } from './parseSvNumber';

/** The words for the user's own figures in the error model (see model/uncertainty/editParameters). */

export type ParameterRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const NBSP = '\u00a0';

/** A figure as typed back: at least `min` decimals, as many as it has up to three. */
export const parameterFigure = (value: number, min = 1): string => {
  const decimals = [0, 1, 2, 3].find((d) => Math.abs(Number(value.toFixed(d)) - value) < 1e-9) ?? 3;
  return formatNumber(value, Math.max(min, decimals));
};

/** The unit a driver's error is stated in, as the view writes it. */
export const unitOf = (kind: UncertaintyKind): string => (kind === 'level' ? '% av nivån' : 'procentenheter');

/** A unit typed after the figure that means the driver's own unit. */
const OWN_SUFFIX: Readonly<Record<UncertaintyKind, NumberSuffix>> = {
  rate: 'procentenheter',
  level: 'procent',
  return: 'procentenheter',
};

/**
 * A typical error or an own step as typed, through the one parser; the unit may be written out
 * ("0,5 p.e.", "0,4 %") when it is the driver's own.
 *
 * @example
 *   readSpreadText('1,5 procentenheter', 'rate'); // { ok: true, value: 1.5 }
 */
export const readSpreadText = (text: string, kind: UncertaintyKind): ParameterRead => {
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.suffix !== undefined && parsed.suffix !== OWN_SUFFIX[kind])
    return { ok: false, message: `Skriv felet i ${unitOf(kind)}, till exempel 1,5.` };
  return { ok: true, value: parsed.value };
};

/** A correlation as typed: a figure from −1 to 1 without unit. */
export const readCorrelationText = (text: string): ParameterRead => {
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return parsed;
  if (parsed.suffix !== undefined)
    return {
      ok: false,
      message: 'Skriv sambandet utan enhet, som ett tal från −1 till 1, till exempel 0,4.',
    };
  return { ok: true, value: parsed.value };
};

const labelOf = (id: UncertaintyId): string =>
  (DEFAULT_UNCERTAINTY.find((driver) => driver.id === id)?.label ?? id).toLowerCase();

const pairText = (pair: CorrelationPair): string =>
  `${parameterFigure(pair.rho)} mellan ${labelOf(pair.a)} och ${labelOf(pair.b)}`;

const listText = (parts: readonly string[]): string =>
  parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} och ${parts.at(-1) ?? ''}`;

/**
 * A refused or questioned figure in plain Swedish; `what` names it ("Det typiska felet", "Steget").
 *
 * @example
 *   verdictText({ kind: 'question', reason: 'farAbove', source: 1 }, 'Det typiska felet', 'rate', 6);
 *   // "6,0 procentenheter är mer än fem gånger källornas 1,0. Stämmer det? …"
 */
export const verdictText = (
  verdict: Exclude<Verdict, { kind: 'ok' }>,
  what: string,
  kind: UncertaintyKind,
  value: number,
): string => {
  const unit = `${NBSP}${unitOf(kind)}`;
  switch (verdict.reason) {
    case 'notPositive':
      return `${what} måste vara större än noll: ett fel på noll eller mindre vore en prognos som alltid träffar.`;
    case 'levelShrinks':
      return `${what} kan inte vara mindre än året före (${parameterFigure(verdict.before)}${unit}): felet i en nivå består och växer med åren.`;
    case 'levelAboveLater':
      return `${what} kan inte vara större än året efter (${parameterFigure(verdict.later)}${unit}): felet i en nivå växer med åren. Höj de senare åren först.`;
    case 'outOfRange':
      return 'Ett samband (korrelation) ligger mellan −1 och 1: 1 är att två antaganden alltid slår fel åt samma håll lika mycket, −1 åt var sitt håll.';
    case 'notPositiveDefinite':
      return `Sambanden går inte ihop: ${listText(verdict.pairs.map(pairText))} kan inte gälla samtidigt. Följer två antaganden ett tredje nära måste de också följa varandra. Ändra något av sambanden.`;
    case 'farAbove':
      return `${parameterFigure(value)}${unit} är mer än fem gånger källornas ${parameterFigure(verdict.source)}. Stämmer det? Välj ”Använd ändå” eller skriv ett annat tal.`;
  }
};

/**
 * The horizons a driver's typical errors stand for, one label per figure.
 *
 * @example
 *   horizonLabels({ kind: 'rate', sd: [0.55, 1, 1.3, 1.5] });
 *   // ['Innevarande år', '1 år fram', '2 år fram', '3 år fram och senare']
 */
export const horizonLabels = (driver: { readonly kind: UncertaintyKind; readonly sd: readonly number[] }) =>
  driver.sd.length === 1
    ? ['Varje år']
    : driver.sd.map((_, h) => {
        const label = h === 0 ? 'Innevarande år' : `${h} år fram`;
        if (h < driver.sd.length - 1) return label;
        return driver.kind === 'level' ? `${label}, sedan lika mycket till per år` : `${label} och senare`;
      });
