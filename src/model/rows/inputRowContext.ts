import type { Plan } from '../planSchema';
import type { InputRow } from '../rowSpec';
import { sourceOf } from './sources';

export const MNKR = { min: -1_000_000, max: 1_000_000 } as const;

/** What the input rows need: the plan's tables, their sources and an input-row factory. */
export const inputRowContext = (plan: Plan) => {
  const t = plan.tables;
  return {
    t,
    a: plan.assumptions.items,
    rb: t.resultatbudget.rows,
    fb: t.finansieringsbudget.rows,
    bb: t.balansbudget.rows,
    rbSource: sourceOf(plan, t.resultatbudget.source),
    fbSource: sourceOf(plan, t.finansieringsbudget.source),
    bbSource: sourceOf(plan, t.balansbudget.source),
    assumed: sourceOf(plan, plan.assumptions.source),
    input: (spec: Omit<InputRow, 'kind' | 'sheet'>): InputRow => ({
      kind: 'input',
      sheet: 'Antaganden',
      ...spec,
    }),
  };
};
