import fc from 'fast-check';
import { calculateOnce } from '../../src/engine/calculateOnce';
import type { Plan } from '../../src/model/planSchema';
import { allYears } from '../../src/model/years';
import { valueOf } from '../helpers';
import { planShapeArbitrary } from './shape';

/**
 * Generated plan shapes that print a whole balanskravsutredning with a reservation and a reserve use, over
 * any first budget year around the switch from the resultatutjämningsreserv to the resultatreserv (2024).
 */
export const balanskravShapes = fc
  .tuple(planShapeArbitrary, fc.integer({ min: 2019, max: 2029 }))
  .map(([shape, firstBudget]) => ({
    ...shape,
    firstBudget,
    rb: {
      ...shape.rb,
      balanskrav: true,
      // A plan's own line in the balanskravsresultat after the reserves is outside the ledger's row set.
      customLine: false,
      adjustments: [...new Set([...shape.rb.adjustments, 'reservation', 'anvandning'] as const)],
    },
  }));

/** The plan's size for drawn amounts: its first modelled årets resultat as decided, at least 1 mnkr. */
export const firstResultScale = (plan: Plan): number =>
  Math.max(
    1,
    Math.abs(
      valueOf(
        calculateOnce(plan, { inputs: {}, frameChanges: [] }).results,
        'arets_resultat',
        allYears(plan)[0] ?? 0,
      ),
    ),
  );
