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

/** Every path in the plan file where an object stands, e.g. `tables.namndramar.namnder`. */
const objectPaths = (value: unknown, path: readonly string[] = []): (readonly string[])[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? [path, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))]
    : [];

const replaced = (path: readonly string[], value: unknown): unknown => {
  const plan = clone();
  let parent: Record<string, unknown> = plan;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  parent[path[path.length - 1] ?? ''] = value;
  return plan;
};

/** The typed error, or a description of whatever else came out (which the tests below must never see). */
const outcome = (input: unknown): string => {
  try {
    parsePlan(input);
    return 'accepted';
  } catch (error) {
    return error instanceof PlanError ? 'PlanError' : `${String(error)}`;
  }
};

describe('parsePlan fails only with its typed error', () => {
  const paths = objectPaths(planJson).filter((path) => path.length > 0);

  it.each([
    ['a list', []],
    ['null', null],
    ['text', 'x'],
    ['a number', 1],
    ['a list of numbers', [2025, 2026]],
  ])('names the field when %s stands where an object is expected, at every such place', (_, value) => {
    expect(paths.length).toBeGreaterThan(100);
    for (const path of paths) {
      const problems = problemsOf(replaced(path, value));
      // The field itself is named (a nested table may instead name its first missing field).
      expect(
        problems.some((p) => p.startsWith(path.join('.'))),
        path.join('.'),
      ).toBe(true);
    }
  });

  it('refuses an empty list where an object of rows is expected (valibot would read it as {})', () => {
    expect(problemsOf(replaced(['tables', 'namndramar', 'namnder'], []))).toEqual([
      'tables.namndramar.namnder: ett objekt väntades (fick [])',
    ]);
    expect(problemsOf(replaced(['sources'], []))).toEqual(['sources: ett objekt väntades (fick [])']);
    expect(problemsOf(replaced(['tables'], []))).toEqual(['tables: ett objekt väntades (fick [])']);
    expect(problemsOf(replaced(['years'], []))).toEqual(['years: ett objekt väntades (fick [])']);
  });

  it('refuses the whole file as a list, null, text, a number or nothing', () => {
    for (const input of [[], null, 'plan', 7, true, undefined])
      expect(problemsOf(input)).toEqual(['(hela filen): ett objekt väntades']);
  });

  it('describes a value JSON cannot write: nested deeper than the stack, a cycle, a BigInt', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(problemsOf(replaced(['name'], deep))).toEqual(['name: text väntades (fick en lista)']);
    expect(problemsOf(replaced(['name'], cyclic))).toEqual(['name: text väntades (fick ett objekt)']);
    expect(problemsOf(replaced(['name'], 10n))).toEqual(['name: text väntades (fick ett heltal utan gräns)']);
    expect(outcome(replaced(['extra'], deep))).toBe('PlanError');
  });

  it('refuses a plan without nämnder, or with two the model cannot tell apart', () => {
    expect(problemsOf(replaced(['tables', 'namndramar', 'namnder'], {}))).toEqual([
      'tables.namndramar.namnder: minst en nämnd (fick {})',
    ]);
    const namnder = clone() as { tables: { namndramar: { namnder: Record<string, unknown> } } };
    const [first] = Object.values(namnder.tables.namndramar.namnder);
    namnder.tables.namndramar.namnder['Hälso- och sjukvård'] = first;
    namnder.tables.namndramar.namnder['Hälso och sjukvård'] = first;
    namnder.tables.namndramar.namnder['–'] = first;
    expect(problemsOf(namnder)).toEqual([
      'tables.namndramar.namnder: ”Hälso och sjukvård” och ”Hälso- och sjukvård” går inte att skilja åt',
      'tables.namndramar.namnder: ”–” saknar bokstäver och siffror',
    ]);
  });

  it('accepts 10 budget years and refuses 11', () => {
    const years = (count: number) => Array.from({ length: count }, (_, i) => 2025 + i);
    expect(problemsOf(replaced(['years', 'budget'], years(11)))).toContain(
      'years.budget: högst 10 budgetår (fick [2025,2026,2027,2028,2029,2030,2031,2…)',
    );
    // Ten are within the limit: what is wrong then is only the missing figures of the new years.
    expect(
      problemsOf(replaced(['years', 'budget'], years(10))).every(
        (p) => p.includes('saknas') || p.startsWith('years'),
      ),
    ).toBe(true);
    expect(problemsOf(replaced(['years', 'budget'], years(10)))).not.toContain(
      expect.stringContaining('högst 10 budgetår'),
    );
  });
});
