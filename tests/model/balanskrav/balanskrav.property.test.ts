import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aterstallande } from '../../../src/model/balanskrav/aterstallande';
import {
  balanskravsutredning,
  type BalanskravsInput,
} from '../../../src/model/balanskrav/balanskravsutredning';
import { lagensRegler } from '../../../src/model/balanskrav/regler';

/** An amount in tenths of mnkr, exact as a Decimal. */
const tenths = (min: number, max: number) => fc.integer({ min, max }).map((n) => new Decimal(n).div(10));

const yearArbitrary = fc.record({
  aretsResultat: tenths(-800, 800),
  realisationsvinster: tenths(-50, 0),
  orealiserade: tenths(-100, 100),
  skatterOchBidrag: tenths(5000, 20000),
  negativeEquity: fc.boolean(),
  plannedReservation: tenths(0, 600),
  plannedUse: tenths(0, 600),
  plannedUseOlder: tenths(0, 600),
});

const planArbitrary = fc
  .record({
    first: fc.integer({ min: 2021, max: 2027 }),
    years: fc.array(yearArbitrary, { minLength: 1, maxLength: 8 }),
    resultatreserv: tenths(0, 1500),
    resultatutjamningsreserv: tenths(0, 1500),
    egetKapitalOpening: tenths(-2000, 5000),
    earlier: fc.array(fc.record({ back: fc.integer({ min: 1, max: 4 }), amount: tenths(1, 300) }), {
      maxLength: 2,
    }),
    lifted: fc.array(fc.record({ offset: fc.integer({ min: 0, max: 7 }), amount: tenths(0, 300) }), {
      maxLength: 2,
    }),
  })
  .map((p): BalanskravsInput => ({
    years: p.years.map((y, i) => ({
      year: p.first + i,
      aretsResultat: y.aretsResultat,
      adjustments: [
        { id: 'realisationsvinster', amount: y.realisationsvinster },
        { id: 'orealiserade_vinster_vardepapper', amount: y.orealiserade },
      ],
      skatterOchBidrag: y.skatterOchBidrag,
      negativeEquity: y.negativeEquity,
      plannedReservation: y.plannedReservation,
      plannedUse: { resultatreserv: y.plannedUse, resultatutjamningsreserv: y.plannedUseOlder },
    })),
    // the resultatreserv exists from 2024: a plan starting earlier opens it empty
    reservesOpening: {
      resultatreserv: p.first < 2024 ? 0 : p.resultatreserv,
      resultatutjamningsreserv: p.resultatutjamningsreserv,
    },
    egetKapitalOpening: p.egetKapitalOpening,
    // distinct earlier years: one remaining amount per year
    earlierDeficits: [...new Map(p.earlier.map((e) => [p.first - e.back, e.amount])).entries()].map(
      ([year, amount]) => ({ year, amount }),
    ),
    decisions: p.lifted.map((l) => ({
      year: p.first + l.offset,
      amount: l.amount,
      reason: 'Synnerliga skäl',
    })),
  }));

const runs = { numRuns: 300 };

describe('balanskrav properties over random year series', () => {
  it('a reservation never takes the reserve above its cap', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const [i, y] of balanskravsutredning(plan).entries()) {
          const cap = lagensRegler(y.year).capShare.value;
          const base = new Decimal(plan.years[i]?.skatterOchBidrag ?? 0);
          if (cap !== null && y.reservation.greaterThan(0))
            expect(y.reservesClosing[y.reserve].lessThanOrEqualTo(base.times(cap)), `${y.year}`).toBe(true);
          expect(y.reservesClosing.resultatreserv.isNegative(), `${y.year}`).toBe(false);
          expect(y.reservesClosing.resultatutjamningsreserv.isNegative(), `${y.year}`).toBe(false);
        }
      }),
      runs,
    );
  });

  it('nothing is reserved while a deficit waits', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const y of balanskravsutredning(plan))
          if (y.reservation.greaterThan(0)) expect(y.restoration.left.toString(), `${y.year}`).toBe('0');
      }),
      runs,
    );
  });

  it('the reserves cover at most the deficit and nothing beyond the plan is moved', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const [i, y] of balanskravsutredning(plan).entries()) {
          const input = plan.years[i];
          const used = y.use.resultatreserv.plus(y.use.resultatutjamningsreserv);
          expect(
            used.lessThanOrEqualTo(Decimal.max(0, y.resultatEfterBalanskravsjusteringar.negated())),
          ).toBe(true);
          expect(y.reservation.lessThanOrEqualTo(input?.plannedReservation ?? 0)).toBe(true);
          expect(y.use.resultatreserv.lessThanOrEqualTo(input?.plannedUse?.resultatreserv ?? 0)).toBe(true);
          expect(
            y.use.resultatutjamningsreserv.lessThanOrEqualTo(
              input?.plannedUse?.resultatutjamningsreserv ?? 0,
            ),
          ).toBe(true);
          // balanskravsresultat = efter justeringar − reservering + användning
          const expected = y.resultatEfterBalanskravsjusteringar.minus(y.reservation).plus(used);
          expect(y.balanskravsresultat.toString()).toBe(expected.toString());
        }
      }),
      runs,
    );
  });

  it('every deficit is restored or flagged by its last year', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const y of balanskravsutredning(plan)) {
          for (const d of y.restoration.deficits) {
            if (y.year >= d.deadline) expect(d.status, `${d.year} in ${y.year}`).not.toBe('pagar');
            if (d.status === 'forsenad') expect(y.restoration.aterstallsInteITid).toBe(true);
          }
          expect(y.restoration.atgardsplanKravs).toBe(y.restoration.left.greaterThan(0));
        }
      }),
      runs,
    );
  });

  it('restores min(surplus, waiting) each year, and what is left chains from year to year', () => {
    fc.assert(
      fc.property(fc.array(tenths(-500, 500), { minLength: 1, maxLength: 10 }), (values) => {
        const years = aterstallande(
          values.map((balanskravsresultat, i) => ({ year: 2024 + i, balanskravsresultat })),
          { earlier: [], decisions: [], restoreYears: 3 },
        );
        let waiting = new Decimal(0);
        for (const [i, y] of years.entries()) {
          const value = values[i] ?? new Decimal(0);
          const restored = Decimal.min(Decimal.max(value, 0), waiting);
          expect(y.restoredThisYear.toString()).toBe(restored.toString());
          waiting = waiting.minus(restored).plus(Decimal.max(value.negated(), 0));
          expect(y.left.toString()).toBe(waiting.toString());
        }
      }),
      runs,
    );
  });

  it('what is left past its deadline has the closed form HyperFormula can carry (for goal seek)', () => {
    // Oldest first leaves what waits in the newest deficits, so what is left of those due by year X is
    // MAX(0, kvar_X − Σ of the deficits of X−2, X−1 and X, earlier ones included) — a formula per year, no queue needed (BALANSKRAV.md §5).
    fc.assert(
      fc.property(
        fc.array(tenths(-500, 500), { minLength: 1, maxLength: 10 }),
        fc.array(fc.record({ back: fc.integer({ min: 1, max: 5 }), amount: tenths(1, 300) }), {
          maxLength: 2,
        }),
        (values, earlier) => {
          const earlierDeficits = [...new Map(earlier.map((e) => [2024 - e.back, e.amount])).entries()].map(
            ([year, amount]) => ({ year, amount }),
          );
          const years = aterstallande(
            values.map((balanskravsresultat, i) => ({ year: 2024 + i, balanskravsresultat })),
            { earlier: earlierDeficits, decisions: [], restoreYears: 3 },
          );
          for (const [i, y] of years.entries()) {
            const late = y.deficits
              .filter((d) => d.deadline <= y.year)
              .reduce((sum, d) => sum.plus(d.left), new Decimal(0));
            const recentPlan = values
              .slice(Math.max(0, i - 2), i + 1)
              .reduce((sum, v) => sum.plus(Decimal.max(v.negated(), 0)), new Decimal(0));
            const recent = earlierDeficits
              .filter((e) => e.year >= y.year - 2)
              .reduce((sum, e) => sum.plus(e.amount), recentPlan);
            expect(late.toString(), `${y.year}`).toBe(Decimal.max(0, y.left.minus(recent)).toString());
          }
        },
      ),
      runs,
    );
  });

  it('reserve moves leave eget kapital’s total unchanged', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const withMoves = balanskravsutredning(plan);
        const without = balanskravsutredning({
          ...plan,
          years: plan.years.map((y) => ({ ...y, plannedReservation: 0, plannedUse: {} })),
        });
        let total = new Decimal(plan.egetKapitalOpening);
        for (const [i, y] of withMoves.entries()) {
          total = total.plus(plan.years[i]?.aretsResultat ?? 0);
          expect(y.egetKapital.total.toString()).toBe(total.toString());
          expect(y.egetKapital.total.toString()).toBe(without[i]?.egetKapital.total.toString());
          expect(y.egetKapital.reserves.plus(y.egetKapital.other).toString()).toBe(
            y.egetKapital.total.toString(),
          );
          const held = y.reservesClosing.resultatreserv.plus(y.reservesClosing.resultatutjamningsreserv);
          expect(y.egetKapital.reserves.toString()).toBe(held.toString());
        }
      }),
      runs,
    );
  });
});
