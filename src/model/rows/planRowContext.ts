import type { Plan } from '../planSchema';
import type { PlanConstantRow, RowSpec } from '../rowSpec';
import { sourceOf } from './sources';

/** What every part of the Plan sheet needs: the plan's tables, their sources and a constant-row factory. */
export const planRowContext = (plan: Plan) => {
  const t = plan.tables;
  return {
    t,
    rb: t.resultatbudget.rows,
    fb: t.finansieringsbudget.rows,
    bb: t.balansbudget.rows,
    first: plan.years.budget[0] ?? plan.years.base + 1,
    lastBudget: plan.years.budget[plan.years.budget.length - 1] ?? plan.years.base,
    sheet: 'Plan' as const,
    constant: (spec: Omit<PlanConstantRow, 'kind' | 'sheet'>): RowSpec => ({
      kind: 'plan',
      sheet: 'Plan',
      ...spec,
    }),
    rbSource: sourceOf(plan, t.resultatbudget.source),
    bbSource: sourceOf(plan, t.balansbudget.source),
    fbSource: sourceOf(plan, t.finansieringsbudget.source),
    frameSource: sourceOf(plan, t.namndramar.source),
    goalSource: sourceOf(plan, plan.goals.source),
    namnder: Object.entries(t.namndramar.namnder),
  };
};

/** A nämnd's name as part of a named expression: "Hälso- och sjukvårdsnämnden" → "Hälso_och_sjukvårdsnämnden". */
export const slug = (namnd: string): string => namnd.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '');
