import type { GoalSeekInstrument, InstrumentKind } from '../../model/goalSeek';
import type { GoalSeekTarget } from '../../model/goalSeekTarget';
import { goalDefinitions, sv } from '../../model/goals';
import type { ModelRows } from '../../model/modelRows';
import type { Plan } from '../../model/planSchema';
import type { Year } from '../../model/years';
import type { RowId } from '../../model/rowId';

export type TargetKind = GoalSeekTarget['kind'];

/** What the form holds; the target and instrument are built from it when "Beräkna" is pressed. */
export type GoalSeekForm = {
  readonly target: TargetKind;
  /** The plan goal aimed at when `target` is `goal`. */
  readonly goalId: string;
  readonly withKalkyl: boolean;
  readonly rowId: string;
  readonly year: Year;
  readonly direction: 'minst' | 'högst';
  readonly value: number | undefined;
  readonly instrument: InstrumentKind;
  readonly fromYear: Year;
};

/** A choice of target: each of the plan's goals it has figures for, its resultatkrav, or any value. */
export type TargetChoice = { readonly key: string; readonly label: string; readonly perYear: boolean } & Pick<
  GoalSeekForm,
  'target' | 'goalId'
>;

/**
 * The targets offered for a plan: each goal it has figures for, its resultatkrav, "alla underskott återställda
 * senast" where it computes a balanskravsutredning (`hasAterstallande`), or any value.
 */
export const targetChoices = (plan: Plan, hasAterstallande = false): readonly TargetChoice[] => [
  ...goalDefinitions(plan)
    .filter((goal) => !goal.missing)
    .map((goal) => ({
      key: `goal:${goal.id}`,
      target: 'goal' as const,
      goalId: goal.id,
      label: `${goal.label}: ${goal.requirement}${goal.span === 'first' ? '' : ' varje år'}`,
      perYear: goal.span !== 'first',
    })),
  ...(plan.resultatkrav
    ? [
        {
          key: 'resultatkrav',
          target: 'resultatkrav' as const,
          goalId: '',
          label: `Balanskravsresultat minst resultatkravet ${sv(plan.resultatkrav.percent)} % varje år`,
          perYear: true,
        },
      ]
    : []),
  ...(hasAterstallande
    ? [
        {
          key: 'aterstallt',
          target: 'aterstallt' as const,
          goalId: '',
          label: 'Alla underskott återställda senast ett visst år',
          perYear: false,
        },
      ]
    : []),
  { key: 'value', target: 'value' as const, goalId: '', label: 'Ett värde ett visst år', perYear: false },
];

export const INSTRUMENT_LABELS: Readonly<Record<InstrumentKind, string>> = {
  skattesats: 'Skattesats (hela ören)',
  effektivisering: 'Effektiviseringskrav (hela mnkr per år)',
  investeringar: 'Investeringsnivå (hela procent)',
};

/** Rows a politician would aim at "as the plan had it"; `valueRowsOf` keeps those the plan has. */
const VALUE_ROWS = [
  'balanskravsresultat',
  'arets_resultat',
  'verksamhetens_resultat',
  'likvida_medel_slut',
  'soliditet_fullfondering',
] as const satisfies readonly RowId[];

export const valueRowsOf = (rows: Pick<ModelRows, 'byId'>): readonly string[] =>
  VALUE_ROWS.filter((id) => rows.byId.has(id));

/** The form's first target: the plan's first goal it has figures for (the balanskrav, which every plan has). */
export const firstTarget = (plan: Plan): Pick<GoalSeekForm, 'target' | 'goalId'> => {
  const first = targetChoices(plan)[0];
  return first ? { target: first.target, goalId: first.goalId } : { target: 'value', goalId: '' };
};

/** The target as the model takes it: year-based targets cover the budget years, optionally the kalkyl years. */
export const targetOf = (
  form: GoalSeekForm,
  budgetYears: readonly Year[],
  years: readonly Year[],
): GoalSeekTarget | undefined => {
  const span = form.withKalkyl ? years : budgetYears;
  switch (form.target) {
    case 'goal':
      return { kind: 'goal', goalId: form.goalId, years: span };
    case 'resultatkrav':
      return { kind: 'resultatkrav', years: span };
    case 'aterstallt':
      return { kind: 'aterstallt', year: form.year };
    case 'value':
      return form.value === undefined
        ? undefined
        : { kind: 'value', rowId: form.rowId, year: form.year, value: form.value, direction: form.direction };
  }
};

export const instrumentOf = (form: GoalSeekForm): GoalSeekInstrument =>
  form.instrument === 'investeringar'
    ? { kind: 'investeringar' }
    : { kind: form.instrument, fromYear: form.fromYear };
