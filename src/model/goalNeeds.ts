import type { Goal, Plan } from './planSchema';
import type { Span } from './rowSpec';
import { planModelOf, type PlanModel } from './rows/planModel';
import type { Year } from './years';

export type GoalNeeds = {
  readonly span: Span;
  /** The years of a goal judged as one figure over a period. */
  readonly period?: readonly Year[];
  /** What the plan lacks for the goal, and how to add it; `undefined` when it has everything. */
  readonly missing?: string;
};

const missing = (what: string, how: string): GoalNeeds => ({
  span: 'all',
  missing: `${what} saknas i planen. ${how}`,
});

const printsAll = (
  m: PlanModel,
  statement: 'resultatbudget' | 'balansbudget' | 'finansieringsbudget',
  id: string,
  years: readonly Year[],
) => {
  const row = m.statements[statement]?.byId.get(id);
  return row !== undefined && years.every((year) => row.years.includes(year));
};

const periodOf = (
  m: PlanModel,
  goal: { judged?: 'each' | 'average' | undefined; years?: readonly Year[] | undefined },
) =>
  goal.judged === 'average' || (goal.judged === undefined && goal.years)
    ? (goal.years ?? m.budget)
    : undefined;

/**
 * What a goal needs from the plan, and in which years it is judged: a result share needs its result row,
 * soliditet a balansbudget (and for fullfondering the ansvarsförbindelse), självfinansieringsgrad a
 * finansieringsbudget or the investments, skuldandel the balance's skulder.
 */
export const goalNeeds = (plan: Plan, goal: Goal): GoalNeeds => {
  const m = planModelOf(plan);
  const balanceYears = m.budget;
  switch (goal.kind) {
    case 'balanskrav':
      return { span: 'all' };
    case 'resultatandel': {
      if (goal.row !== 'balanskravsresultat' && !printsAll(m, 'resultatbudget', goal.row, m.years))
        return missing(
          `Raden ${goal.row.replace(/_/g, ' ')}`,
          'Lägg till raden i resultatbudgeten under Planen.',
        );
      const period = periodOf(m, goal);
      return period ? { span: 'first', period } : { span: 'all' };
    }
    case 'soliditet': {
      if (!m.bb || !printsAll(m, 'balansbudget', 'summa_tillgangar', balanceYears))
        return missing('En balansbudget', 'Lägg till planens balansbudget för att följa soliditeten.');
      if (
        goal.model === 'fullfondering' &&
        !plan.drivers.ansvarsforbindelse &&
        !m.bb.byId.has('ansvarsforbindelse_pensioner')
      )
        return missing(
          'Ansvarsförbindelsen för pensioner',
          'Lägg till den i balansbudgeten eller som antagande.',
        );
      return { span: 'budget' };
    }
    case 'sjalvfinansieringsgrad': {
      const kassaflode =
        printsAll(m, 'finansieringsbudget', 'kassaflode_lopande', balanceYears) &&
        printsAll(m, 'finansieringsbudget', 'kassaflode_investering', balanceYears);
      if (goal.definition === 'kassaflode' && !kassaflode)
        return missing(
          'En finansieringsbudget',
          'Lägg till planens finansieringsbudget (kassaflödesanalys).',
        );
      if (goal.definition === 'resultat' && !m.investments)
        return missing('Investeringarna', 'Lägg till planens investeringar per år.');
      // (Årets resultat + avskrivningar) / investeringar: a plan that prints only the net has no avskrivningar.
      if (goal.definition === 'resultat' && !printsAll(m, 'resultatbudget', 'avskrivningar', balanceYears))
        return missing('Avskrivningarna', 'Lägg till raden Avskrivningar i resultatbudgeten.');
      const period = periodOf(m, goal);
      return period ? { span: 'first', period } : { span: 'budget' };
    }
    case 'skuldandel': {
      const needed =
        goal.debt === 'langfristiga'
          ? ['langfristiga_skulder']
          : ['langfristiga_skulder', 'kortfristiga_skulder'];
      if (!m.bb || needed.some((id) => !printsAll(m, 'balansbudget', id, balanceYears)))
        return missing(
          'Skulderna i balansbudgeten',
          'Lägg till balansbudgetens långfristiga och kortfristiga skulder.',
        );
      return { span: 'budget' };
    }
  }
};
