import type { StatementRowInput } from '../planSchema';
import { catalogueRow } from './catalogue';

/** The fields of a printed statement row that place it in the sums. */
export type SumRowShape = Pick<StatementRowInput, 'id' | 'kind' | 'of' | 'in'>;

/**
 * The printed rows that add up to the sum row `id` of one statement, in print order (PLAN-V2, "Sums").
 *
 * A standard sum is made of those of its catalogue parts (`of`) that the statement prints; a part it does not
 * print is replaced by that part's own parts, so a plan that prints intäkter, kostnader and avskrivningar but no
 * "nettokostnad före avskrivningar" still sums. A plan's own `sum` row is made of its `of`. A plan's own line
 * that names the sum in `in` is a part too; a `varav` row never is. The result is empty when `id` is not a sum,
 * and when it is a standard sum printed without any of its parts: the caller then reads it as a line, as
 * Norrbotten's single "Anläggningstillgångar" figure.
 *
 * @example
 * sumParts(
 *   [{ id: 'verksamhetens_intakter' }, { id: 'verksamhetens_kostnader' }, { id: 'avskrivningar' },
 *    { id: 'verksamhetens_nettokostnad' }],
 *   'verksamhetens_nettokostnad',
 * ); // → ['verksamhetens_intakter', 'verksamhetens_kostnader', 'avskrivningar']
 */
export const sumParts = (rows: readonly SumRowShape[], id: string): readonly string[] => {
  const printed = new Map(rows.map((row) => [row.id, row]));
  const parts = new Set<string>();
  const collect = (sumId: string): void => {
    for (const part of compositionOf(rows, printed.get(sumId), sumId)) {
      const row = printed.get(part);
      if (row === undefined) collect(part);
      else if (row.kind !== 'varav') parts.add(part);
    }
  };
  collect(id);
  return rows.filter((row) => parts.has(row.id)).map((row) => row.id);
};

/** What a sum is declared to be made of: the catalogue's `of` or the plan's own, then the plan's lines `in` it. */
const compositionOf = (
  rows: readonly SumRowShape[],
  row: SumRowShape | undefined,
  id: string,
): readonly string[] => {
  const standard = catalogueRow(id);
  const declared = standard ? (standard.kind === 'sum' ? standard.of : undefined) : sumOf(row);
  if (declared === undefined) return [];
  return [...declared, ...rows.filter((other) => other.in === id).map((other) => other.id)];
};

const sumOf = (row: SumRowShape | undefined): readonly string[] | undefined =>
  row?.kind === 'sum' ? (row.of ?? []) : undefined;
