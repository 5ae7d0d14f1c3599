import fc from 'fast-check';
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
