import type { Plan } from './planSchema';

/** A calendar year of the plan, e.g. 2025. Column years are budget years (DOMAIN.md §1). */
export type Year = number;

/** The budget years (the three years fullmäktige decides), then the kalkyl years. */
export const allYears = (plan: Plan): readonly Year[] => [...plan.years.budget, ...plan.years.kalkyl];

export const budgetYears = (plan: Plan): readonly Year[] => plan.years.budget;

export const isBudgetYear = (plan: Plan, year: Year): boolean => plan.years.budget.includes(year);

/** A value from a `{ "2025": 1019 }` table row; `undefined` where the plan publishes nothing. */
export const valueIn = (values: Readonly<Record<string, number>>, year: Year): number | undefined =>
  values[String(year)];
