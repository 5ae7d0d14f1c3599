import { expect } from 'vitest';
import { evaluateGoals } from '../../src/model/goals';
import type { Plan } from '../../src/model/planSchema';
import { reconcile } from '../../src/model/reconcile';
import { numberAt, type Results } from '../../src/model/results';
import { yearsOf } from '../../src/model/rowSpec';
import { tableChecks } from '../../src/model/tableChecks';
import { allYears, budgetYears } from '../../src/model/years';
import type { GeneratedPlan } from '../planArbitraries';
import { leavesOf } from './tree';

/** The properties every generated plan has, as decided and with changes; each names what failed and where. */
const near = (actual: number | undefined, expected: number, what: string) => {
  expect(actual, `${what}: no number`).toBeTypeOf('number');
  expect(Math.abs((actual ?? NaN) - expected), `${what}: ${actual} ≠ ${expected}`).toBeLessThan(1e-6);
};

const yearsWith = (results: Results, id: string) => Object.keys(results.cells[id] ?? {}).map(Number);
const sumOf = (results: Results, ids: readonly string[], year: number) =>
  ids.reduce((sum, id) => sum + (numberAt(results, id, year) ?? 0), 0);

/** No computed cell is a formula error. */
export const noFormulaErrors = (results: Results, where: string) => {
  const errors = Object.entries(results.cells).flatMap(([id, cells]) =>
    Object.entries(cells).flatMap(([year, value]) =>
      value !== null && typeof value === 'object' ? [`${id} ${year}: ${JSON.stringify(value)}`] : [],
    ),
  );
  expect(errors, `formula errors ${where}`).toEqual([]);
};

/** Every printed sum is the sum of the printed lines it is made of; årets resultat and balanskravsresultat too. */
export const sumsAddUp = (generated: GeneratedPlan, results: Results, where: string) => {
  for (const sum of generated.sums)
    for (const year of yearsWith(results, sum.id))
      near(numberAt(results, sum.id, year), sumOf(results, sum.leaves, year), `${where}: ${sum.id} ${year}`);
  for (const year of yearsWith(results, 'arets_resultat'))
    near(
      numberAt(results, 'arets_resultat', year),
      sumOf(results, generated.aretsResultat, year),
      `${where}: årets resultat ${year} = ${generated.aretsResultat.join(' + ')}`,
    );
  for (const year of yearsWith(results, 'balanskravsresultat'))
    near(
      numberAt(results, 'balanskravsresultat', year),
      sumOf(results, generated.balanskravsresultat, year),
      `${where}: balanskravsresultat ${year}`,
    );
};

/** The balance balances, eget kapital grows by årets resultat, the cash flow adds up and likvida medel chain. */
export const statementsHold = (plan: Plan, results: Results, where: string) => {
  const v = (id: string, year: number) => numberAt(results, id, year);
  const bb = plan.statements.balansbudget?.rows;
  const fb = plan.statements.finansieringsbudget?.rows;
  const budget = budgetYears(plan);
  const partOf = (rows: typeof fb, id: string, year: number) =>
    v(id, year) ?? sumOf(results, leavesOf(rows ?? [], id), year);
  for (const year of budget) {
    if (bb) {
      near(
        v('summa_tillgangar', year),
        v('summa_eget_kapital_och_skulder', year) ?? NaN,
        `${where}: balans ${year}`,
      );
      if (bb.some((row) => row.id === 'bb_arets_resultat'))
        near(
          v('bb_arets_resultat', year),
          v('arets_resultat', year) ?? NaN,
          `${where}: resultat i balansen ${year}`,
        );
      if (year > (budget[0] ?? 0))
        near(
          partOf(bb, 'eget_kapital', year),
          partOf(bb, 'eget_kapital', year - 1) + (v('arets_resultat', year) ?? NaN),
          `${where}: eget kapital ${year}`,
        );
    }
    if (fb) {
      const parts = ['kassaflode_lopande', 'kassaflode_investering', 'kassaflode_finansiering'] as const;
      near(
        v('arets_kassaflode', year),
        parts.reduce((sum, id) => sum + partOf(fb, id, year), 0),
        `${where}: årets kassaflöde ${year}`,
      );
      if (fb.some((row) => row.id === 'likvida_medel_slut')) {
        near(
          v('likvida_medel_slut', year),
          (v('likvida_medel_borjan', year) ?? NaN) + (v('arets_kassaflode', year) ?? NaN),
          `${where}: likvida medel ${year}`,
        );
        const before = v('likvida_medel_slut', year - 1);
        if (before !== undefined)
          near(v('likvida_medel_borjan', year), before, `${where}: ingående likvida ${year}`);
      }
    }
  }
};

/** Every goal either says what the plan lacks, or has a value and a verdict in each year it is judged. */
export const goalsAnswered = (generated: GeneratedPlan, plan: Plan, results: Results, where: string) => {
  const years = allYears(plan);
  const budget = budgetYears(plan);
  for (const goal of evaluateGoals(plan, results)) {
    const lacking = generated.goalsLacking.has(goal.id);
    expect(
      goal.missing !== undefined,
      `${where}: goal ${goal.id} (${goal.kind}) missing = ${goal.missing}`,
    ).toBe(lacking);
    if (goal.missing !== undefined) {
      expect(goal.missing).toMatch(/saknas i planen/);
      continue;
    }
    for (const year of yearsOf(goal.span, years, budget)) {
      const status = goal.years.find((entry) => entry.year === year);
      expect(Number.isFinite(status?.value), `${where}: goal ${goal.id} ${year} value ${status?.value}`).toBe(
        true,
      );
      expect(status?.met, `${where}: goal ${goal.id} ${year} verdict`).toBeTypeOf('boolean');
    }
  }
};

/** Without changes the model reproduces every printed figure within the table's rounding, and the tables agree with themselves. */
export const reproducesPlan = (plan: Plan, results: Results) => {
  const outside = reconcile(plan, results)
    .filter((line) => !line.withinTolerance)
    .map((l) => `${l.table} ${l.rowId} ${l.year}: ${l.computed} vs ${l.published}`);
  expect(outside, `not reproduced: ${outside.slice(0, 5).join('; ')}`).toEqual([]);
  const disagreeing = tableChecks(plan)
    .filter((check) => !check.withinRounding)
    .map((check) => `${check.statement} ${check.rowId} ${check.year}: ${check.expression}`);
  expect(disagreeing, `tables disagree: ${disagreeing.slice(0, 5).join('; ')}`).toEqual([]);
};
