import { PLAN_YEAR_LIMITS, type StatementKind } from './planSchema';

/**
 * A plan being entered on the "Ny plan" page, as the person typed it: every figure is kept as the text they
 * typed or pasted, so a cell that is not a number stays on screen with its message and is never taken
 * (planDraftPlan reads the numbers through the one Swedish parser). The draft is plain data: it is stored
 * as it is while the person works, and becomes a plan file only through parsePlan.
 */
export type DraftCells = Readonly<Record<string, string>>;

/** A row the plan prints that is not a standard row: a line in a standard sum, or a "varav" of a row. */
export type DraftOwnRow = {
  readonly id: string;
  readonly label: string;
  readonly kind: 'line' | 'varav';
  /** For a line: the standard sum it enters (`in`); for a varav: the row it is part of (`of[0]`). */
  readonly parent: string;
};

export type DraftStatement = {
  /** Row id → year → the text typed or pasted. */
  readonly cells: Readonly<Record<string, DraftCells>>;
  /** The plan's printed label of a standard row, where it differs from the standard one. */
  readonly labels: Readonly<Record<string, string>>;
  readonly own: readonly DraftOwnRow[];
};

/** A pasted row whose label matched no standard row, or only closely: it waits for the person's decision. */
export type PendingRow = {
  readonly key: string;
  readonly statement: StatementKind;
  readonly label: string;
  readonly cells: DraftCells;
  /** A close standard match to confirm. */
  readonly suggestion?: string;
  /** The matched row pasted just above it: a "varav" belongs to it. */
  readonly after?: string;
};

export type DraftGoal = {
  readonly preset: string;
  readonly chosen: boolean;
  readonly min: string;
  readonly max: string;
};

export type OrganisationKind = 'region' | 'kommun';

export type DraftDrivers = {
  readonly skattesats: DraftCells;
  readonly skattesatsDocument: string;
  readonly skattesatsSection: string;
  readonly befolkning: DraftCells;
  readonly befolkningDate: string;
  readonly prisindexName: string;
  readonly prisindexLabel: string;
  readonly prisindex: DraftCells;
  readonly skatteunderlag: DraftCells;
  readonly investeringar: DraftCells;
  readonly avskrivningstid: string;
  readonly effekt: string;
};

export type PlanDraft = {
  readonly organisation: { readonly name: string; readonly kind: OrganisationKind; readonly code: string };
  readonly planName: string;
  readonly decidedBy: string;
  readonly decidedWhen: string;
  /** The first budget year as typed, and how many budget, kalkyl and history years. */
  readonly years: {
    readonly firstBudget: string;
    readonly budget: number;
    readonly kalkyl: number;
    readonly history: number;
  };
  readonly statements: Readonly<Partial<Record<StatementKind, DraftStatement>>> & {
    readonly resultatbudget: DraftStatement;
  };
  readonly pending: readonly PendingRow[];
  readonly drivers: DraftDrivers;
  readonly goals: readonly DraftGoal[];
  /** Questions about implausible figures the person answered "Ja, det stämmer" (by question key). */
  readonly confirmed?: readonly string[];
};

export const emptyStatement = (): DraftStatement => ({ cells: {}, labels: {}, own: [] });

/** The years of a draft, or what is wrong with the year fields (field → Swedish message). */
export type DraftYears =
  | {
      readonly ok: true;
      readonly base: number;
      readonly history: readonly number[];
      readonly budget: readonly number[];
      readonly kalkyl: readonly number[];
      /** Every column of the statements: history, budget, kalkyl. */
      readonly columns: readonly number[];
      /** The years the model runs: budget and kalkyl. */
      readonly modelled: readonly number[];
    }
  | { readonly ok: false; readonly problems: Readonly<Record<string, string>> };

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * The draft's years: the first budget year and the counts give base (the year before), history (the years
 * just before the first budget year), budget and kalkyl years.
 *
 * @example
 *   draftYears({ ...draft, years: { firstBudget: '2024', budget: 4, kalkyl: 0, history: 2 } });
 *   // { ok: true, base: 2023, history: [2022, 2023], budget: [2024, …, 2027], kalkyl: [], … }
 */
export const draftYears = (draft: Pick<PlanDraft, 'years'>): DraftYears => {
  const { firstBudget, budget, kalkyl, history } = draft.years;
  const problems: Record<string, string> = {};
  const first = /^\s*\d{4}\s*$/.test(firstBudget) ? Number(firstBudget) : NaN;
  if (!Number.isInteger(first) || first < 1901 || first > 2190)
    problems.firstBudget = 'Skriv första budgetåret med fyra siffror, till exempel 2025.';
  const { budget: b, kalkyl: k, horizon } = PLAN_YEAR_LIMITS;
  if (!Number.isInteger(budget) || budget < b.min || budget > b.max)
    problems.budget = `Välj ${b.min}–${b.max} budgetår.`;
  if (!Number.isInteger(kalkyl) || kalkyl < 0 || kalkyl > k.max)
    problems.kalkyl = `Välj 0–${k.max} kalkylår.`;
  else if (budget + kalkyl > horizon)
    problems.kalkyl = `Högst ${horizon} budget- och kalkylår tillsammans (nu ${budget + kalkyl}).`;
  if (!Number.isInteger(history) || history < 0 || history > PLAN_YEAR_LIMITS.history)
    problems.history = `Välj 0–${PLAN_YEAR_LIMITS.history} historiska år.`;
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const budgetList = range(first, budget);
  const kalkylList = range(first + budget, kalkyl);
  const historyList = range(first - history, history);
  return {
    ok: true,
    base: first - 1,
    history: historyList,
    budget: budgetList,
    kalkyl: kalkylList,
    columns: [...historyList, ...budgetList, ...kalkylList],
    modelled: [...budgetList, ...kalkylList],
  };
};

const NAME_HINT: Readonly<Record<OrganisationKind, string>> = {
  kommun: 'kommunens namn och ”kommun”',
  region: '”Region” och regionens namn',
};

/** An example plan name from the draft's own years ("Budget 2024 med plan 2025–2027"), none without years. */
const planNameExample = (draft: PlanDraft): string => {
  const years = draftYears(draft);
  if (!years.ok) return '';
  const [first, ...rest] = years.modelled;
  const last = rest.at(-1);
  if (first === undefined) return '';
  const plan = last === undefined ? '' : ` med plan ${rest.length === 1 ? last : `${rest[0]}–${last}`}`;
  return `, till exempel Budget ${first}${plan}`;
};

/** What is wrong with the organisation and plan fields (field → Swedish message). */
export const organisationProblems = (draft: PlanDraft): Readonly<Record<string, string>> => {
  const problems: Record<string, string> = {};
  const name = draft.organisation.name.trim();
  if (name === '')
    problems.name = `Skriv organisationens namn, som det står i planen (${NAME_HINT[draft.organisation.kind]}).`;
  else if (name.length > 120) problems.name = 'Högst 120 tecken.';
  if (draft.organisation.code.trim() !== '' && !/^\d{2,4}$/.test(draft.organisation.code.trim()))
    problems.code = 'Koden är två till fyra siffror (kommunkod 1265, regionkod 25), eller tom.';
  const plan = draft.planName.trim();
  if (plan === '')
    problems.planName = `Skriv planens namn, som det står på dokumentet${planNameExample(draft)}.`;
  else if (plan.length > 200) problems.planName = 'Högst 200 tecken.';
  if (`${draft.decidedBy} ${draft.decidedWhen}`.trim().length > 200) problems.decided = 'Högst 200 tecken.';
  return problems;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTextRecord = (value: unknown): boolean =>
  isRecord(value) && Object.values(value).every((text) => typeof text === 'string');
const isStatement = (value: unknown): boolean =>
  isRecord(value) &&
  isRecord(value.cells) &&
  Object.values(value.cells).every(isTextRecord) &&
  isTextRecord(value.labels) &&
  Array.isArray(value.own);

/**
 * A stored draft read back, or `undefined` when it is not one (another version, damaged): the page then
 * starts empty rather than failing. Checks the shape the page relies on, not the figures (they are text).
 *
 * @example
 *   readDraft(await draftStore.load()) ?? newDraft();
 */
export const readDraft = (value: unknown): PlanDraft | undefined => {
  if (!isRecord(value) || !isRecord(value.organisation) || !isRecord(value.years)) return undefined;
  if (!isRecord(value.statements) || !isStatement(value.statements.resultatbudget)) return undefined;
  if (!Object.values(value.statements).every(isStatement)) return undefined;
  if (!isRecord(value.drivers) || !Array.isArray(value.pending) || !Array.isArray(value.goals))
    return undefined;
  return value as PlanDraft;
};
