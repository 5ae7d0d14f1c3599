import type { Plan } from './planSchema';
import { cellAt, flagAt, numberAt, type Results } from './results';
import type { Unit } from './rowSpec';
import type { Year } from './years';

export const GOAL_IDS = ['balanskrav', 'verksamhetensResultat', 'soliditet', 'sjalvfinansiering'] as const;
export type GoalId = (typeof GOAL_IDS)[number];

/** One goal as the Nyckeltal sheet computes it: which rows hold its value, margins and verdict. */
export type GoalDefinition = {
  readonly id: GoalId;
  readonly label: string;
  /** A few words for a tile on a projector: "Resultat 1–3 %". */
  readonly shortLabel: string;
  readonly requirement: string;
  readonly valueRow: string;
  readonly valueUnit: Unit;
  readonly marginRow: string;
  readonly marginUnit: Unit;
  readonly marginMnkrRow?: string;
  readonly metRow: string;
  /** A per-year figure shown beside a goal that is judged over the plan period. */
  readonly perYearRow?: string;
  readonly source: string;
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

const sv = (value: number) => String(value).replace('.', ',');

/** The plan's three financial goals and balanskravet, worded with the plan's own limits. */
export const goalDefinitions = (plan: Plan): readonly GoalDefinition[] => {
  const g = plan.goals;
  const period = `${g.sjalvfinansieringsgrad.years[0] ?? ''}–${g.sjalvfinansieringsgrad.years.at(-1) ?? ''}`;
  return [
    {
      id: 'balanskrav',
      label: 'Balanskravet',
      shortLabel: 'Balanskrav',
      requirement: `Balanskravsresultat minst ${sv(g.balanskrav.min)} mnkr`,
      valueRow: 'balanskravsresultat',
      valueUnit: 'mnkr',
      marginRow: 'balanskrav_marginal',
      marginUnit: 'mnkr',
      metRow: 'balanskrav_uppfyllt',
      source: 'Kommunallagen 11 kap.',
    },
    {
      id: 'verksamhetensResultat',
      label: 'Verksamhetens resultat',
      shortLabel: `Resultat ${sv(g.verksamhetensResultat.min)}–${sv(g.verksamhetensResultat.max)} %`,
      requirement: `${sv(g.verksamhetensResultat.min)}–${sv(g.verksamhetensResultat.max)} % av skatt, statsbidrag och utjämning`,
      valueRow: 'verksamhetens_resultat_andel',
      valueUnit: 'procent',
      marginRow: 'vr_marginal',
      marginUnit: 'procentenheter',
      marginMnkrRow: 'vr_marginal_mnkr',
      metRow: 'vr_uppfyllt',
      source: 'Finansiellt mål 1',
    },
    {
      id: 'soliditet',
      label: 'Soliditet (fullfondering)',
      shortLabel: `Soliditet ≥ ${sv(g.soliditetFullfondering.min)} %`,
      requirement: `Minst ${sv(g.soliditetFullfondering.min)} % inklusive ansvarsförbindelsen`,
      valueRow: 'soliditet_fullfondering',
      valueUnit: 'procent',
      marginRow: 'soliditet_marginal',
      marginUnit: 'procentenheter',
      marginMnkrRow: 'soliditet_marginal_mnkr',
      metRow: 'soliditet_uppfyllt',
      source: 'Finansiellt mål 2',
    },
    {
      id: 'sjalvfinansiering',
      label: 'Självfinansieringsgrad',
      shortLabel: `Självfinans. ≥ ${sv(g.sjalvfinansieringsgrad.min)} %`,
      requirement: `Minst ${sv(g.sjalvfinansieringsgrad.min)} % i genomsnitt ${period}`,
      valueRow: 'sjalvfinansieringsgrad_planperiod',
      valueUnit: 'procent',
      marginRow: 'sjalvfinansiering_marginal',
      marginUnit: 'procentenheter',
      marginMnkrRow: 'sjalvfinansiering_marginal_mnkr',
      metRow: 'sjalvfinansiering_uppfyllt',
      perYearRow: 'sjalvfinansieringsgrad',
      source: 'Finansiellt mål 3',
    },
  ];
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
