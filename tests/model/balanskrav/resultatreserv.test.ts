import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { RESULTATRESERV_REGLER, RUR_REGLER, lagensRegler } from '../../../src/model/balanskrav/regler';
import {
  largestReservation,
  largestUse,
  type ReservationBasis,
} from '../../../src/model/balanskrav/resultatreserv';

const NBSP = '\u00a0';

/** A year with 1 000 mnkr of skatteintäkter + generella statsbidrag och utjämning and 30 mnkr of result. */
const basis = (over: Partial<ReservationBasis> = {}): ReservationBasis => ({
  year: 2025,
  aretsResultat: 30,
  resultatEfterBalanskravsjusteringar: 30,
  skatterOchBidrag: 1000,
  negativeEquity: false,
  reserveOpening: 0,
  waitingDeficits: 0,
  ...over,
});

describe('the law’s rules by year', () => {
  it('uses the resultatutjämningsreserv’s rules before 2024 and the resultatreserv’s from 2024', () => {
    expect(lagensRegler(2023)).toBe(RUR_REGLER);
    expect(lagensRegler(2024)).toBe(RESULTATRESERV_REGLER);
    expect(RUR_REGLER.capShare.value).toBeNull();
    expect(RESULTATRESERV_REGLER.capShare.value?.toString()).toBe('0.05');
    expect(RESULTATRESERV_REGLER.capShare.source).toMatch(/2022\/23:119/);
  });
});

describe('largestReservation', () => {
  it('reserves only the part above 1 % of skatter, statsbidrag och utjämning', () => {
    // 1 % of 1 000 = 10; 30 − 10 = 20; the 5 % cap (50) leaves room for it.
    const r = largestReservation(basis(), RESULTATRESERV_REGLER);
    expect(r.amount.toString()).toBe('20');
    expect(r.threshold.toString()).toBe('10');
    expect(r.limit).toBe('troskel');
    expect(r.text).toBe(
      `Högst 20${NBSP}mnkr får reserveras till resultatreserven 2025: den del av resultatet som överstiger gränsvärdet 10${NBSP}mnkr`,
    );
  });

  it('reserves only above 2 % when eget kapital including the ansvarsförbindelse is negative', () => {
    // 2 % of 1 000 = 20; 30 − 20 = 10.
    const r = largestReservation(basis({ negativeEquity: true }), RESULTATRESERV_REGLER);
    expect(r.threshold.toString()).toBe('20');
    expect(r.amount.toString()).toBe('10');
  });

  it('reads the lower of årets resultat and the result after balanskravsjusteringar', () => {
    // min(25, 30) = 25; 25 − 10 = 15.
    expect(largestReservation(basis({ aretsResultat: 25 }), RESULTATRESERV_REGLER).amount.toString()).toBe(
      '15',
    );
    // min(30, 22) = 22; 22 − 10 = 12.
    expect(
      largestReservation(
        basis({ resultatEfterBalanskravsjusteringar: 22 }),
        RESULTATRESERV_REGLER,
      ).amount.toString(),
    ).toBe('12');
  });

  it('computes the threshold exactly, without float drift', () => {
    // Sjöbo 2024: 1 % of (995,3 + 327,0) = 1 % of 1 322,3 = 13,223 exactly.
    const r = largestReservation(
      basis({ skatterOchBidrag: new Decimal('995.3').plus('327.0') }),
      RESULTATRESERV_REGLER,
    );
    expect(r.threshold.toString()).toBe('13.223');
    // 30 − 13,223 = 16,777
    expect(r.amount.toString()).toBe('16.777');
  });

  it('cuts a reservation to the 5 % cap', () => {
    // cap 5 % of 1 000 = 50, 45 already reserved: room 5, less than the 20 above the threshold.
    const r = largestReservation(basis({ reserveOpening: 45 }), RESULTATRESERV_REGLER);
    expect(r.capRoom?.toString()).toBe('5');
    expect(r.amount.toString()).toBe('5');
    expect(r.limit).toBe('tak');
  });

  it('reserves nothing when the reserve is at or above its cap', () => {
    const at = largestReservation(basis({ reserveOpening: 50 }), RESULTATRESERV_REGLER);
    expect(at.amount.toString()).toBe('0');
    expect(at.text).toBe('Ingen reservering 2025: reserven har nått sitt tak');
    // A reserve above the cap (the base fell) is not forced down; the room is 0, never negative.
    const above = largestReservation(basis({ reserveOpening: 60 }), RESULTATRESERV_REGLER);
    expect(above.capRoom?.toString()).toBe('0');
    expect(above.amount.toString()).toBe('0');
  });

  it('sets no cap before 2024', () => {
    // The same 45 reserved under the resultatutjämningsreserv: 20 may still be reserved.
    const r = largestReservation(basis({ reserveOpening: 45, year: 2020 }), RUR_REGLER);
    expect(r.capRoom).toBeNull();
    expect(r.amount.toString()).toBe('20');
  });

  it('refuses a reservation while a deficit waits, and reserves only what is left after restoring it', () => {
    // 20 above the threshold, 25 waiting: nothing may be reserved.
    const refused = largestReservation(basis({ waitingDeficits: 25 }), RESULTATRESERV_REGLER);
    expect(refused.amount.toString()).toBe('0');
    expect(refused.limit).toBe('underskott');
    expect(refused.text).toBe('Ingen reservering 2025: ett underskott väntar på att återställas');
    // 15 waiting: 20 − 15 = 5.
    expect(largestReservation(basis({ waitingDeficits: 15 }), RESULTATRESERV_REGLER).amount.toString()).toBe(
      '5',
    );
  });

  it('reproduces Malmö 2015: 540 − 162 − 193 = 185 mnkr', () => {
    // Malmö stad, årsredovisning 2015: 1 % of skatter och statsbidrag = 162, 193 to restore from 2014.
    const r = largestReservation(
      basis({
        year: 2015,
        aretsResultat: 563,
        resultatEfterBalanskravsjusteringar: 540,
        skatterOchBidrag: 16200,
        waitingDeficits: 193,
      }),
      RUR_REGLER,
    );
    expect(r.amount.toString()).toBe('185');
  });

  it('applies the riktlinjer’s own higher threshold and their ban, not a lower one', () => {
    const own = (thresholdShare: string) => ({
      reservation: { thresholdShare },
      source: 'KF 2023-11-20 § 99',
    });
    // own 2 %: 30 − 20 = 10
    expect(largestReservation(basis(), RESULTATRESERV_REGLER, own('0.02')).amount.toString()).toBe('10');
    // own 0,5 % is below the law's 1 %: the law's 10 stands, 20 may be reserved
    expect(largestReservation(basis(), RESULTATRESERV_REGLER, own('0.005')).amount.toString()).toBe('20');
    const banned = largestReservation(basis(), RESULTATRESERV_REGLER, {
      reservation: { allowed: false },
      source: 'KF',
    });
    expect(banned.amount.toString()).toBe('0');
    expect(banned.limit).toBe('riktlinjer');
  });

  it('reserves nothing from a result below the threshold', () => {
    const r = largestReservation(
      basis({ aretsResultat: 8, resultatEfterBalanskravsjusteringar: 8 }),
      RESULTATRESERV_REGLER,
    );
    expect(r.amount.toString()).toBe('0');
    expect(r.text).toBe('Ingen reservering 2025: resultatet överstiger inte gränsvärdet');
  });
});

describe('largestUse', () => {
  const use = {
    year: 2024,
    resultatEfterBalanskravsjusteringar: -19.4,
    skatterOchBidrag: 1262.4,
    reserveOpening: 99.4,
  };

  it('uses at most what brings the balanskravsresultat to zero', () => {
    // Sjöbo 2023: −19,4 after balanskravsjusteringar, 99,4 in the reserve: at most 19,4.
    const r = largestUse(use, RUR_REGLER);
    expect(r.amount.toString()).toBe('19.4');
    expect(r.limit).toBe('noll');
  });

  it('uses no more than the reserve holds', () => {
    // −50 to cover, 30 in the reserve.
    const r = largestUse(
      { ...use, resultatEfterBalanskravsjusteringar: -50, reserveOpening: 30 },
      RESULTATRESERV_REGLER,
    );
    expect(r.amount.toString()).toBe('30');
    expect(r.limit).toBe('saldo');
  });

  it('uses nothing in a year with a surplus', () => {
    expect(
      largestUse({ ...use, resultatEfterBalanskravsjusteringar: 5 }, RESULTATRESERV_REGLER).amount.toString(),
    ).toBe('0');
  });

  it('follows the riktlinjer’s years and amounts', () => {
    const onlyIn2025 = largestUse(use, RESULTATRESERV_REGLER, { use: { years: [2025] }, source: 'KF' });
    expect(onlyIn2025.amount.toString()).toBe('0');
    expect(onlyIn2025.text).toBe('Riktlinjerna tillåter inte att resultatreserven används 2024');
    expect(
      largestUse(use, RESULTATRESERV_REGLER, { use: { maxPerYear: 5 }, source: 'KF' }).amount.toString(),
    ).toBe('5');
    // 0,2 % of 1 262,4 = 2,5248
    expect(
      largestUse(use, RESULTATRESERV_REGLER, { use: { maxShare: '0.002' }, source: 'KF' }).amount.toString(),
    ).toBe('2.5248');
  });
});
