import { goalDefinitions, goalRowIds, type GoalDefinition } from '../goals';
import { nameStem } from '../names';
import type { Goal } from '../planSchema';
import type { FormulaContext, FormulaRow, Span, Unit } from '../rowSpec';
import type { Year } from '../years';
import { egetKapital } from './balanceFormulas';
import type { PlanModel } from './planModel';

type F = FormulaContext;
/** What a goal measures per year: a numerator and a denominator (a share in %), or a figure in mnkr. */
type Measure = { readonly num: (y: Year, f: F) => string; readonly den?: (y: Year, f: F) => string };

const sumOver = (years: readonly Year[], part: (y: Year, f: F) => string, f: F) =>
  years.length === 1 ? part(years[0] ?? 0, f) : `(${years.map((y) => part(y, f)).join('+')})`;

const measureOf = (m: PlanModel, goal: Goal): Measure => {
  const base = (y: Year, f: F) => f.ref('skatt_och_statsbidrag', y);
  switch (goal.kind) {
    case 'balanskrav':
      return { num: (y, f) => f.ref('balanskravsresultat', y) };
    case 'resultatandel':
      return { num: (y, f) => f.ref(goal.row, y), den: base };
    case 'soliditet':
      return {
        num: (y, f) =>
          `(${egetKapital(m, y, f) ?? '0'}${goal.model === 'fullfondering' ? `-${f.ref('ansvarsforbindelse', y)}` : ''})`,
        den: (y, f) => f.ref('summa_tillgangar', y),
      };
    case 'sjalvfinansieringsgrad':
      return goal.definition === 'kassaflode'
        ? {
            num: (y, f) => f.ref('kassaflode_lopande', y),
            den: (y, f) => `(-${f.ref('kassaflode_investering', y)})`,
          }
        : {
            num: (y, f) => `(${f.ref('arets_resultat', y)}-${f.ref('avskrivningar', y)})`,
            den: (y, f) =>
              `(${(m.investments?.kinds ?? []).map((kind) => f.ref(`investeringar_${kind}`, y)).join('+')})`,
          };
    case 'skuldandel':
      return {
        num: (y, f) =>
          goal.debt === 'langfristiga'
            ? f.ref('langfristiga_skulder', y)
            : `(${f.ref('langfristiga_skulder', y)}+${f.ref('kortfristiga_skulder', y)})`,
        den: base,
      };
  }
};

/** The goal's rows: value, margin to the nearest limit, the margin in mnkr, and the verdict. */
const goalRows = (m: PlanModel, goal: Goal, definition: GoalDefinition): FormulaRow[] => {
  const ids = goalRowIds(goal.id);
  const stem = `Mål_${nameStem(goal.id)}`;
  const measure = measureOf(m, goal);
  const period = definition.period;
  const num = (y: Year, f: F) => (period ? sumOver(period, measure.num, f) : measure.num(y, f));
  const den = measure.den;
  const denominator = den ? (y: Year, f: F) => (period ? sumOver(period, den, f) : den(y, f)) : undefined;
  // The balanskrav's limit is 0 where the plan states none: planGoalRows writes its row either way.
  const hasMin = goal.kind === 'balanskrav' || ('min' in goal && goal.min !== undefined);
  const min = hasMin ? (f: F) => f.ref(ids.min) : undefined;
  const max = 'max' in goal && goal.max !== undefined ? (f: F) => f.ref(ids.max) : undefined;
  const value = (y: Year, f: F) => f.ref(ids.value, y);
  const margins = [
    min ? (y: Year, f: F) => `${value(y, f)}-${min(f)}` : undefined,
    max ? (y: Year, f: F) => `${max(f)}-${value(y, f)}` : undefined,
  ].filter((margin) => margin !== undefined);
  const mnkrMargins = denominator
    ? [
        min ? (y: Year, f: F) => `${num(y, f)}-${min(f)}/100*${denominator(y, f)}` : undefined,
        max ? (y: Year, f: F) => `${max(f)}/100*${denominator(y, f)}-${num(y, f)}` : undefined,
      ].filter((margin) => margin !== undefined)
    : [];
  const nearest = (parts: readonly ((y: Year, f: F) => string)[]) => (y: Year, f: F) =>
    parts.length === 1 ? `=${parts[0]?.(y, f) ?? '0'}` : `=MIN(${parts.map((part) => part(y, f)).join(',')})`;
  const section = `${definition.label}: ${definition.requirement}`;
  const row = (
    id: string,
    name: string,
    label: string,
    unit: Unit,
    formula: FormulaRow['formula'],
    definitionText: string,
    span: Span = definition.span,
  ): FormulaRow => ({
    kind: 'formula',
    sheet: 'Nyckeltal',
    id,
    name,
    label,
    unit,
    span,
    section,
    formula,
    definition: definitionText,
    source: m.sourceText(goal.source),
  });
  const rows: FormulaRow[] = [
    row(
      ids.value,
      stem,
      period ? `${definition.label} ${period[0] ?? ''}–${period.at(-1) ?? ''}` : definition.label,
      definition.valueUnit,
      (y, f) => (denominator ? `=${num(y, f)}/${denominator(y, f)}*100` : `=${num(y, f)}`),
      'Målets värde, räknat som planen definierar det.',
    ),
    row(
      ids.margin,
      `${stem}_marginal`,
      'Marginal till närmaste gräns',
      definition.marginUnit,
      nearest(margins),
      'Avstånd till närmaste gräns; negativt när målet inte nås.',
    ),
  ];
  if (mnkrMargins.length > 0)
    rows.push(
      row(
        ids.marginMnkr,
        `${stem}_marginal_mnkr`,
        'Marginal till närmaste gräns, belopp',
        'mnkr',
        nearest(mnkrMargins),
        'Samma marginal i mnkr: hur mycket resultatet kan försämras (+) eller måste förbättras (−).',
      ),
    );
  const checks = [
    min ? (y: Year, f: F) => `${value(y, f)}>=${min(f)}` : undefined,
    max ? (y: Year, f: F) => `${value(y, f)}<=${max(f)}` : undefined,
  ].filter((check) => check !== undefined);
  rows.push(
    row(
      ids.met,
      `${stem}_uppfyllt`,
      `${definition.label}: uppfyllt`,
      'janej',
      (y, f) =>
        checks.length === 1
          ? `=${checks[0]?.(y, f) ?? 'TRUE'}`
          : `=AND(${checks.map((c) => c(y, f)).join(',')})`,
      `Uppfyllt när: ${definition.requirement}.`,
    ),
  );
  if (period && denominator && den)
    rows.push(
      row(
        ids.perYear,
        `${stem}_per_år`,
        `${definition.label} per år`,
        'procent',
        (y, f) => `=${measure.num(y, f)}/${den(y, f)}*100`,
        'Samma mått år för år.',
        goal.kind === 'resultatandel' ? 'all' : 'budget',
      ),
    );
  return rows;
};

/**
 * Nyckeltal: skatt, statsbidrag och utjämning (the base of the result goals), and for each of the plan's
 * goals its value, margins and verdict, all formulas (DOMAIN.md §4).
 */
export const nyckeltalRows = (m: PlanModel): FormulaRow[] => {
  const definitions = goalDefinitions(m.plan);
  return [
    {
      kind: 'formula',
      sheet: 'Nyckeltal',
      id: 'skatt_och_statsbidrag',
      name: 'Skatt_och_statsbidrag',
      label: 'Skatt, statsbidrag och utjämning',
      unit: 'mnkr',
      span: 'all',
      section: 'Underlag för målen',
      formula: (y, f) => `=${f.ref('skatteintakter', y)}+${f.ref('generella_statsbidrag', y)}`,
      definition: 'Skatteintäkter + generella statsbidrag och utjämning: basen för resultatmålen.',
      source: 'Modellens samband',
    },
    ...m.plan.goals.flatMap((goal, i) => {
      const definition = definitions[i];
      return definition && !definition.missing ? goalRows(m, goal, definition) : [];
    }),
  ];
};
