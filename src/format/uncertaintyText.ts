import type { Basis, DriverUncertainty, UncertaintyKind } from '../model/uncertainty/parameters';
import type { Probability } from '../model/uncertainty/summary';
import type { Year } from '../model/years';
import { inWords, percentText } from './chanceText';
import { formatNumber } from './formatNumber';

/** The uncertainty view's words and figures in Swedish (issue 15, item 3): never bare statistics. */

/** The largest start value the generator takes: it reads the start value as an unsigned 32-bit integer. */
export const MAX_START_VALUE = 4_294_967_295;

/** The start value's limits for `readWholeNumber`, the one reader of a typed whole number (the CLI's too). */
export const START_VALUE = { what: 'Startvärdet', min: 0, max: MAX_START_VALUE } as const;

/** A standard deviation as the view shows it: at least one decimal, two where the figure has them. */
const sdFigure = (value: number) => formatNumber(value, Math.round(value * 10) === value * 10 ? 1 : 2);

const UNIT: Readonly<Record<UncertaintyKind, string>> = {
  rate: 'procentenheter',
  level: '% av nivån',
  return: 'procentenheter',
};

/**
 * The typical error by forecast horizon: "0,55 / 1,0 / 1,3 / 1,5 procentenheter".
 *
 * @example
 *   spreadText({ kind: 'rate', sd: [0.55, 1, 1.3, 1.5] }); // "0,55 / 1,0 / 1,3 / 1,5 procentenheter"
 */
export const spreadText = (driver: Pick<DriverUncertainty, 'kind' | 'sd'>): string =>
  `${driver.sd.map(sdFigure).join(' / ')}\u00a0${UNIT[driver.kind]}`;

/** What the figures are by horizon, in words. */
export const horizonText = (driver: Pick<DriverUncertainty, 'kind' | 'sd'>): string =>
  driver.sd.length === 1
    ? 'samma varje år'
    : driver.kind === 'level'
      ? 'innevarande år, 1, 2 och 3 år fram, sedan lika mycket till per år'
      : `innevarande år, ${driver.sd
          .slice(1)
          .map((_, i) => String(i + 1))
          .join(', ')
          .replace(/, (\d+)$/, ' och $1')} år fram och senare`;

const KIND: Readonly<Record<UncertaintyKind, string>> = {
  rate: 'En tillväxttakt: felet dras på nytt varje år och följer med i nivån året efter.',
  level: 'En nivå: felet består och växer ju längre fram året ligger.',
  return:
    'En årlig avkastning: varje års avvikelse från planens förväntade avkastning är oberoende av de andra årens.',
};
export const kindText = (kind: UncertaintyKind): string => KIND[kind];

export const basisText = (basis: Basis): string => (basis === 'publicerat' ? 'Publicerat' : 'Bedömning');

/**
 * The sampling error of the probabilities shown, as a margin at 95 % confidence (1,96 standard errors),
 * rounded up to a tenth of a procentenhet: "Med 10 000 dragningar är felmarginalen högst ±1 procentenhet".
 */
export const marginText = (draws: number, chances: readonly Probability[]): string => {
  const largest = Math.max(0, ...chances.map((chance) => chance.standardError));
  const margin = Math.ceil(Number((largest * 1.96 * 1000).toFixed(6))) / 10;
  const figure = formatNumber(margin, Number.isInteger(margin) ? 0 : 1);
  const unit = margin === 1 ? 'procentenhet' : 'procentenheter';
  return margin === 0
    ? `Med ${formatNumber(draws, 0)} dragningar är felmarginalen mindre än en tiondels procentenhet.`
    : `Med ${formatNumber(draws, 0)} dragningar är felmarginalen högst ±${figure}\u00a0${unit} (i 19 fall av 20).`;
};

const TENTHS = /^i (\d+) fall av 10$/;

/**
 * The headline for one year, plan against scenario, in plain Swedish.
 *
 * @example
 *   headlineText(2027, 0.54, 0.66);
 *   // "Sannolikheten att balanskravet klaras 2027 är 54 % med planen och 66 % med scenariot:
 *   //  i 5 respektive 7 fall av 10."
 */
export const headlineText = (year: Year, plan: number, scenario: number): string => {
  const a = inWords(plan);
  const b = inWords(scenario);
  const tenthsA = TENTHS.exec(a)?.[1];
  const tenthsB = TENTHS.exec(b)?.[1];
  const words =
    a === b
      ? `${a} med båda`
      : tenthsA && tenthsB
        ? `i ${tenthsA} respektive ${tenthsB} fall av 10`
        : `${a} med planen och ${b} med scenariot`;
  return `Sannolikheten att balanskravet klaras ${year} är ${percentText(plan)} med planen och ${percentText(scenario)} med scenariot: ${words}.`;
};
