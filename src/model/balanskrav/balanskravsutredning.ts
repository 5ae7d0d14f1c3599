import Decimal from 'decimal.js';
import {
  openingState,
  restoreYear,
  waitingAmount,
  type EarlierDeficit,
  type RestorationState,
  type RestorationYear,
  type SynnerligaSkal,
} from './aterstallande';
import { mnkrText } from './belopp';
import { lagensRegler, type Balanskravsregler } from './regler';
import {
  largestReservation,
  largestUse,
  type LargestReservation,
  type LargestUse,
  type Riktlinjer,
} from './resultatreserv';

/**
 * One year of the balanskravsutredning as a plan (or a scenario) gives it. Amounts in mnkr; `adjustments`
 * signed as they enter the sum (realisationsvinster negative, a reversed unrealised loss positive), as the
 * plan prints them; planned reservation and use as positive amounts.
 */
export type BalanskravsarInput = {
  readonly year: number;
  readonly aretsResultat: Decimal.Value;
  readonly adjustments: readonly { readonly id: string; readonly amount: Decimal.Value }[];
  /** Skatteintäkter + generella statsbidrag och utjämning. */
  readonly skatterOchBidrag: Decimal.Value;
  /** Eget kapital including the pension ansvarsförbindelse is negative this year. */
  readonly negativeEquity: boolean;
  readonly plannedReservation?: Decimal.Value;
  readonly plannedUse?: Decimal.Value;
};

export type BalanskravsInput = {
  readonly years: readonly BalanskravsarInput[];
  /** The reserve's balance at the start of the first year (an older resultatutjämningsreserv included). */
  readonly reserveOpening: Decimal.Value;
  /** Eget kapital at the start of the first year. */
  readonly egetKapitalOpening: Decimal.Value;
  readonly earlierDeficits: readonly EarlierDeficit[];
  readonly decisions: readonly SynnerligaSkal[];
  readonly riktlinjer?: Riktlinjer;
  /** The rules for a year; the law's by default. */
  readonly rules?: (year: number) => Balanskravsregler;
};

export type Balanskravsar = {
  readonly year: number;
  readonly resultatEfterBalanskravsjusteringar: Decimal;
  readonly largestReservation: LargestReservation;
  /** The lawful reservation: the plan's, cut to the largest allowed. */
  readonly reservation: Decimal;
  readonly refusedReservation: Decimal;
  readonly largestUse: LargestUse;
  readonly use: Decimal;
  readonly refusedUse: Decimal;
  readonly balanskravsresultat: Decimal;
  readonly reserveClosing: Decimal;
  /** Eget kapital at the year's end, and its parts: the reserve and the rest. */
  readonly egetKapital: { readonly total: Decimal; readonly reserve: Decimal; readonly other: Decimal };
  readonly restoration: RestorationYear;
  readonly messages: readonly string[];
};

type Carry = { reserve: Decimal; other: Decimal; total: Decimal; ledger: RestorationState };

const refusal = (what: string, planned: Decimal, allowed: Decimal, why: string): string[] =>
  planned.greaterThan(allowed)
    ? [`${what} på ${mnkrText(planned)} avvisas utöver ${mnkrText(allowed)}: ${why}`]
    : [];

/** Eget kapital's parts after the year: a reserve move shifts between the parts, årets resultat adds to the whole. */
const equityAfter = (carry: Carry, aretsResultat: Decimal.Value, reservation: Decimal, use: Decimal) => ({
  reserve: carry.reserve.plus(reservation).minus(use),
  other: carry.other.plus(aretsResultat).minus(reservation).plus(use),
  total: carry.total.plus(aretsResultat),
});

const yearOf = (input: BalanskravsarInput, carry: Carry, all: BalanskravsInput): [Balanskravsar, Carry] => {
  const rules = (all.rules ?? lagensRegler)(input.year);
  const efter = input.adjustments.reduce((sum, a) => sum.plus(a.amount), new Decimal(input.aretsResultat));
  const common = {
    year: input.year,
    resultatEfterBalanskravsjusteringar: efter,
    skatterOchBidrag: input.skatterOchBidrag,
  };
  const useLimit = largestUse({ ...common, reserveOpening: carry.reserve }, rules, all.riktlinjer);
  const plannedUse = new Decimal(input.plannedUse ?? 0);
  const use = Decimal.min(plannedUse, useLimit.amount);
  const reservationLimit = largestReservation(
    {
      ...common,
      aretsResultat: input.aretsResultat,
      negativeEquity: input.negativeEquity,
      reserveOpening: carry.reserve.minus(use),
      waitingDeficits: waitingAmount(carry.ledger),
    },
    rules,
    all.riktlinjer,
  );
  const plannedReservation = new Decimal(input.plannedReservation ?? 0);
  const reservation = Decimal.min(plannedReservation, reservationLimit.amount);
  const balanskravsresultat = efter.minus(reservation).plus(use);
  const step = restoreYear(
    carry.ledger,
    input.year,
    balanskravsresultat,
    all.decisions,
    rules.restoreYears.value,
  );
  const { reserve, other, total } = equityAfter(carry, input.aretsResultat, reservation, use);
  const messages = [
    ...refusal(`Reserveringen ${input.year}`, plannedReservation, reservation, reservationLimit.text),
    ...refusal(`Användningen ${input.year}`, plannedUse, use, useLimit.text),
    ...step.year.messages,
  ];
  const result: Balanskravsar = {
    year: input.year,
    resultatEfterBalanskravsjusteringar: efter,
    largestReservation: reservationLimit,
    reservation,
    refusedReservation: plannedReservation.minus(reservation),
    largestUse: useLimit,
    use,
    refusedUse: plannedUse.minus(use),
    balanskravsresultat,
    reserveClosing: reserve,
    egetKapital: { total, reserve, other },
    restoration: step.year,
    messages,
  };
  return [result, { reserve, other, total, ledger: step.state }];
};

/**
 * The balanskravsutredning year by year: årets resultat with its balanskravsjusteringar, the reservation to
 * and use of the reserve cut to what the law and the riktlinjer allow, the balanskravsresultat, the reserve's
 * balance inside eget kapital, and the återställande ledger with its flags and Swedish messages.
 *
 * @example
 *   // Sjöbo 2024: −26,1 + 7,5 from the reserve = −18,6; the reserve 84,8 → 77,3
 *   const [y] = balanskravsutredning({ years: [{ year: 2024, aretsResultat: -26.1, adjustments: [],
 *     skatterOchBidrag: 1322.3, negativeEquity: false, plannedUse: 7.5 }], reserveOpening: 84.8,
 *     egetKapitalOpening: 639.7, earlierDeficits: [{ year: 2023, amount: 4.8 }], decisions: [] });
 *   y?.balanskravsresultat.toString(); // "-18.6"
 */
export const balanskravsutredning = (input: BalanskravsInput): Balanskravsar[] => {
  const first = input.years[0]?.year ?? 0;
  if (input.earlierDeficits.some((e) => e.year >= first))
    throw new RangeError('Ett tidigare underskott måste höra till ett år före planens första år');
  const restoreYears = (input.rules ?? lagensRegler)(first).restoreYears.value;
  const reserve = new Decimal(input.reserveOpening);
  const total = new Decimal(input.egetKapitalOpening);
  let carry: Carry = {
    reserve,
    total,
    other: total.minus(reserve),
    ledger: openingState(input.earlierDeficits, input.decisions, restoreYears),
  };
  return input.years.map((year, index) => {
    if (year.year !== first + index) throw new RangeError('Åren måste följa på varandra');
    const [result, next] = yearOf(year, carry, input);
    carry = next;
    return result;
  });
};
