import type { Year } from '../years';

/** A driver of the two-way table: an uncertain driver (moved in its typical errors) or the skattesats (in öre). */
export type TableDriver =
  { readonly kind: 'uncertainty'; readonly id: string } | { readonly kind: 'skattesats' };

export type TableAxis = {
  readonly driver: TableDriver;
  readonly label: string;
  /** The moves, in the driver's own terms: öre of skattesats, or typical errors (−2 … +2). */
  readonly steps: readonly number[];
};

export type DataTable = {
  readonly year: Year;
  readonly row: TableAxis;
  readonly column: TableAxis;
  /** `cells[r][c]`: the figure with the row's and the column's move together. */
  readonly cells: readonly (readonly number[])[];
};

/** Steps of the skattesats in öre, and of an uncertain driver in typical errors: five each, the scenario in the middle. */
export const ORE_STEPS = [-20, -10, 0, 10, 20] as const;
export const ERROR_STEPS = [-2, -1, 0, 1, 2] as const;
