import type { Goal, Plan } from './planSchema';
import { cellAt, flagAt, numberAt, type Results } from './results';
import type { RowId } from './rowId';
import type { Span, Unit } from './rowSpec';
import { goalNeeds } from './goalNeeds';
import { planStatements } from './planStatements';
import type { Year } from './years';

/** One of the plan's goals as the Nyckeltal sheet computes it: which rows hold its value, margins and verdict. */
export type GoalDefinition = {
  readonly id: string;
  readonly kind: Goal['kind'];
  readonly label: string;
  /** A few words for a tile on a projector: "Resultat 1–3 %". */
  readonly shortLabel: string;
  readonly requirement: string;
  readonly valueRow: RowId;
  readonly valueUnit: Unit;
  readonly marginRow: RowId;
  readonly marginUnit: Unit;
  readonly marginMnkrRow?: RowId;
  /** Decimals the goal's value is shown with: a figure in mnkr as the plan prints its resultatbudget. */
  readonly valueDecimals: number;
  /** Decimals of a margin in mnkr: as the plan prints its resultatbudget (Sjöbo in tenths, Norrbotten whole). */
  readonly mnkrDecimals: number;
  readonly metRow: RowId;
  /** A per-year figure shown beside a goal that is judged over several years together. */
  readonly perYearRow?: RowId;
  /** The years the goal is judged in: every modelled year, the balance years, or one cell over a period. */
  readonly span: Span;
  /** The years a goal judged over a period covers (`average`). */
  readonly period?: readonly Year[];
  readonly source: Goal['source'];
  /** What the plan lacks for this goal, in Swedish, with how to add it; the goal then has no rows. */
  readonly missing?: string;
};

export type GoalYear = {
  readonly year: Year;
  readonly value: number | undefined;
  readonly margin: number | undefined;
  readonly marginMnkr: number | undefined;
  /** `undefined` where the goal is not judged that year (no balansbudget in the kalkyl years). */
  readonly met: boolean | undefined;
  readonly perYear: number | undefined;
};

export type GoalStatus = GoalDefinition & { readonly years: readonly GoalYear[] };

export const sv = (value: number): string => String(value).replace('.', ',').replace('-', '−');

const RESULT_LABELS: Readonly<Record<Extract<Goal, { kind: 'resultatandel' }>['row'], string>> = {
  verksamhetens_resultat: 'Verksamhetens resultat',
  resultat_efter_finansiella_poster: 'Resultat efter finansiella poster',
  arets_resultat: 'Årets resultat',
  balanskravsresultat: 'Balanskravsresultat',
};

const range = (min: number, max: number | undefined, unit: string) =>
  max === undefined ? `minst ${sv(min)} ${unit}` : `${sv(min)}–${sv(max)} ${unit}`;
const periodText = (years: readonly Year[]) =>
  years.length > 1 ? `${years[0] ?? ''}–${years.at(-1) ?? ''}` : String(years[0] ?? '');

/** The goal's own words, or the tool's from its kind and limits. */
const wording = (goal: Goal, period: readonly Year[] | undefined) => {
  const over = period ? ` i genomsnitt ${periodText(period)}` : '';
  switch (goal.kind) {
    case 'balanskrav':
      return {
        label: 'Balanskravet',
        short: 'Balanskrav',
        requirement: `Balanskravsresultat minst ${sv(goal.min ?? 0)} mnkr`,
      };
    case 'resultatandel':
      return {
        label: RESULT_LABELS[goal.row],
        short: `Resultat ${goal.max === undefined ? `≥ ${sv(goal.min)}` : `${sv(goal.min)}–${sv(goal.max)}`} %`,
        requirement: `${range(goal.min, goal.max, '%')} av skatt, statsbidrag och utjämning${over}`,
      };
    case 'soliditet':
      return {
        label: `Soliditet (${goal.model})`,
        short: `Soliditet ≥ ${sv(goal.min)} %`,
        requirement: `Minst ${sv(goal.min)} %${goal.model === 'fullfondering' ? ' inklusive ansvarsförbindelsen' : ''}`,
      };
    case 'sjalvfinansieringsgrad':
      return {
        label: 'Självfinansieringsgrad',
        short: `Självfinans. ≥ ${sv(goal.min)} %`,
        requirement: `Minst ${sv(goal.min)} %${over}`,
      };
    case 'skuldandel':
      return {
        label: goal.debt === 'langfristiga' ? 'Långfristiga skulder' : 'Skulder',
        short: `Skulder ≤ ${sv(goal.max)} %`,
        requirement: `Högst ${sv(goal.max)} % av skatt, statsbidrag och utjämning`,
      };
  }
};

/** The row ids of a goal's figures: `mal_<id>`, `mal_<id>_marginal`, … */
export const goalRowIds = (id: string) =>
  ({
    value: `mal_${id}`,
    margin: `mal_${id}_marginal`,
    marginMnkr: `mal_${id}_marginal_mnkr`,
    met: `mal_${id}_uppfyllt`,
    perYear: `mal_${id}_per_ar`,
    min: `mal_${id}_min`,
    max: `mal_${id}_max`,
  }) as const satisfies Readonly<Record<string, RowId>>;

const definitionsMemo = new WeakMap<Plan, readonly GoalDefinition[]>();

/**
 * The plan's own financial goals, worded with its own limits and years. A goal whose figures the plan does
 * not publish (soliditet without a balansbudget) is kept, with `missing` saying what to add.
 */
export const goalDefinitions = (plan: Plan): readonly GoalDefinition[] => {
  const known = definitionsMemo.get(plan);
  if (known) return known;
  const mnkrDecimals = planStatements(plan).resultatbudget?.decimals ?? 0;
  const definitions = plan.goals.map((goal): GoalDefinition => {
    const needs = goalNeeds(plan, goal);
    const words = wording(goal, needs.period);
    const ids = goalRowIds(goal.id);
    const mnkrMargin = goal.kind !== 'balanskrav';
    return {
      id: goal.id,
      kind: goal.kind,
      label: goal.label ?? words.label,
      shortLabel: goal.shortLabel ?? words.short,
      requirement: words.requirement,
      valueRow: ids.value,
      valueUnit: goal.kind === 'balanskrav' ? 'mnkr' : 'procent',
      marginRow: ids.margin,
      marginUnit: goal.kind === 'balanskrav' ? 'mnkr' : 'procentenheter',
      ...(mnkrMargin ? { marginMnkrRow: ids.marginMnkr } : {}),
      valueDecimals: goal.kind === 'balanskrav' ? mnkrDecimals : 1,
      mnkrDecimals,
      metRow: ids.met,
      ...(needs.period ? { perYearRow: ids.perYear, period: needs.period } : {}),
      span: needs.span,
      source: goal.source,
      ...(needs.missing ? { missing: needs.missing } : {}),
    };
  });
  definitionsMemo.set(plan, definitions);
  return definitions;
};

/**
 * Reads each goal's verdict, value and margins per year from computed results. Nothing is computed here:
 * the Nyckeltal formulas decide, so the formula bar can show why.
 */
export const evaluateGoals = (plan: Plan, results: Results): readonly GoalStatus[] =>
  goalDefinitions(plan).map((goal) => ({
    ...goal,
    years: results.years.map((year) => ({
      year,
      value: numberAt(results, goal.valueRow, year),
      margin: numberAt(results, goal.marginRow, year),
      marginMnkr: goal.marginMnkrRow ? numberAt(results, goal.marginMnkrRow, year) : undefined,
      met: flagAt(results, goal.metRow, year),
      perYear: goal.perYearRow ? numberAt(results, goal.perYearRow, year) : undefined,
    })),
  }));

/** True when a goal's verdict cell holds a formula error rather than yes/no. */
export const goalHasProblem = (results: Results, goal: GoalDefinition, year: Year): boolean => {
  const cell = cellAt(results, goal.metRow, year);
  return cell !== null && typeof cell === 'object';
};
