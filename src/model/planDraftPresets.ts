import type { DraftGoal, OrganisationKind, PlanDraft } from './planDraft';
import { emptyStatement } from './planDraft';
import type { Goal } from './planSchema';

/**
 * What the "Ny plan" page suggests for a region or a kommun: the name of the price index, the population
 * date convention, and goals that plans of that kind commonly state. These are suggestions the person
 * ticks and edits, saved as their own entry ("inmatad av användaren"), never as a published figure.
 */
export type GoalPreset = {
  readonly id: string;
  /** What the suggestion is, on the page. */
  readonly label: string;
  readonly kind: Exclude<Goal['kind'], 'balanskrav'>;
  readonly min: number;
  readonly max?: number;
  /** The unit of the thresholds, as the page shows it. */
  readonly unit: '%';
  /** The fixed fields of the goal this becomes (row, model, definition, debt). */
  readonly fields: Readonly<Record<string, string>>;
};

/** A range outside which a typed figure is questioned before it is taken: a slip, not a decision. */
export type PlausibleRange = { readonly min: number; readonly max: number; readonly reason: string };

export type KindPreset = {
  /** Skattesats in kr per 100 kr: Swedish kommuner's rates lie around 17–24 kr, regions' around 10–12,5 kr. */
  readonly skattesats: PlausibleRange;
  readonly prisindexName: string;
  readonly prisindexLabel: string;
  readonly befolkningDate: string;
  readonly goals: readonly GoalPreset[];
};

const soliditet: GoalPreset = {
  id: 'soliditet',
  label: 'Soliditet inklusive pensionsförpliktelser (fullfondering), minst',
  kind: 'soliditet',
  min: 15,
  unit: '%',
  fields: { model: 'fullfondering' },
};
const sjalvfinansiering: GoalPreset = {
  id: 'sjalvfinansiering',
  label: 'Självfinansieringsgrad av investeringarna (kassaflöde), minst',
  kind: 'sjalvfinansieringsgrad',
  min: 100,
  unit: '%',
  fields: { definition: 'kassaflode' },
};

export const KIND_PRESETS: Readonly<Record<OrganisationKind, KindPreset>> = {
  region: {
    skattesats: { min: 9, max: 14, reason: 'regionernas skattesatser ligger mellan 10 och 12,5 kr' },
    prisindexName: 'LPIK',
    prisindexLabel: 'LPIK (landstingsprisindex, uppräkning av ramar)',
    befolkningDate: '1 november året innan',
    goals: [
      {
        id: 'resultat',
        label: 'Resultat i procent av skatteintäkter, statsbidrag och utjämning, mellan',
        kind: 'resultatandel',
        min: 1,
        max: 3,
        unit: '%',
        fields: { row: 'arets_resultat' },
      },
      soliditet,
      sjalvfinansiering,
    ],
  },
  kommun: {
    skattesats: { min: 15, max: 26, reason: 'kommunernas skattesatser ligger mellan 17 och 24 kr' },
    prisindexName: 'Pris- och lönekompensation',
    prisindexLabel: 'Pris- och lönekompensation (PKV, uppräkning av ramar)',
    befolkningDate: '1 november året innan',
    goals: [
      {
        id: 'resultat',
        label: 'Resultat i procent av skatteintäkter, statsbidrag och utjämning, minst',
        kind: 'resultatandel',
        min: 2,
        unit: '%',
        fields: { row: 'arets_resultat' },
      },
      soliditet,
      sjalvfinansiering,
    ],
  },
};

/** Ranges for the other drivers, the same for every kind. */
export const DRIVER_RANGES = {
  avskrivningstid: { min: 3, max: 60, reason: 'en genomsnittlig avskrivningstid ligger mellan 3 och 60 år' },
  befolkning: {
    min: 200,
    max: 3_000_000,
    reason: 'Sveriges kommuner och regioner har 2 000–2,5 miljoner invånare',
  },
} as const satisfies Readonly<Record<string, PlausibleRange>>;

const svNumber = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','));

/** The goal suggestions of a kind, none ticked, with their thresholds as editable text. */
export const presetGoals = (kind: OrganisationKind): DraftGoal[] =>
  KIND_PRESETS[kind].goals.map((goal) => ({
    preset: goal.id,
    chosen: false,
    min: svNumber(goal.min),
    max: svNumber(goal.max),
  }));

/** An empty draft for a kind, its presets filled in. */
export const newDraft = (kind: OrganisationKind = 'kommun'): PlanDraft => ({
  organisation: { name: '', kind, code: '' },
  planName: '',
  decidedBy: '',
  decidedWhen: '',
  years: { firstBudget: String(new Date().getFullYear() + 1), budget: 3, kalkyl: 0, history: 0 },
  statements: { resultatbudget: emptyStatement() },
  pending: [],
  drivers: {
    skattesats: {},
    skattesatsDocument: '',
    skattesatsSection: '',
    befolkning: {},
    befolkningDate: KIND_PRESETS[kind].befolkningDate,
    prisindexName: KIND_PRESETS[kind].prisindexName,
    prisindexLabel: KIND_PRESETS[kind].prisindexLabel,
    prisindex: {},
    skatteunderlag: {},
    investeringar: {},
    avskrivningstid: '',
    effekt: '',
  },
  goals: presetGoals(kind),
});

/**
 * The draft with another kind: the index name, date and goal suggestions follow the kind, unless the
 * person already changed them from the old kind's presets.
 */
export const withKind = (draft: PlanDraft, kind: OrganisationKind): PlanDraft => {
  const old = KIND_PRESETS[draft.organisation.kind];
  const next = KIND_PRESETS[kind];
  const keep = (value: string, before: string, after: string) => (value === before ? after : value);
  const d = draft.drivers;
  const untouched = draft.goals.every((goal) => !goal.chosen);
  return {
    ...draft,
    organisation: { ...draft.organisation, kind },
    drivers: {
      ...d,
      prisindexName: keep(d.prisindexName, old.prisindexName, next.prisindexName),
      prisindexLabel: keep(d.prisindexLabel, old.prisindexLabel, next.prisindexLabel),
      befolkningDate: keep(d.befolkningDate, old.befolkningDate, next.befolkningDate),
    },
    goals: untouched ? presetGoals(kind) : draft.goals,
  };
};

export const goalPreset = (kind: OrganisationKind, id: string): GoalPreset | undefined =>
  KIND_PRESETS[kind].goals.find((goal) => goal.id === id);
