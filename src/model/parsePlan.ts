import * as v from 'valibot';
import { describeIssues, isPlainObject } from './describeIssues';
import { planSchema, type Plan } from './planSchema';
import { slug } from './rows/planRowContext';
import { allYears, budgetYears } from './years';

/** A plan file that cannot be used; `problems` name each field and what is wrong with it, in Swedish. */
export class PlanError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Planfilen kan inte användas: ${problems.join('; ')}`);
    this.name = 'PlanError';
    this.problems = problems;
  }
}

/** Each nämnd's rows are named after it (`Anslag_året_innan_Regionstyrelsen`): two names may not meet in one. */
const namndProblems = (plan: Plan): string[] => {
  const problems: string[] = [];
  const slugs = new Map<string, string>();
  for (const namnd of Object.keys(plan.tables.namndramar.namnder)) {
    const id = slug(namnd);
    const other = slugs.get(id);
    if (id === '')
      problems.push(`tables.namndramar.namnder: ”${namnd.slice(0, 40)}” saknar bokstäver och siffror`);
    else if (other !== undefined)
      problems.push(
        `tables.namndramar.namnder: ”${namnd.slice(0, 40)}” och ”${other.slice(0, 40)}” går inte att skilja åt`,
      );
    slugs.set(id, namnd);
  }
  return problems;
};

/** Rows that every year of the model needs: the model cannot invent a published figure that is missing. */
const coverage = (plan: Plan): string[] => {
  const problems: string[] = [];
  const need = (path: string, values: Record<string, number>, years: readonly number[]) => {
    for (const year of years)
      if (values[String(year)] === undefined) problems.push(`${path}.${year}: saknas`);
  };
  const all = allYears(plan);
  const budget = budgetYears(plan);
  for (const [row, values] of Object.entries(plan.tables.resultatbudget.rows))
    need(`tables.resultatbudget.rows.${row}`, values, all);
  for (const [row, values] of Object.entries(plan.tables.balansbudget.rows))
    need(`tables.balansbudget.rows.${row}`, values, budget);
  for (const [row, values] of Object.entries(plan.tables.finansieringsbudget.rows))
    need(`tables.finansieringsbudget.rows.${row}`, values, budget);
  need(
    'tables.skattOchUtjamning.rows.inkomstutjamning',
    plan.tables.skattOchUtjamning.rows.inkomstutjamning,
    budget,
  );
  need('tables.befolkning.rows.regionens_prognos', plan.tables.befolkning.rows.regionens_prognos, all);
  need('tables.skattesats.rows.utdebitering', plan.tables.skattesats.rows.utdebitering, all);
  need(
    'tables.skatteunderlagstillvaxt.rows.tillvaxt',
    plan.tables.skatteunderlagstillvaxt.rows.tillvaxt,
    budget,
  );
  need('tables.lpik.rows.inkl_lakemedel', plan.tables.lpik.rows.inkl_lakemedel, budget);
  need('tables.namndramar.summa', plan.tables.namndramar.summa, budget);
  need(
    'assumptions.items.ansvarsforbindelse.values',
    plan.assumptions.items.ansvarsforbindelse.values,
    budget,
  );
  need(
    'assumptions.items.skatteunderlagstillvaxtKalkyl.values',
    plan.assumptions.items.skatteunderlagstillvaxtKalkyl.values,
    plan.years.kalkyl,
  );
  const firstBudget = budget[0];
  if (firstBudget !== undefined && plan.years.base !== firstBudget - 1)
    problems.push(`years.base: ska vara året före första budgetåret (${firstBudget - 1})`);
  const ordered = [...budget, ...plan.years.kalkyl];
  if (ordered.some((year, i) => i > 0 && year !== (ordered[i - 1] ?? 0) + 1))
    problems.push('years: budget- och kalkylåren ska vara på varandra följande år');
  const anyNamnd = Object.values(plan.tables.namndramar.namnder)[0];
  if (anyNamnd) need('tables.namndramar.namnder.*.anslag_aret_innan', anyNamnd.anslag_aret_innan, budget);
  return [...problems, ...namndProblems(plan)];
};

/**
 * Validates an unknown value (a parsed JSON plan file) and returns it as a typed, frozen {@link Plan}.
 *
 * @throws {@link PlanError} naming every field that is missing or wrong.
 * @example
 *   const plan = parsePlan(JSON.parse(text)); // PlanError: "tables.resultatbudget.rows.skatteintakter.2025: ett tal väntades (fick "7 926")"
 */
export const parsePlan = (input: unknown): Plan => {
  if (!isPlainObject(input)) throw new PlanError(['(hela filen): ett objekt väntades']);
  const result = v.safeParse(planSchema, input);
  if (!result.success) {
    throw new PlanError(describeIssues(result.issues));
  }
  const problems = coverage(result.output);
  if (problems.length > 0) throw new PlanError(problems.slice(0, 10));
  return deepFreeze(result.output);
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};
