import Decimal from 'decimal.js';
import { minDecimal, mnkrText } from './belopp';

/** A deficit from before the plan's first year that is still to restore (a plan input), in mnkr, positive. */
export type EarlierDeficit = { readonly year: number; readonly amount: Decimal.Value };

/**
 * Fullmäktige's decision that (part of) a year's negative balanskravsresultat shall not be restored, for
 * synnerliga skäl (kommunallagen 11 kap. 13 §, BALANSKRAV.md). `amount` absent: the whole deficit.
 */
export type SynnerligaSkal = {
  readonly year: number;
  readonly amount?: Decimal.Value;
  readonly reason: string;
};

/** One deficit as the ledger carries it (amounts positive). */
export type Deficit = {
  readonly year: number;
  readonly amount: Decimal;
  /** The part lifted by a decision on synnerliga skäl, and its reason. */
  readonly lifted: Decimal;
  readonly reason?: string;
  readonly restored: Decimal;
  readonly left: Decimal;
  /** The last year by the end of which it must be restored. */
  readonly deadline: number;
  readonly beforePlan: boolean;
};

export type DeficitStatus = Deficit & {
  /** `aterstalld`: nothing left; `pagar`: left, deadline not passed; `forsenad`: left after its deadline. */
  readonly status: 'aterstalld' | 'pagar' | 'forsenad';
  readonly text: string;
};

export type RestorationYear = {
  readonly year: number;
  readonly balanskravsresultat: Decimal;
  /** What this year's positive balanskravsresultat restored of earlier deficits. */
  readonly restoredThisYear: Decimal;
  /** What is left to restore at the end of the year, over all deficits. */
  readonly left: Decimal;
  readonly deficits: readonly DeficitStatus[];
  /** A deficit is left at the year's end: fullmäktige must adopt a plan for restoring it. */
  readonly atgardsplanKravs: boolean;
  /** A deficit is left after its deadline. */
  readonly aterstallsInteITid: boolean;
  readonly messages: readonly string[];
};

const ZERO = new Decimal(0);

const newDeficit = (
  year: number,
  amount: Decimal,
  beforePlan: boolean,
  restoreYears: number,
  decisions: readonly SynnerligaSkal[],
): Deficit => {
  const decision = decisions.find((d) => d.year === year);
  const lifted = decision === undefined ? ZERO : minDecimal(new Decimal(decision.amount ?? amount), amount);
  const base = {
    year,
    amount,
    lifted,
    restored: ZERO,
    left: amount.minus(lifted),
    deadline: year + restoreYears,
    beforePlan,
  };
  return decision === undefined ? base : { ...base, reason: decision.reason };
};

/** Restores deficits oldest first from a surplus; returns the deficits after and what was used. */
const restoreOldestFirst = (deficits: readonly Deficit[], surplus: Decimal): [Deficit[], Decimal] => {
  let rest = surplus;
  const after = [...deficits]
    .sort((a, b) => a.year - b.year)
    .map((d) => {
      const used = minDecimal(d.left, rest);
      rest = rest.minus(used);
      return used.isZero() ? d : { ...d, restored: d.restored.plus(used), left: d.left.minus(used) };
    });
  return [after, surplus.minus(rest)];
};

const statusOf = (d: Deficit, year: number, decimals?: number): DeficitStatus => {
  const mnkr = (amount: Decimal) => mnkrText(amount, decimals);
  const owed = d.amount.minus(d.lifted);
  const lift = d.lifted.isZero()
    ? ''
    : `; ${mnkr(d.lifted)} återställs inte av synnerliga skäl (${d.reason ?? ''})`;
  if (d.left.isZero() && d.restored.isZero())
    return {
      ...d,
      status: 'aterstalld',
      text: `Underskottet ${d.year} på ${mnkr(d.amount)} återställs inte: synnerliga skäl (${d.reason ?? ''})`,
    };
  if (d.left.isZero())
    return {
      ...d,
      status: 'aterstalld',
      text: `Underskottet ${d.year} på ${mnkr(d.amount)} är återställt${lift}`,
    };
  if (year >= d.deadline)
    return {
      ...d,
      status: 'forsenad',
      text: `Underskottet ${d.year} återställs inte i tid: ${mnkr(d.left)} återstår efter ${d.deadline}${lift}`,
    };
  const text = d.left.equals(d.amount)
    ? `Underskottet ${d.year} på ${mnkr(owed)} ska återställas senast ${d.deadline}${lift}`
    : `Av underskottet ${d.year} återstår ${mnkr(d.left)} att återställa senast ${d.deadline}${lift}`;
  return { ...d, status: 'pagar', text };
};

/** The ledger's state between years: every deficit met so far. */
export type RestorationState = { readonly deficits: readonly Deficit[] };

/**
 * The state before the plan's first year: the earlier deficits still to restore, each with its deadline
 * (`restoreYears` after its year) and any decision on synnerliga skäl.
 *
 * @example
 *   openingState([{ year: 2023, amount: 4.8 }], [], 3).deficits[0]?.deadline; // 2026
 */
export const openingState = (
  earlier: readonly EarlierDeficit[],
  decisions: readonly SynnerligaSkal[],
  restoreYears: number,
): RestorationState => ({
  deficits: earlier.map((e) => newDeficit(e.year, new Decimal(e.amount), true, restoreYears, decisions)),
});

/** What waits to be restored in a state. */
export const waitingAmount = (state: RestorationState): Decimal =>
  state.deficits.reduce((sum, d) => sum.plus(d.left), ZERO);

/**
 * One year of the ledger: a positive balanskravsresultat restores waiting deficits oldest first (a deficit
 * past its deadline still waits, flagged); a negative one becomes a deficit due `restoreYears` later, less
 * what a decision on synnerliga skäl lifts.
 *
 * @example
 *   const s = openingState([], [], 3);
 *   const y = restoreYear(s, 2025, new Decimal('-18.6'), [], 3).year;
 *   y.deficits[0]?.text; // "Underskottet 2025 på 18,6 mnkr ska återställas senast 2028"
 *   y.atgardsplanKravs; // true
 */
export const restoreYear = (
  state: RestorationState,
  year: number,
  balanskravsresultat: Decimal,
  decisions: readonly SynnerligaSkal[],
  restoreYears: number,
  decimals?: number,
): { state: RestorationState; year: RestorationYear } => {
  const surplus = balanskravsresultat.greaterThan(0) ? balanskravsresultat : ZERO;
  const [restored, used] = restoreOldestFirst(state.deficits, surplus);
  const deficits = balanskravsresultat.isNegative()
    ? [...restored, newDeficit(year, balanskravsresultat.negated(), false, restoreYears, decisions)]
    : restored;
  const statuses = deficits.map((d) => statusOf(d, year, decimals));
  const left = deficits.reduce((sum, d) => sum.plus(d.left), ZERO);
  const atgardsplanKravs = left.greaterThan(0);
  const aterstallsInteITid = statuses.some((d) => d.status === 'forsenad');
  const flags = [
    ...(atgardsplanKravs ? ['Åtgärdsplan krävs'] : []),
    ...(aterstallsInteITid ? ['Återställs inte i tid'] : []),
  ];
  const messages = [...flags, ...statuses.map((d) => d.text)];
  return {
    state: { deficits: deficits.filter((d) => d.left.greaterThan(0)) },
    year: {
      year,
      balanskravsresultat,
      restoredThisYear: used,
      left,
      deficits: statuses,
      atgardsplanKravs,
      aterstallsInteITid,
      messages,
    },
  };
};

/**
 * The återställande ledger over a plan's years (consecutive, ascending): per year what is left to restore, by
 * when, and the flags "åtgärdsplan krävs" and "återställs inte i tid".
 *
 * @example
 *   // Sjöbo: 4,8 left from 2023, −18,6 in 2024, +40,0 in 2025 restores both
 *   const years = aterstallande([{ year: 2024, balanskravsresultat: -18.6 }, { year: 2025, balanskravsresultat: 40 }],
 *     { earlier: [{ year: 2023, amount: 4.8 }], decisions: [], restoreYears: 3 });
 *   years[1]?.restoredThisYear.toString(); // "23.4"
 */
export const aterstallande = (
  years: readonly { readonly year: number; readonly balanskravsresultat: Decimal.Value }[],
  options: {
    readonly earlier: readonly EarlierDeficit[];
    readonly decisions: readonly SynnerligaSkal[];
    readonly restoreYears: number;
    /** Decimals of the amounts in the texts: as the plan prints them; exact when absent. */
    readonly decimals?: number;
  },
): RestorationYear[] => {
  const first = years[0]?.year;
  if (first !== undefined && options.earlier.some((e) => e.year >= first))
    throw new RangeError('Ett tidigare underskott måste höra till ett år före planens första år');
  let state = openingState(options.earlier, options.decisions, options.restoreYears);
  return years.map((y, index) => {
    if (first !== undefined && y.year !== first + index) throw new RangeError('Åren måste följa på varandra');
    const step = restoreYear(
      state,
      y.year,
      new Decimal(y.balanskravsresultat),
      options.decisions,
      options.restoreYears,
      options.decimals,
    );
    state = step.state;
    return step.year;
  });
};
