import { formatKr, formatNumber, formatSigned } from '../../format/formatNumber';
import type { GoalSeekInstrument } from '../../model/goalSeek';
import type { InstrumentBounds } from '../../model/goalSeekBounds';
import type { GoalSeekTarget } from '../../model/goalSeekTarget';
import { goalRowIds } from '../../model/goals';
import type { ModelRows } from '../../model/modelRows';
import type { GoalSeekResult } from '../../scenarios/analysis';

const NBSP = '\u00a0';

/** An instrument value on its grid as a reader says it: "11,40 kr", "145 mnkr per år", "−12 %". */
export const instrumentValueText = (instrument: GoalSeekInstrument, value: number): string => {
  switch (instrument.kind) {
    case 'skattesats':
      return formatKr(value / 100);
    case 'effektivisering':
      return `${formatNumber(value, 0)}${NBSP}mnkr per år`;
    case 'investeringar':
      return `${formatSigned(value, 0)}${NBSP}%`;
  }
};

/** The range the search tried, from the plan's own level (see instrumentBounds). */
export const boundsText = (instrument: GoalSeekInstrument, bounds: InstrumentBounds): string => {
  const { min, max } = bounds;
  switch (instrument.kind) {
    case 'skattesats':
      return `skattesats ${formatNumber(min / 100, 2)}–${formatKr(max / 100)}`;
    case 'effektivisering':
      return `effektivisering ${formatNumber(min, 0)}–${instrumentValueText(instrument, max)}`;
    case 'investeringar':
      return `investeringsnivå ${formatSigned(min, 0)}${NBSP}% till ${formatSigned(max, 0)}${NBSP}%`;
  }
};

/** The unit the target's margin is counted in. */
export const marginUnit = (target: GoalSeekTarget, rows: ModelRows): string => {
  if (target.kind === 'resultatkrav' || target.kind === 'aterstallt') return 'mnkr';
  if (target.kind === 'goal')
    return rows.byId.get(goalRowIds(target.goalId).value)?.unit === 'mnkr' ? 'mnkr' : 'procentenheter';
  if (target.kind === 'value') {
    const unit = rows.byId.get(target.rowId)?.unit;
    return unit === 'procent' ? 'procentenheter' : (unit ?? '');
  }
  return 'procentenheter';
};

/** Which years the change covers, and (for a requirement) whose frame it lands on, so nobody is surprised. */
export const scopeText = (instrument: GoalSeekInstrument, lastYear: number, namnd: string): string =>
  instrument.kind === 'skattesats'
    ? `Samma skattesats gäller varje år ${instrument.fromYear}–${lastYear}.`
    : instrument.kind === 'effektivisering'
      ? `Samma belopp varje år ${instrument.fromYear}–${lastYear}, som en ramförändring (Effektiviseringskrav) för ${namnd}.`
      : 'Materiella, immateriella och finansiella investeringar ändras med samma procent varje budgetår.';

/** The answer in one plain Swedish sentence. */
export const answerText = (result: GoalSeekResult, rows: ModelRows): string => {
  const { instrument } = result;
  if (result.kind === 'noEffect')
    return `Målet påverkas inte av den här parametern (prövat inom ${boundsText(instrument, result.bounds)}).`;
  if (result.kind === 'outOfBounds') {
    const unit = marginUnit(result.target, rows);
    const decimals = unit === 'mnkr' ? 0 : 1;
    return `Går inte inom gränserna (${boundsText(instrument, result.bounds)}). Vid ${instrumentValueText(instrument, result.best)} fattas fortfarande ${formatNumber(-result.margin, decimals)}${NBSP}${unit}.`;
  }
  const value = instrumentValueText(instrument, result.value);
  const which = result.seeks === 'min' ? 'Lägsta' : 'Högsta';
  switch (instrument.kind) {
    case 'skattesats': {
      const change = `${formatSigned(result.value - result.current, 0)}${NBSP}öre mot scenariot`;
      return `${which} skattesats som når målet: ${value} (${change}) från ${instrument.fromYear}.`;
    }
    case 'effektivisering':
      return result.value === 0
        ? 'Inget effektiviseringskrav behövs: målet nås redan.'
        : `${which} effektiviseringskrav som når målet: ${value} från ${instrument.fromYear}.`;
    case 'investeringar':
      return `${which} investeringsnivå som når målet: ${value} mot scenariots investeringar.`;
  }
};
