import type { GoalSeekInstrument, InstrumentKind } from '../../model/goalSeek';
import type { GoalSeekTarget } from '../../model/goalSeekTarget';
import type { Year } from '../../model/years';

export type TargetKind = GoalSeekTarget['kind'];

/** What the form holds; the target and instrument are built from it when "Beräkna" is pressed. */
export type GoalSeekForm = {
  readonly target: TargetKind;
  readonly withKalkyl: boolean;
  readonly rowId: string;
  readonly year: Year;
  readonly direction: 'minst' | 'högst';
  readonly value: number | undefined;
  readonly instrument: InstrumentKind;
  readonly fromYear: Year;
};

export const TARGET_LABELS: Readonly<Record<TargetKind, string>> = {
  balanskrav: 'Balanskravsresultat minst 0 varje år',
  resultatkrav: 'Balanskravsresultat minst resultatkravet 1 % varje år',
  verksamhetensResultat: 'Verksamhetens resultat minst 1 % varje år',
  sjalvfinansiering: 'Självfinansieringsgrad minst 60 % i genomsnitt för planperioden',
  value: 'Ett värde ett visst år',
};

export const INSTRUMENT_LABELS: Readonly<Record<InstrumentKind, string>> = {
  skattesats: 'Skattesats (hela ören)',
  effektivisering: 'Effektiviseringskrav (hela mnkr per år)',
  investeringar: 'Investeringsnivå (hela procent)',
};

/** Rows a politician would aim at "as the plan had it". */
export const VALUE_ROWS = [
  'balanskravsresultat',
  'arets_resultat',
  'verksamhetens_resultat',
  'likvida_medel_slut',
  'soliditet_fullfondering',
] as const;

/** The target as the model takes it: year-based targets cover the budget years, optionally the kalkyl years. */
export const targetOf = (
  form: GoalSeekForm,
  budgetYears: readonly Year[],
  years: readonly Year[],
): GoalSeekTarget | undefined => {
  const span = form.withKalkyl ? years : budgetYears;
  switch (form.target) {
    case 'balanskrav':
    case 'resultatkrav':
    case 'verksamhetensResultat':
      return { kind: form.target, years: span };
    case 'sjalvfinansiering':
      return { kind: 'sjalvfinansiering' };
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
