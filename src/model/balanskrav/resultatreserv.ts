import Decimal from 'decimal.js';
import { atLeastZero, minDecimal, mnkrText } from './belopp';
import type { Balanskravsregler } from './regler';

/**
 * The organisation's own riktlinjer för resultatreserven (part of its riktlinjer för god ekonomisk
 * hushållning): plan parameters, not law. The law only bounds them (prop. 2022/23:119; SKR 2023: the
 * riktlinjer say when to reserve, how the reserve may be used and on what conditions).
 */
export type Riktlinjer = {
  readonly reservation?: {
    /** `false`: the riktlinjer allow no reservation. */
    readonly allowed?: boolean;
    /** An own threshold share of skatteintäkter + generella statsbidrag och utjämning, used where above the law's. */
    readonly thresholdShare?: Decimal.Value;
  };
  readonly use?: {
    /** The years the riktlinjer allow use (e.g. those with skatteunderlag growth below its ten-year average). */
    readonly years?: readonly number[];
    /** The most that may be used in one year, in mnkr. */
    readonly maxPerYear?: Decimal.Value;
    /** The most that may be used in one year, as a share of skatteintäkter + generella statsbidrag och utjämning. */
    readonly maxShare?: Decimal.Value;
  };
  /** Where the riktlinjer are published (a decision by fullmäktige), shown with every limit they set. */
  readonly source: string;
};

/** A year's figures the reservation rule reads (amounts in mnkr, positive = surplus). */
export type ReservationBasis = {
  readonly year: number;
  readonly aretsResultat: Decimal.Value;
  readonly resultatEfterBalanskravsjusteringar: Decimal.Value;
  /** Skatteintäkter + generella statsbidrag och utjämning. */
  readonly skatterOchBidrag: Decimal.Value;
  /** Eget kapital including the pension ansvarsförbindelse is negative: the higher threshold applies. */
  readonly negativeEquity: boolean;
  /** The reserve's balance at the start of the year (everything that counts towards the cap). */
  readonly reserveOpening: Decimal.Value;
  /** Deficits waiting to be restored at the start of the year (after any synnerliga skäl). */
  readonly waitingDeficits: Decimal.Value;
};

export type ReservationLimit = 'troskel' | 'underskott' | 'tak' | 'riktlinjer';

export type LargestReservation = {
  readonly amount: Decimal;
  readonly threshold: Decimal;
  /** The cap's room left (cap − opening balance, at least 0); `null` where the regime has no cap. */
  readonly capRoom: Decimal | null;
  /** What bounds the amount: the threshold, a waiting deficit, the cap or the riktlinjer. */
  readonly limit: ReservationLimit;
  readonly text: string;
};

const REASON: Readonly<Record<ReservationLimit, (threshold: string, reserve: string) => string>> = {
  troskel: (threshold) => `den del av resultatet som överstiger gränsvärdet ${threshold}`,
  underskott: () => 'resten av resultatet återställer tidigare underskott',
  tak: (_, reserve) => `${reserve} når sitt tak`,
  riktlinjer: () => 'riktlinjerna',
};

const NONE: Readonly<Record<ReservationLimit, string>> = {
  troskel: 'resultatet överstiger inte gränsvärdet',
  underskott: 'ett underskott väntar på att återställas',
  tak: 'reserven har nått sitt tak',
  riktlinjer: 'riktlinjerna tillåter ingen reservering',
};

const limitText = (
  limit: ReservationLimit,
  year: number,
  rules: Balanskravsregler,
  amount: Decimal,
  threshold: Decimal,
) =>
  amount.isZero()
    ? `Ingen reservering ${year}: ${NONE[limit]}`
    : `Högst ${mnkrText(amount)} får reserveras till ${rules.reserveName} ${year}: ${REASON[limit](mnkrText(threshold), rules.reserveName)}`;

/**
 * The largest reservation the law and the riktlinjer allow in a year: the part of the lower of årets resultat
 * and årets resultat efter balanskravsjusteringar above the threshold share (2 % rather than 1 % with negative
 * eget kapital including the ansvarsförbindelse) of skatteintäkter + generella statsbidrag och utjämning, less
 * every deficit still to restore, and no more than the room the cap leaves.
 *
 * @example
 *   // Malmö 2015: 540 − 1 % of 16 200 − 193 waiting from 2014 = 185 (no cap before 2024)
 *   largestReservation({ year: 2015, aretsResultat: 563, resultatEfterBalanskravsjusteringar: 540,
 *     skatterOchBidrag: 16200, negativeEquity: false, reserveOpening: 0, waitingDeficits: 193 },
 *     RUR_REGLER).amount.toString(); // "185"
 */
export const largestReservation = (
  basis: ReservationBasis,
  rules: Balanskravsregler,
  riktlinjer?: Riktlinjer,
): LargestReservation => {
  const base = new Decimal(basis.skatterOchBidrag);
  const lawShare = basis.negativeEquity ? rules.thresholdNegativeEquity.value : rules.threshold.value;
  const ownShare = riktlinjer?.reservation?.thresholdShare;
  const share = ownShare !== undefined && lawShare.lessThan(ownShare) ? new Decimal(ownShare) : lawShare;
  const threshold = base.times(share);
  const result = minDecimal(
    new Decimal(basis.aretsResultat),
    new Decimal(basis.resultatEfterBalanskravsjusteringar),
  );
  const overThreshold = result.minus(threshold);
  const waiting = rules.reservationAfterRestoring.value ? new Decimal(basis.waitingDeficits) : new Decimal(0);
  const afterRestoring = overThreshold.minus(waiting);
  const cap = rules.capShare.value;
  const capRoom = cap === null ? null : atLeastZero(base.times(cap).minus(basis.reserveOpening));
  const candidates: [ReservationLimit, Decimal][] = [
    ['troskel', overThreshold],
    ['underskott', afterRestoring],
  ];
  if (capRoom !== null) candidates.push(['tak', capRoom]);
  if (riktlinjer?.reservation?.allowed === false) candidates.push(['riktlinjer', new Decimal(0)]);
  const [limit, least] = candidates.reduce((a, b) => (b[1].lessThan(a[1]) ? b : a));
  const amount = atLeastZero(least);
  return { amount, threshold, capRoom, limit, text: limitText(limit, basis.year, rules, amount, threshold) };
};

/** A year's figures the use rule reads. */
export type UseBasis = {
  readonly year: number;
  readonly resultatEfterBalanskravsjusteringar: Decimal.Value;
  readonly skatterOchBidrag: Decimal.Value;
  /** The reserve's balance before the year's use. */
  readonly reserveOpening: Decimal.Value;
};

export type UseLimit = 'saldo' | 'noll' | 'riktlinjer_ar' | 'riktlinjer_belopp';

export type LargestUse = { readonly amount: Decimal; readonly limit: UseLimit; readonly text: string };

const anvandningText = (limit: UseLimit, year: number, rules: Balanskravsregler, amount: Decimal): string => {
  if (limit === 'riktlinjer_ar') return `Riktlinjerna tillåter inte att ${rules.reserveName} används ${year}`;
  const most = `Högst ${mnkrText(amount)} får användas ur ${rules.reserveName} ${year}`;
  if (limit === 'noll') return `${most}: så mycket behövs för ett balanskravsresultat på noll`;
  if (limit === 'riktlinjer_belopp') return `${most} enligt riktlinjerna`;
  return `${most}: så mycket finns i reserven`;
};

/**
 * The most of the reserve that may be used in a year: what it holds, at most what brings the
 * balanskravsresultat up to zero (where the rules say so), and within the riktlinjer's years and amounts.
 *
 * @example
 *   // Sjöbo 2024: −26,1 after balanskravsjusteringar, 84,8 in the reserve: up to 26,1 may be used
 *   largestUse({ year: 2024, resultatEfterBalanskravsjusteringar: -26.1, skatterOchBidrag: 1322.3,
 *     reserveOpening: 84.8 }, RESULTATRESERV_REGLER).amount.toString(); // "26.1"
 */
export const largestUse = (
  basis: UseBasis,
  rules: Balanskravsregler,
  riktlinjer?: Riktlinjer,
): LargestUse => {
  const own = riktlinjer?.use;
  if (own?.years !== undefined && !own.years.includes(basis.year))
    return {
      amount: new Decimal(0),
      limit: 'riktlinjer_ar',
      text: anvandningText('riktlinjer_ar', basis.year, rules, new Decimal(0)),
    };
  const candidates: [UseLimit, Decimal][] = [['saldo', atLeastZero(new Decimal(basis.reserveOpening))]];
  if (rules.useAtMostToZero.value)
    candidates.push(['noll', atLeastZero(new Decimal(basis.resultatEfterBalanskravsjusteringar).negated())]);
  if (own?.maxPerYear !== undefined) candidates.push(['riktlinjer_belopp', new Decimal(own.maxPerYear)]);
  if (own?.maxShare !== undefined)
    candidates.push(['riktlinjer_belopp', new Decimal(basis.skatterOchBidrag).times(own.maxShare)]);
  const [limit, amount] = candidates.reduce((a, b) => (b[1].lessThan(a[1]) ? b : a));
  return { amount, limit, text: anvandningText(limit, basis.year, rules, amount) };
};
