import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateOnce } from '../../src/engine/calculateOnce';
import type { Results } from '../../src/model/results';
import { balanskravsutredning } from '../../src/model/balanskrav/balanskravsutredning';
import { lagensRegler } from '../../src/model/balanskrav/regler';
import { parsePlan } from '../../src/model/parsePlan';
import type { Plan } from '../../src/model/planSchema';
import type { ScenarioChanges } from '../../src/model/scenarioChanges';
import { allYears } from '../../src/model/years';
import { valueOf } from '../helpers';
import { balanskravShapes as shapes, firstResultScale } from '../generatedPlan/balanskravShapes';
import { generatePlan } from '../planArbitraries';

/**
 * Issue 14 §5: on generated plans that print a reservation and a reserve use, random planned moves (a
 * scenario's levels) give the workbook's formula chains exactly what the pure ledger (src/model/balanskrav)
 * gives for the same computed results; the 5 % cap and "nothing reserved while a deficit waits" hold; and the
 * moves leave eget kapital's total as it is without them.
 */
const RUNS = 15;
const EPS = 1e-6;

const moves = fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 })), {
  minLength: 8,
  maxLength: 8,
});

const reserveUseId = (plan: Plan) =>
  plan.statements.resultatbudget.rows.some((row) => row.id === 'anvandning_resultatreserv')
    ? ('anvandning_resultatreserv' as const)
    : ('anvandning_resultatutjamningsreserv' as const);

/** The scenario: per modelled year a planned reservation and use in tenths of the plan's size. */
const scenario = (
  plan: Plan,
  drawn: readonly (readonly [number, number])[],
  scale: number,
): ScenarioChanges => {
  const reservation: Record<string, number> = {};
  const use: Record<string, number> = {};
  allYears(plan).forEach((year, i) => {
    reservation[String(year)] = -((drawn[i]?.[0] ?? 0) * scale) / 100;
    use[String(year)] = ((drawn[i]?.[1] ?? 0) * scale) / 100;
  });
  return {
    inputs: { reservation_resultatreserv_grund: reservation, [`${reserveUseId(plan)}_grund`]: use },
    frameChanges: [],
  };
};

/** The reserve's balance at the plan's start as the plan prints it (the generated plans move none in budget years). */
const opening = (plan: Plan, id: string): number => {
  const row = plan.statements.balansbudget?.rows.find((candidate) => candidate.id === id);
  const base = plan.years.base;
  return row?.values[String(base)] ?? row?.values[String(plan.years.budget[0])] ?? 0;
};

const negativeEquity = (results: Results, year: number): boolean => {
  // Eget kapital as the balance prints it: its total, or the sum of its printed parts (LKBR 6 kap.).
  const parts = [
    'eget_kapital_ingaende',
    'bb_arets_resultat',
    'resultatutjamningsreserv',
    'resultatreserv',
    'ovrigt_eget_kapital',
  ];
  const cell = (id: string) => results.cells[id]?.[year - 1];
  const total = cell('eget_kapital');
  const printed = parts.map(cell).filter((value): value is number => typeof value === 'number');
  const ek =
    typeof total === 'number' ? total : printed.length > 0 ? printed.reduce((a, b) => a + b, 0) : undefined;
  if (ek === undefined) return false;
  const ansvar = results.cells.ansvarsforbindelse?.[year - 1];
  return ek - (typeof ansvar === 'number' ? ansvar : 0) < 0;
};

const ledgerOf = (plan: Plan, results: Results, changes: ScenarioChanges) => {
  const years = allYears(plan);
  const v = (id: string, y: number) => valueOf(results, id, y);
  const kvarBefore = results.cells.kvar_att_aterstalla?.[(years[0] ?? 0) - 1];
  return balanskravsutredning({
    years: years.map((year) => ({
      year,
      aretsResultat: v('arets_resultat', year),
      adjustments: [
        {
          id: 'justeringar',
          amount: v('resultat_efter_balanskravsjusteringar', year) - v('arets_resultat', year),
        },
      ],
      skatterOchBidrag: v('skatt_och_statsbidrag', year),
      negativeEquity: negativeEquity(results, year),
      plannedReservation: -(changes.inputs.reservation_resultatreserv_grund?.[String(year)] ?? 0),
      plannedUse: {
        [reserveUseId(plan) === 'anvandning_resultatreserv' ? 'resultatreserv' : 'resultatutjamningsreserv']:
          changes.inputs[`${reserveUseId(plan)}_grund`]?.[String(year)] ?? 0,
      },
    })),
    reservesOpening: {
      resultatutjamningsreserv: opening(plan, 'resultatutjamningsreserv'),
      resultatreserv: opening(plan, 'resultatreserv'),
    },
    egetKapitalOpening: 0,
    earlierDeficits:
      typeof kvarBefore === 'number' && kvarBefore > 0
        ? [{ year: (years[0] ?? 0) - 1, amount: kvarBefore }]
        : [],
    decisions: [],
  });
};

describe('the balanskrav chains of any generated plan, with random reserve moves', () => {
  it('equal the pure ledger, keep the cap, reserve nothing while a deficit waits and leave eget kapital whole', () => {
    fc.assert(
      fc.property(shapes, moves, (shape, drawn) => {
        const plan = parsePlan(generatePlan(shape).json);
        const years = allYears(plan);
        const scale = firstResultScale(plan);
        const changes = scenario(plan, drawn, scale);
        const { results } = calculateOnce(plan, changes);
        const ledger = ledgerOf(plan, results, changes);
        const still = calculateOnce(
          plan,
          scenario(
            plan,
            drawn.map(() => [0, 0] as const),
            scale,
          ),
        ).results;
        for (const [i, year] of years.entries()) {
          const y = ledger[i];
          if (!y) throw new Error(`no ledger year ${year}`);
          const at = (id: string) => valueOf(results, id, year);
          const where = `${year}`;
          expect(-at('reservation_resultatreserv'), where).toBeCloseTo(y.reservation.toNumber(), 6);
          expect(at('anvandning_resultatreserv'), where).toBeCloseTo(y.use.resultatreserv.toNumber(), 6);
          expect(at('anvandning_resultatutjamningsreserv'), where).toBeCloseTo(
            y.use.resultatutjamningsreserv.toNumber(),
            6,
          );
          expect(at('balanskravsresultat'), where).toBeCloseTo(y.balanskravsresultat.toNumber(), 6);
          expect(at('saldo_resultatreserv'), where).toBeCloseTo(
            y.reservesClosing.resultatreserv.toNumber(),
            6,
          );
          expect(at('saldo_resultatutjamningsreserv'), where).toBeCloseTo(
            y.reservesClosing.resultatutjamningsreserv.toNumber(),
            6,
          );
          expect(at('kvar_att_aterstalla'), where).toBeCloseTo(y.restoration.left.toNumber(), 6);
          const reserved = -at('reservation_resultatreserv');
          const cap = lagensRegler(year).capShare.value;
          if (reserved > EPS && cap !== null)
            expect(at('saldo_resultatreserv')).toBeLessThanOrEqual(
              cap.toNumber() * at('skatt_och_statsbidrag') + EPS,
            );
          if (reserved > EPS) expect(at('kvar_att_aterstalla'), where).toBeLessThan(EPS);
          if (results.cells.eget_kapital?.[year] !== undefined)
            expect(at('eget_kapital'), where).toBeCloseTo(valueOf(still, 'eget_kapital', year), 6);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
