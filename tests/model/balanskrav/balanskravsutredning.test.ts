import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  balanskravsutredning,
  type BalanskravsarInput,
} from '../../../src/model/balanskrav/balanskravsutredning';

const NBSP = '\u00a0';

/**
 * Sjöbo kommun, Budget 2024 med plan 2025–2027 (finansiellinfo.se/Sjobo/Budget-2024, /work/shared/plans/README.md
 * §1a–1b). skatterOchBidrag = Skatteintäkter + Generella statsbidrag och utjämning as published:
 * 2023 951,2 + 311,2 = 1 262,4; 2024 995,3 + 327,0 = 1 322,3; 2025 1 042,8 + 324,4 = 1 367,2;
 * 2026 1 091,4 + 337,4 = 1 428,8; 2027 1 134,0 + 345,8 = 1 479,8. Realisationsvinster and the unrealised rows
 * are 0,0 in 2023–2027. Opening: RUR 99,4 and Summa eget kapital 670,9 (Bokslut 2022).
 */
const sjoboYear = (
  year: number,
  aretsResultat: string,
  skatt: string,
  bidrag: string,
  plannedUse?: string,
) => {
  const row: BalanskravsarInput = {
    year,
    aretsResultat,
    adjustments: [
      { id: 'realisationsvinster', amount: 0 },
      { id: 'orealiserade_vinster_vardepapper', amount: 0 },
    ],
    skatterOchBidrag: new Decimal(skatt).plus(bidrag),
    negativeEquity: false,
  };
  return plannedUse === undefined ? row : { ...row, plannedUse: { resultatutjamningsreserv: plannedUse } };
};

const sjobo = balanskravsutredning({
  years: [
    sjoboYear(2023, '-19.4', '951.2', '311.2', '14.6'),
    sjoboYear(2024, '-26.1', '995.3', '327.0', '7.5'),
    sjoboYear(2025, '40.0', '1042.8', '324.4'),
    sjoboYear(2026, '44.0', '1091.4', '337.4'),
    sjoboYear(2027, '38.0', '1134.0', '345.8'),
  ],
  reservesOpening: { resultatutjamningsreserv: '99.4' },
  egetKapitalOpening: '670.9',
  earlierDeficits: [],
  decisions: [],
});
const column = (pick: (y: (typeof sjobo)[number]) => { toString(): string }) =>
  sjobo.map((y) => pick(y).toString());

describe('Sjöbo’s published balanskrav rows are reproduced', () => {
  it('Bokslut 2022: 50,3 − 0,1 realisationsvinster + 9,5 unrealised = 59,7', () => {
    // Sjöbo prints the 9,5 write-down of financial assets as +9,5 ("Orealiserade vinster i värdepapper" [sic]).
    const [y2022] = balanskravsutredning({
      years: [
        {
          year: 2022,
          aretsResultat: '50.3',
          adjustments: [
            { id: 'realisationsvinster', amount: '-0.1' },
            { id: 'orealiserade_vinster_vardepapper', amount: '9.5' },
            { id: 'aterforing_orealiserade_forluster', amount: '0.0' },
          ],
          skatterOchBidrag: new Decimal('922.7').plus('325.0'),
          negativeEquity: false,
        },
      ],
      reservesOpening: { resultatutjamningsreserv: '99.4' },
      egetKapitalOpening: '620.6', // 670,9 at the end of 2022 − its result 50,3 (not read by this test)
      earlierDeficits: [],
      decisions: [],
    });
    expect(y2022?.resultatEfterBalanskravsjusteringar.toString()).toBe('59.7');
    expect(y2022?.balanskravsresultat.toString()).toBe('59.7');
  });

  it('Årets resultat efter balanskravsjusteringar and Årets balanskravsresultat', () => {
    expect(column((y) => y.resultatEfterBalanskravsjusteringar)).toEqual([
      '-19.4',
      '-26.1',
      '40',
      '44',
      '38',
    ]);
    // −19,4 + 14,6 = −4,8; −26,1 + 7,5 = −18,6; then the results as they are (nothing reserved or used)
    expect(column((y) => y.balanskravsresultat)).toEqual(['-4.8', '-18.6', '40', '44', '38']);
    expect(column((y) => y.use.resultatutjamningsreserv)).toEqual(['14.6', '7.5', '0', '0', '0']);
  });

  it('the resultatutjämningsreserv 99,4 → 84,8 → 77,3, then unchanged', () => {
    // 99,4 − 14,6 = 84,8; 84,8 − 7,5 = 77,3
    expect(column((y) => y.reservesClosing.resultatutjamningsreserv)).toEqual([
      '84.8',
      '77.3',
      '77.3',
      '77.3',
      '77.3',
    ]);
    expect(column((y) => y.reservesClosing.resultatreserv)).toEqual(['0', '0', '0', '0', '0']);
  });

  it('eget kapital as the balansbudget prints it from 2024', () => {
    // 670,9 − 19,4 − 26,1 = 625,4; + 40,0 = 665,4; + 44,0 = 709,4; + 38,0 = 747,4 (Summa eget kapital)
    expect(column((y) => y.egetKapital.total).slice(1)).toEqual(['625.4', '665.4', '709.4', '747.4']);
    // the rest of eget kapital = Resultat + Övrigt eget kapital: −26,1 + 574,2 = 548,1; 40,0 + 548,1 = 588,1
    expect(column((y) => y.egetKapital.other).slice(1, 3)).toEqual(['548.1', '588.1']);
  });

  it('the deficits of 2023 and 2024 are restored in 2025, in time', () => {
    expect(sjobo[1]?.restoration.messages).toEqual([
      'Åtgärdsplan krävs',
      `Underskottet 2023 på 4,8${NBSP}mnkr ska återställas senast 2026`,
      `Underskottet 2024 på 18,6${NBSP}mnkr ska återställas senast 2027`,
    ]);
    // 4,8 + 18,6 = 23,4 restored from 2025's 40,0
    expect(sjobo[2]?.restoration.restoredThisYear.toString()).toBe('23.4');
    expect(sjobo.map((y) => y.restoration.atgardsplanKravs)).toEqual([true, true, false, false, false]);
    expect(sjobo.some((y) => y.restoration.aterstallsInteITid)).toBe(false);
  });

  it('would allow a reservation to the new resultatreserv from 2025: the 5 % cap does not count the old RUR', () => {
    // SKR 25 oktober 2023: the cap is the resultatreserv's, not an RUR kept under the RUR rules.
    // 2025: 40,0 − 1 % of 1 367,2 (13,672) − 23,4 waiting = 2,928; cap 5 % of 1 367,2 = 68,36, nothing held
    // 2026: 44,0 − 14,288 = 29,712; cap 71,44.  2027: 38,0 − 14,798 = 23,202; cap 73,99.
    expect(
      sjobo
        .slice(2)
        .map((y) => [
          y.reserve,
          y.largestReservation.amount.toString(),
          y.largestReservation.limit,
          y.largestReservation.capRoom?.toString(),
        ]),
    ).toEqual([
      ['resultatreserv', '2.928', 'underskott', '68.36'],
      ['resultatreserv', '29.712', 'troskel', '71.44'],
      ['resultatreserv', '23.202', 'troskel', '73.99'],
    ]);
    // 2023 is under the resultatutjämningsreserv: its reservations go there, with no cap
    expect(sjobo[0]?.reserve).toBe('resultatutjamningsreserv');
    expect(sjobo[0]?.largestReservation.capRoom).toBeNull();
    // 2024's use of the RUR could have been 26,1 (to zero); 7,5 was planned
    expect(sjobo[1]?.largestUse.resultatutjamningsreserv.amount.toString()).toBe('26.1');
    // the RUR is used under its own rules from 2024 too, and named as itself
    expect(sjobo[1]?.largestUse.resultatutjamningsreserv.text).toBe(
      `Högst 26,1${NBSP}mnkr får användas ur resultatutjämningsreserven 2024: så mycket behövs för ett balanskravsresultat på noll`,
    );
  });
});

describe('Malmö 2014–2015: a deficit restored and the rest reserved', () => {
  // Malmö stad, årsredovisning 2014 and 2015 (balanskravsutredning): 2014 −149 with −56 realisationsvinster = −205,
  // 12 from the RUR → −193; 2015 563 with −23 = 540, 185 to the RUR → 355, of which 193 restores 2014.
  // 1 % of skatter och statsbidrag 2015 = 162, so 16 200. 2014's sum is not published and does not bind:
  // a negative year reserves nothing whatever the sum. The RUR's balance is not published either: 100 does
  // not bind (the 12 used is less).
  const run = (plannedReservation: number) =>
    balanskravsutredning({
      years: [
        {
          year: 2014,
          aretsResultat: -149,
          adjustments: [{ id: 'realisationsvinster', amount: -56 }],
          skatterOchBidrag: 16000,
          negativeEquity: false,
          plannedUse: { resultatutjamningsreserv: 12 },
        },
        {
          year: 2015,
          aretsResultat: 563,
          adjustments: [{ id: 'realisationsvinster', amount: -23 }],
          skatterOchBidrag: 16200,
          negativeEquity: false,
          plannedReservation,
        },
      ],
      reservesOpening: { resultatutjamningsreserv: 100 },
      egetKapitalOpening: 10000,
      earlierDeficits: [],
      decisions: [],
    });

  it('reproduces the published balanskravsresultat −193 and 355', () => {
    const [y2014, y2015] = run(185);
    expect(y2014?.resultatEfterBalanskravsjusteringar.toString()).toBe('-205');
    expect(y2014?.balanskravsresultat.toString()).toBe('-193');
    expect(y2015?.resultatEfterBalanskravsjusteringar.toString()).toBe('540');
    expect(y2015?.largestReservation.amount.toString()).toBe('185');
    expect(y2015?.balanskravsresultat.toString()).toBe('355');
    // 355 − 193 = 162 left after restoring: nothing waits
    expect(y2015?.restoration.restoredThisYear.toString()).toBe('193');
    expect(y2015?.restoration.left.toString()).toBe('0');
  });

  it('cuts a reservation above the largest allowed and says why', () => {
    const [, y2015] = run(200);
    // 200 planned, 185 allowed: 15 refused, balanskravsresultat 540 − 185 = 355
    expect(y2015?.reservation.toString()).toBe('185');
    expect(y2015?.refusedReservation.toString()).toBe('15');
    expect(y2015?.balanskravsresultat.toString()).toBe('355');
    expect(y2015?.messages[0]).toBe(
      `Reserveringen 2015 på 200${NBSP}mnkr avvisas utöver 185${NBSP}mnkr: ` +
        `Högst 185${NBSP}mnkr får reserveras till resultatutjämningsreserven 2015: resten av resultatet återställer tidigare underskott`,
    );
  });
});

describe('a reservation refused while a deficit waits', () => {
  it('reserves nothing when the surplus cannot restore the waiting deficit', () => {
    // 2025: −30 → deficit 30. 2026: +25 on a base of 1 000: 25 − 10 − 30 < 0, so the planned 10 is refused.
    const [, y2026] = balanskravsutredning({
      years: [
        { year: 2025, aretsResultat: -30, adjustments: [], skatterOchBidrag: 1000, negativeEquity: false },
        {
          year: 2026,
          aretsResultat: 25,
          adjustments: [],
          skatterOchBidrag: 1000,
          negativeEquity: false,
          plannedReservation: 10,
        },
      ],
      reservesOpening: {},
      egetKapitalOpening: 500,
      earlierDeficits: [],
      decisions: [],
    });
    expect(y2026?.reservation.toString()).toBe('0');
    expect(y2026?.refusedReservation.toString()).toBe('10');
    // all 25 goes to restoring: 30 − 25 = 5 left, due 2028
    expect(y2026?.balanskravsresultat.toString()).toBe('25');
    expect(y2026?.restoration.left.toString()).toBe('5');
    expect(y2026?.messages[0]).toBe(
      `Reserveringen 2026 på 10${NBSP}mnkr avvisas utöver 0${NBSP}mnkr: Ingen reservering 2026: ett underskott väntar på att återställas`,
    );
  });
});

describe('two reserves in one year', () => {
  it('draws the older resultatutjämningsreserv first, then the resultatreserv, together at most to zero', () => {
    // 2025: −30 to cover; 10 planned from the RUR (holds 10), 25 from the resultatreserv (holds 40):
    // the RUR gives 10, the resultatreserv at most 30 − 10 = 20, so 5 of the 25 is refused; result 0.
    const [y] = balanskravsutredning({
      years: [
        {
          year: 2025,
          aretsResultat: -30,
          adjustments: [],
          skatterOchBidrag: 1000,
          negativeEquity: false,
          plannedUse: { resultatutjamningsreserv: 10, resultatreserv: 25 },
        },
      ],
      reservesOpening: { resultatutjamningsreserv: 10, resultatreserv: 40 },
      egetKapitalOpening: 300,
      earlierDeficits: [],
      decisions: [],
    });
    expect(y?.use.resultatutjamningsreserv.toString()).toBe('10');
    expect(y?.use.resultatreserv.toString()).toBe('20');
    expect(y?.refusedUse.resultatreserv.toString()).toBe('5');
    expect(y?.balanskravsresultat.toString()).toBe('0');
    // 10 − 10 = 0 and 40 − 20 = 20 left; eget kapital 300 − 30 = 270, of which 20 in reserves and 250 the rest
    expect(y?.reservesClosing.resultatutjamningsreserv.toString()).toBe('0');
    expect(y?.reservesClosing.resultatreserv.toString()).toBe('20');
    expect([
      y?.egetKapital.total.toString(),
      y?.egetKapital.reserves.toString(),
      y?.egetKapital.other.toString(),
    ]).toEqual(['270', '20', '250']);
    expect(y?.messages[0]).toBe(
      `Användningen 2025 ur resultatreserven på 25${NBSP}mnkr avvisas utöver 20${NBSP}mnkr: ` +
        `Högst 20${NBSP}mnkr får användas ur resultatreserven 2025: så mycket behövs för ett balanskravsresultat på noll`,
    );
  });
});
