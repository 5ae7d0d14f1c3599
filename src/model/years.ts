import type { Plan } from './planSchema';

/** A calendar year of the plan, e.g. 2025. A column year is the budget year. */
export type Year = number;

/** The modelled years: the budget years fullmäktige decides, then the kalkyl years. Scenarios change these. */
export const allYears = (plan: Plan): readonly Year[] => [...plan.years.budget, ...plan.years.kalkyl];

export const budgetYears = (plan: Plan): readonly Year[] => plan.years.budget;

/** Published columns before the first budget year (bokslut, föregående budget): shown, never changed. */
export const historyYears = (plan: Plan): readonly Year[] => plan.years.history ?? [];

/** Every column of the statements: history, then the modelled years. */
export const columnYears = (plan: Plan): readonly Year[] => [...historyYears(plan), ...allYears(plan)];

export const isBudgetYear = (plan: Plan, year: Year): boolean => plan.years.budget.includes(year);

/** A value from a `{ "2025": 1019 }` table row; `undefined` where the plan publishes nothing. */
export const valueIn = (values: Readonly<Record<string, number>>, year: Year): number | undefined =>
  values[String(year)];
