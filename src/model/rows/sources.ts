import type { Plan } from '../planSchema';

/** "Region Norrbotten, Strategisk plan 2025–2027 (seed 004), Resultatbudget …": a table's source, readable. */
export const sourceOf = (
  plan: Plan,
  source: { readonly document: string; readonly section: string },
): string => `${plan.sources[source.document] ?? source.document}, ${source.section}`;
