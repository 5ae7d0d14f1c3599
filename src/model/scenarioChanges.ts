import type { Year } from './years';

/** Whether a frame change adds cost or income; amounts are positive for "more" of either. */
export const FRAME_CHANGE_KINDS = ['kostnad', 'intakt'] as const;
export type FrameChangeKind = (typeof FRAME_CHANGE_KINDS)[number];

/**
 * A ramförändring: the form in which politicians write proposals ("Kollektivtrafiken +50 Mkr/år").
 * `amounts` are mnkr per year; a kostnad of +50 lowers verksamhetens kostnader by 50 (costs are negative),
 * an intäkt of −11 lowers verksamhetens intäkter by 11.
 */
export type FrameChange = {
  readonly id: string;
  readonly name: string;
  readonly namnd: string;
  readonly kind: FrameChangeKind;
  readonly active: boolean;
  readonly amounts: Readonly<Record<string, number>>;
  readonly note?: string;
};

/**
 * What a scenario changes against the plan, and nothing else (ARCHITECTURE.md, "The one idea").
 * `inputs[inputId][year]` replaces the plan's value of an Antaganden input for that year.
 */
export type ScenarioChanges = {
  readonly inputs: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly frameChanges: readonly FrameChange[];
};

export const NO_CHANGES: ScenarioChanges = Object.freeze({
  inputs: Object.freeze({}),
  frameChanges: Object.freeze([]),
});

/** The scenario's value of an input in a year, or `undefined` when the scenario keeps the plan's value. */
/**
 * How many changes a scenario makes: one per input and year, one per frame change.
 *
 * @example
 *   changeCount({ inputs: { skattesats: { '2025': 11.44, '2026': 11.44 } }, frameChanges: [] }); // 2
 */
export const changeCount = (changes: ScenarioChanges): number =>
  Object.values(changes.inputs).reduce((n, years) => n + Object.keys(years).length, 0) +
  changes.frameChanges.length;

export const changedInput = (changes: ScenarioChanges, inputId: string, year: Year): number | undefined =>
  changes.inputs[inputId]?.[String(year)];
