import Decimal from 'decimal.js';
import {
  openingState,
  restoreYear,
  waitingAmount,
  type EarlierDeficit,
  type RestorationYear,
  type SynnerligaSkal,
} from './aterstallande';
import { lagensRegler, type Balanskravsregler, type ReserveId } from './regler';
import { equityAfter, refusal, usesOf, type Carry, type PerReserve, type Uses } from './reservrorelser';
import {
  largestReservation,
  type LargestReservation,
  type LargestUse,
  type Riktlinjer,
} from './resultatreserv';

/**
 * One year of the balanskravsutredning as a plan (or a scenario) gives it. Amounts in mnkr; `adjustments`
 * signed as they enter the sum (realisationsvinster negative, a reversed unrealised loss positive), as the
 * plan prints them; planned reservation (to the year's reserve, `Balanskravsregler.reserve`) and use as
 * positive amounts.
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
  readonly plannedUse?: Partial<PerReserve<Decimal.Value>>;
};

export type BalanskravsInput = {
  readonly years: readonly BalanskravsarInput[];
  /** The reserves' balances at the start of the first year. */
  readonly reservesOpening: Partial<PerReserve<Decimal.Value>>;
  /** Eget kapital at the start of the first year. */
  readonly egetKapitalOpening: Decimal.Value;
  readonly earlierDeficits: readonly EarlierDeficit[];
  readonly decisions: readonly SynnerligaSkal[];
  readonly riktlinjer?: Partial<PerReserve<Riktlinjer>>;
  /** The rules for a year's reservation and cap; the law's by default. An older RUR is used under `RUR_REGLER`. */
  readonly rules?: (year: number) => Balanskravsregler;
};

export type Balanskravsar = {
  readonly year: number;
  readonly resultatEfterBalanskravsjusteringar: Decimal;
  /** The reserve this year's reservation goes to. */
  readonly reserve: ReserveId;
  readonly largestReservation: LargestReservation;
  /** The lawful reservation: the plan's, cut to the largest allowed. */
  readonly reservation: Decimal;
  readonly refusedReservation: Decimal;
  readonly largestUse: PerReserve<LargestUse>;
  readonly use: PerReserve<Decimal>;
  readonly refusedUse: PerReserve<Decimal>;
  readonly balanskravsresultat: Decimal;
  readonly reservesClosing: PerReserve<Decimal>;
  /** Eget kapital at the year's end, and its parts: the reserves and the rest. */
  readonly egetKapital: { readonly total: Decimal; readonly reserves: Decimal; readonly other: Decimal };
  readonly restoration: RestorationYear;
  readonly messages: readonly string[];
};

/** The year's largest reservation, read after the year's uses, and the plan's planned one. */
const reservationOf = (
  input: BalanskravsarInput,
  efter: Decimal,
  carry: Carry,
  uses: Uses,
  rules: Balanskravsregler,
  all: BalanskravsInput,
) => {
  const largest = largestReservation(
    {
      year: input.year,
      aretsResultat: input.aretsResultat,
      resultatEfterBalanskravsjusteringar: efter,
      skatterOchBidrag: input.skatterOchBidrag,
      negativeEquity: input.negativeEquity,
      reserveOpening: carry.reserves[rules.reserve].minus(uses.use[rules.reserve]),
      waitingDeficits: waitingAmount(carry.ledger),
    },
    rules,
    all.riktlinjer?.[rules.reserve],
  );
  return { largest, planned: new Decimal(input.plannedReservation ?? 0) };
};

const yearOf = (input: BalanskravsarInput, carry: Carry, all: BalanskravsInput): [Balanskravsar, Carry] => {
  const rules = (all.rules ?? lagensRegler)(input.year);
  const efter = input.adjustments.reduce((sum, a) => sum.plus(a.amount), new Decimal(input.aretsResultat));
  const uses = usesOf(input, efter, carry.reserves, rules, all.riktlinjer);
  const { largest, planned } = reservationOf(input, efter, carry, uses, rules, all);
  const reservation = Decimal.min(planned, largest.amount);
  const used = uses.use.resultatreserv.plus(uses.use.resultatutjamningsreserv);
  const balanskravsresultat = efter.minus(reservation).plus(used);
  const step = restoreYear(
    carry.ledger,
    input.year,
    balanskravsresultat,
    all.decisions,
    rules.restoreYears.value,
  );
  const next = equityAfter(carry, input.aretsResultat, rules.reserve, reservation, uses.use);
  const reserves = next.reserves.resultatreserv.plus(next.reserves.resultatutjamningsreserv);
  const result: Balanskravsar = {
    year: input.year,
    resultatEfterBalanskravsjusteringar: efter,
    reserve: rules.reserve,
    largestReservation: largest,
    reservation,
    refusedReservation: planned.minus(reservation),
    largestUse: uses.largest,
    use: uses.use,
    refusedUse: uses.refused,
    balanskravsresultat,
    reservesClosing: next.reserves,
    egetKapital: { total: next.total, reserves, other: next.other },
    restoration: step.year,
    messages: [
      ...refusal(`Reserveringen ${input.year}`, planned, reservation, largest.text),
      ...uses.messages,
      ...step.year.messages,
    ],
  };
  return [result, { ...next, ledger: step.state }];
};

/**
 * The balanskravsutredning year by year: årets resultat with its balanskravsjusteringar, the reservation to
 * and use of the reserves cut to what the law and the riktlinjer allow, the balanskravsresultat, the reserves'
 * balances inside eget kapital, and the återställande ledger with its flags and Swedish messages.
 *
 * @example
 *   // Sjöbo 2024: −26,1 + 7,5 from the resultatutjämningsreserv = −18,6; the reserve 84,8 → 77,3
 *   const [y] = balanskravsutredning({ years: [{ year: 2024, aretsResultat: -26.1, adjustments: [],
 *     skatterOchBidrag: 1322.3, negativeEquity: false, plannedUse: { resultatutjamningsreserv: 7.5 } }],
 *     reservesOpening: { resultatutjamningsreserv: 84.8 }, egetKapitalOpening: 651.5,
 *     earlierDeficits: [{ year: 2023, amount: 4.8 }], decisions: [] });
 *   y?.balanskravsresultat.toString(); // "-18.6"
 */
export const balanskravsutredning = (input: BalanskravsInput): Balanskravsar[] => {
  const first = input.years[0]?.year ?? 0;
  if (input.earlierDeficits.some((e) => e.year >= first))
    throw new RangeError('Ett tidigare underskott måste höra till ett år före planens första år');
  const restoreYears = (input.rules ?? lagensRegler)(first).restoreYears.value;
  const reserves = {
    resultatutjamningsreserv: new Decimal(input.reservesOpening.resultatutjamningsreserv ?? 0),
    resultatreserv: new Decimal(input.reservesOpening.resultatreserv ?? 0),
  };
  const total = new Decimal(input.egetKapitalOpening);
  let carry: Carry = {
    reserves,
    total,
    other: total.minus(reserves.resultatutjamningsreserv).minus(reserves.resultatreserv),
    ledger: openingState(input.earlierDeficits, input.decisions, restoreYears),
  };
  return input.years.map((year, index) => {
    if (year.year !== first + index) throw new RangeError('Åren måste följa på varandra');
    const [result, next] = yearOf(year, carry, input);
    carry = next;
    return result;
  });
};
