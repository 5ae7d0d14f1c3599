import type { Plan } from './planSchema';
import type { Year } from './years';

/** The workbook's sheets, in the order a reader meets them. */
export const STATEMENT_SHEETS = [
  'Antaganden',
  'Resultatbudget',
  'Balansbudget',
  'Finansieringsbudget',
  'Nyckeltal',
  'Plan',
] as const;
export type StatementSheet = (typeof STATEMENT_SHEETS)[number];
export const FRAME_CHANGE_SHEET = 'Ramförändringar';
export type SheetName = StatementSheet | typeof FRAME_CHANGE_SHEET;

export type Unit =
  'mnkr' | 'kr' | 'procent' | 'procentenheter' | 'invanare' | 'ar' | 'faktor' | 'andel' | 'janej';

/** A unit as the app names it beside a row ("invånare", "%"). */
export const UNIT_NAMES: Readonly<Record<Unit, string>> = {
  mnkr: 'mnkr',
  kr: 'kr',
  procent: '%',
  procentenheter: 'procentenheter',
  invanare: 'invånare',
  ar: 'år',
  faktor: 'faktor',
  andel: 'andel',
  janej: 'ja/nej',
};

/**
 * Decimals a unit is shown with (on screen, in print and in an Excel export): whole mnkr as the plan prints
 * them, percent to a tenth, the rate in öre. A row may ask for its own (`RowSpec.decimals`).
 */
export const UNIT_DECIMALS: Readonly<Record<Unit, number>> = {
  mnkr: 0,
  kr: 2,
  procent: 1,
  procentenheter: 1,
  invanare: 0,
  ar: 0,
  faktor: 4,
  andel: 3,
  janej: 0,
};

/**
 * Which year columns a row has a cell in: every year, the budget years (balans- and finansieringsbudget are
 * published for those only), only the first budget year (a figure "for 2025" over the plan period), years
 * after a given one (depreciation of one year's investments), or one year-less cell (a constant).
 */
export type Span =
  | 'all'
  | 'budget'
  | 'first'
  | 'scalar'
  | { readonly after: Year }
  /** Exactly these years (history columns included): a published row with the years the plan prints. */
  | { readonly years: readonly Year[] };

/** How a formula names other cells: through named expressions, so a person can read it. */
export type FormulaContext = {
  readonly plan: Plan;
  /** The modelled years (budget and kalkyl). */
  readonly years: readonly Year[];
  readonly budgetYears: readonly Year[];
  readonly first: Year;
  /** The name of row `id`'s cell in `year` (omit the year for a scalar), e.g. `Skattesats_2025`. */
  readonly ref: (id: string, year?: Year) => string;
  /** Whether row `id` has a cell in `year` (a published row may lack a year the plan does not print). */
  readonly has: (id: string, year: Year) => boolean;
};

type RowBase = {
  /** Stable id used by the UI, charts, CLI, export and tests. Never reused for another meaning. */
  readonly id: string;
  /** Stem of the named expressions, e.g. `Skatteintäkter` → `Skatteintäkter_2025`. */
  readonly name: string;
  readonly label: string;
  readonly unit: Unit;
  readonly sheet: StatementSheet;
  readonly span: Span;
  /** What the figure means, in Swedish, for the formula bar. */
  readonly definition: string;
  /** Where the figure or the relation comes from: a plan section, SKR, DOMAIN.md. */
  readonly source: string;
  readonly section?: string;
  readonly emphasis?: 'subtotal' | 'total';
  /** Decimals to show where the unit's default hides the value (4,0 mnkr per 100 invånare). */
  readonly decimals?: number;
};

/** A closed range of values in a row's unit. */
export type ValueRange = { readonly min: number; readonly max: number };

/**
 * Where a value is plausible in a year, derived from the plan's own figures (befolkning ±5 % of that year's
 * plan value, skattesats ±2 kr), and why, in Swedish. A value outside is asked about before it is taken, not
 * refused: the bounds refuse, this range questions (issue 12 §2).
 */
export type Plausibility = {
  readonly range: (year: Year) => ValueRange;
  readonly reason: string;
};

/**
 * What reading a typed value for one cell needs (see interpretCellInput). Relative input: a leading `+`, `öre`,
 * `p.e.` or a signed `%` on an amount always means "change by"; a leading minus means "change by" where the
 * value cannot be negative (`bounds.min >= 0`: befolkning, skattesats, investeringar) and a negative value
 * where it can (LPIK −1,3). `relative: false` (a frame change's amount) takes every sign as the value itself.
 */
export type ValueSpec = {
  readonly label: string;
  readonly unit: Unit;
  /** Smallest and largest value the model accepts (a skattesats of 0 or a negative population is not a budget). */
  readonly bounds: ValueRange;
  readonly plausible: Plausibility;
  readonly relative?: false;
};

/** A value typed in Antaganden: the plan's value unless the scenario changes it. */
export type InputRow = RowBase &
  ValueSpec & {
    readonly kind: 'input';
    readonly planValue: (year: Year) => number;
  };

/** A published plan value the scenario cannot change, kept to measure changes against. */
export type PlanConstantRow = RowBase & { readonly kind: 'plan'; readonly planValue: (year: Year) => number };

/** A computed figure: a HyperFormula formula built from named cells. */
export type FormulaRow = RowBase & {
  readonly kind: 'formula';
  readonly formula: (year: Year, f: FormulaContext) => string;
};

export type RowSpec = InputRow | PlanConstantRow | FormulaRow;

/** The row's years among the model's years. */
export const yearsOf = (
  span: Span,
  years: readonly Year[],
  budgetYears: readonly Year[],
): readonly Year[] => {
  if (span === 'all') return years;
  if (span === 'budget') return budgetYears;
  if (span === 'first' || span === 'scalar') return budgetYears.slice(0, 1);
  if ('years' in span) return span.years;
  return years.filter((year) => year > span.after);
};

/** The named expression of a row's cell: `Skattesats_2025`, or `Resultatkrav_procent` for a scalar. */
export const cellName = (row: Pick<RowSpec, 'name' | 'span'>, year: Year): string =>
  row.span === 'scalar' ? row.name : `${row.name}_${year}`;

/** A published value, or an error naming what is missing (parsePlan checks coverage, so this is a guard). */
export const published = (values: Readonly<Record<string, number>>, year: Year, what: string): number => {
  const value = values[String(year)];
  if (value === undefined) throw new Error(`Planen saknar ${what} för ${year}`);
  return value;
};

/** `=A_2025+B_2025+C_2025`: a subtotal of the listed rows that have a cell that year (`=0` when none has). */
export const sumOf =
  (...ids: readonly string[]) =>
  (year: Year, f: FormulaContext): string => {
    const parts = ids.filter((id) => f.has(id, year)).map((id) => f.ref(id, year));
    return parts.length === 0 ? '=0' : `=${parts.join('+')}`;
  };
