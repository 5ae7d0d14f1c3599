import { describe, expect, it } from 'vitest';
import planJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import { parsePlan, PlanError } from '../../src/model/parsePlan';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(planJson)) as Record<string, unknown>;
const problemsOf = (input: unknown): readonly string[] => {
  try {
    parsePlan(input);
  } catch (error) {
    if (error instanceof PlanError) return error.problems;
    throw error;
  }
  return [];
};

describe('parsePlan', () => {
  it('accepts the Norrbotten plan and freezes it', () => {
    const plan = parsePlan(planJson);
    expect(plan.id).toBe('norrbotten-2025-2027');
    expect(Object.isFrozen(plan.tables.resultatbudget.rows.skatteintakter)).toBe(true);
  });

  it('names the field and the problem when a number is text', () => {
    const plan = clone() as {
      tables: { resultatbudget: { rows: { skatteintakter: Record<string, unknown> } } };
    };
    plan.tables.resultatbudget.rows.skatteintakter['2025'] = '7 926';
    expect(problemsOf(plan)).toEqual([
      'tables.resultatbudget.rows.skatteintakter.2025: ett tal väntades (fick "7 926")',
    ]);
  });

  it('names a missing year', () => {
    const plan = clone() as { tables: { balansbudget: { rows: { avsattningar: Record<string, unknown> } } } };
    delete plan.tables.balansbudget.rows.avsattningar['2026'];
    expect(problemsOf(plan)).toEqual(['tables.balansbudget.rows.avsattningar.2026: saknas']);
  });

  it('names a missing table and an unknown field', () => {
    const plan = clone() as { tables: Record<string, unknown> } & Record<string, unknown>;
    delete plan.tables.lpik;
    plan.extra = 1;
    const problems = problemsOf(plan);
    expect(problems).toContain('tables.lpik: fältet saknas');
    expect(problems).toContain('extra: okänt fält');
  });

  it('refuses a file that is not a plan at all', () => {
    expect(problemsOf([1, 2])).toEqual(['(hela filen): ett objekt väntades']);
    expect(() => parsePlan(null)).toThrow(/Planfilen kan inte användas/);
  });
});
