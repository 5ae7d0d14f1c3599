import Decimal from 'decimal.js';
import type { RestorationState } from './aterstallande';
import { mnkrText } from './belopp';
import { RESULTATRESERV_REGLER, RUR_REGLER, type Balanskravsregler, type ReserveId } from './regler';
import { largestUse, type LargestUse, type Riktlinjer } from './resultatreserv';

/** A value for each reserve. */
export type PerReserve<T> = { readonly [K in ReserveId]: T };

/** What one year hands the next: the reserves, the rest of eget kapital, its total and the ledger. */
export type Carry = {
  readonly reserves: PerReserve<Decimal>;
  readonly other: Decimal;
  readonly total: Decimal;
  readonly ledger: RestorationState;
};

/** A planned amount above the allowed one, as the message that refuses the excess. */
export const refusal = (what: string, planned: Decimal, allowed: Decimal, why: string): string[] =>
  planned.greaterThan(allowed)
    ? [`${what} på ${mnkrText(planned)} avvisas utöver ${mnkrText(allowed)}: ${why}`]
    : [];

/** The rules a reserve is used under: an older RUR always under its own (SKR 25 oktober 2023). */
const rulesOfUse = (id: ReserveId, rules: Balanskravsregler): Balanskravsregler =>
  id === 'resultatutjamningsreserv'
    ? RUR_REGLER
    : rules.reserve === 'resultatreserv'
      ? rules
      : RESULTATRESERV_REGLER;

type UseYear = {
  readonly year: number;
  readonly skatterOchBidrag: Decimal.Value;
  readonly plannedUse?: Partial<PerReserve<Decimal.Value>>;
};

const drawOne = (
  id: ReserveId,
  input: UseYear,
  covered: Decimal,
  opening: Decimal,
  rules: Balanskravsregler,
  riktlinjer: Riktlinjer | undefined,
) => {
  const own = rulesOfUse(id, rules);
  const largest = largestUse(
    {
      year: input.year,
      resultatEfterBalanskravsjusteringar: covered,
      skatterOchBidrag: input.skatterOchBidrag,
      reserveOpening: opening,
    },
    own,
    riktlinjer,
  );
  const planned = new Decimal(input.plannedUse?.[id] ?? 0);
  const use = Decimal.min(planned, largest.amount);
  return {
    largest,
    use,
    refused: planned.minus(use),
    messages: refusal(`Användningen ${input.year} ur ${own.reserveName}`, planned, use, largest.text),
  };
};

export type Uses = {
  readonly largest: PerReserve<LargestUse>;
  readonly use: PerReserve<Decimal>;
  readonly refused: PerReserve<Decimal>;
  readonly messages: readonly string[];
};

/**
 * Each reserve's use in a year, cut to what its rules and riktlinjer allow, the older resultatutjämningsreserv
 * first (it is the one being phased out); both together at most to a balanskravsresultat of zero.
 *
 * @example
 *   // −26,1 to cover, 7,5 planned from the RUR: 7,5 used, then at most 18,6 more from the resultatreserv
 *   usesOf({ year: 2024, skatterOchBidrag: 1322.3, plannedUse: { resultatutjamningsreserv: 7.5 } }, new Decimal('-26.1'),
 *     { resultatutjamningsreserv: new Decimal('84.8'), resultatreserv: new Decimal(30) }, RESULTATRESERV_REGLER, undefined)
 *     .largest.resultatreserv.amount.toString(); // "18.6"
 */
export const usesOf = (
  input: UseYear,
  efter: Decimal,
  reserves: PerReserve<Decimal>,
  rules: Balanskravsregler,
  riktlinjer: Partial<PerReserve<Riktlinjer>> | undefined,
): Uses => {
  const older = drawOne(
    'resultatutjamningsreserv',
    input,
    efter,
    reserves.resultatutjamningsreserv,
    rules,
    riktlinjer?.resultatutjamningsreserv,
  );
  const newer = drawOne(
    'resultatreserv',
    input,
    efter.plus(older.use),
    reserves.resultatreserv,
    rules,
    riktlinjer?.resultatreserv,
  );
  return {
    largest: { resultatutjamningsreserv: older.largest, resultatreserv: newer.largest },
    use: { resultatutjamningsreserv: older.use, resultatreserv: newer.use },
    refused: { resultatutjamningsreserv: older.refused, resultatreserv: newer.refused },
    messages: [...older.messages, ...newer.messages],
  };
};

/**
 * Eget kapital's parts after the year: a reserve move shifts money between the parts, årets resultat adds to
 * the whole.
 *
 * @example
 *   // 100 in eget kapital, 20 of it in the RUR; result −5, 3 used from the RUR: total 95, RUR 17, rest 78
 *   equityAfter({ reserves: { resultatutjamningsreserv: new Decimal(20), resultatreserv: new Decimal(0) },
 *     other: new Decimal(80), total: new Decimal(100), ledger: { deficits: [] } }, -5, 'resultatreserv', new Decimal(0),
 *     { resultatutjamningsreserv: new Decimal(3), resultatreserv: new Decimal(0) }).other.toString(); // "78"
 */
export const equityAfter = (
  carry: Carry,
  aretsResultat: Decimal.Value,
  into: ReserveId,
  reservation: Decimal,
  use: PerReserve<Decimal>,
) => {
  const moved = reservation.minus(use.resultatreserv).minus(use.resultatutjamningsreserv);
  const after = (id: ReserveId) => carry.reserves[id].minus(use[id]).plus(id === into ? reservation : 0);
  return {
    reserves: {
      resultatutjamningsreserv: after('resultatutjamningsreserv'),
      resultatreserv: after('resultatreserv'),
    },
    other: carry.other.plus(aretsResultat).minus(moved),
    total: carry.total.plus(aretsResultat),
  };
};
