import Decimal from 'decimal.js';

/**
 * The balanskrav's numbers as the law sets them, each with where it comes from, so that no threshold, share
 * or horizon is a literal in the logic (GUIDE: the plan is data). Two regimes: the resultatutjämningsreserv
 * (RUR) of 2013–2023 and the resultatreserv that replaced it from 1 januari 2024 (prop. 2022/23:119).
 * The sources are summarised in BALANSKRAV.md, with what the search could and could not confirm.
 */
export type Regel<T> = { readonly value: T; readonly source: string };

/** The two reserves: the resultatutjämningsreserv of 2013–2023 and the resultatreserv from 2024. */
export type ReserveId = 'resultatutjamningsreserv' | 'resultatreserv';

export type Balanskravsregler = {
  /** The reserve the regime's reservations go to, and the one its cap counts. */
  readonly reserve: ReserveId;
  /** The reserve's Swedish name in the definite form, as a sentence names it ("resultatreserven"). */
  readonly reserveName: string;
  /** Share of skatteintäkter + generella statsbidrag och utjämning the result must exceed before a reservation. */
  readonly threshold: Regel<Decimal>;
  /** The same share when eget kapital including the pension ansvarsförbindelse is negative. */
  readonly thresholdNegativeEquity: Regel<Decimal>;
  /** The reserve's largest total as a share of the same sum; `null` where the regime sets none. */
  readonly capShare: Regel<Decimal | null>;
  /** Years after a deficit's year within which it must be restored. */
  readonly restoreYears: Regel<number>;
  /** A reservation comes only from what is left after every waiting deficit is restored. */
  readonly reservationAfterRestoring: Regel<boolean>;
  /** The reserve is used at most to bring the year's balanskravsresultat up to zero. */
  readonly useAtMostToZero: Regel<boolean>;
};

const PROP_2022_23_119 = 'Prop. 2022/23:119 Effektiv ekonomistyrning i kommuner och regioner, avsnitt 5';
const SKR_2023 = 'SKR, Proposition: En effektiv ekonomistyrning i kommuner och regioner (1 juni 2023)';
const SKR_2023_BESLUT =
  'SKR, Proposition och beslut: En effektiv ekonomistyrning i kommuner och regioner (25 oktober 2023)';
const KL_12 =
  'Kommunallagen (2017:725) 11 kap. 12 §; prop. 2003/04:105 (fristen förlängd från två till tre år)';
const KL_RUR = 'Kommunallagen (2017:725) 11 kap. 14 § i lydelse t.o.m. 2023; prop. 2011/12:172';
const PRACTICE =
  'Praxis i balanskravsutredningar (Malmö stads årsredovisning 2015: 540 − 162 − 193 = 185 mnkr reserverades)';

/**
 * The resultatutjämningsreserv's rules, 2013–2023; an RUR still held from 2024 is used under them (SKR 25 oktober
 * 2023: the 5 % cap is the new reserve's and does not cover an RUR kept under the RUR rules).
 */
export const RUR_REGLER: Balanskravsregler = {
  reserve: 'resultatutjamningsreserv',
  reserveName: 'resultatutjämningsreserven',
  threshold: { value: new Decimal('0.01'), source: KL_RUR },
  thresholdNegativeEquity: { value: new Decimal('0.02'), source: KL_RUR },
  capShare: { value: null, source: `${KL_RUR} (inget tak i lagen)` },
  restoreYears: { value: 3, source: KL_12 },
  reservationAfterRestoring: { value: true, source: PRACTICE },
  useAtMostToZero: {
    value: true,
    source: `${KL_RUR}: medlen får användas för att utjämna intäkter över en konjunkturcykel; högst till noll enligt praxis`,
  },
};

/** The resultatreserv's rules from 1 januari 2024. */
export const RESULTATRESERV_REGLER: Balanskravsregler = {
  reserve: 'resultatreserv',
  reserveName: 'resultatreserven',
  threshold: { value: new Decimal('0.01'), source: `${PROP_2022_23_119}; ${SKR_2023}` },
  thresholdNegativeEquity: { value: new Decimal('0.02'), source: `${PROP_2022_23_119}; ${SKR_2023}` },
  capShare: {
    value: new Decimal('0.05'),
    source: `${PROP_2022_23_119}; ${SKR_2023_BESLUT} (taket gäller resultatreserven, inte en kvarvarande RUR)`,
  },
  restoreYears: { value: 3, source: KL_12 },
  reservationAfterRestoring: { value: true, source: PRACTICE },
  useAtMostToZero: {
    value: true,
    source: 'Antagande: som för resultatutjämningsreserven (ej bekräftat i lagtexten, se BALANSKRAV.md)',
  },
};

/** The year the resultatreserv replaced the resultatutjämningsreserv (prop. 2022/23:119). */
export const RESULTATRESERV_FROM_YEAR: Regel<number> = { value: 2024, source: PROP_2022_23_119 };

/**
 * The law's rules for a year: the resultatutjämningsreserv's before 2024, the resultatreserv's from 2024.
 *
 * @example
 *   lagensRegler(2023).capShare.value; // null
 *   lagensRegler(2024).capShare.value?.toString(); // "0.05"
 */
export const lagensRegler = (year: number): Balanskravsregler =>
  year < RESULTATRESERV_FROM_YEAR.value ? RUR_REGLER : RESULTATRESERV_REGLER;
