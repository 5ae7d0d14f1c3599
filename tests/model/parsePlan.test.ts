import { describe, expect, it } from 'vitest';
import planV1 from '../../fixtures/persisted-plans/v1/norrbotten-2025-2027.json';
import planJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import { migratePlanV1 } from '../../src/model/migratePlan';
import { parsePlan, PlanError } from '../../src/model/parsePlan';
import { planSchemaV1 } from '../../src/model/planSchemaV1';
import type { Source } from '../../src/model/planSchema';
import * as v from 'valibot';

type Json = Record<string, unknown> & {
  statements: {
    resultatbudget: { rows: { id: string; values: Record<string, unknown> }[] };
    balansbudget?: { rows: { id: string; values: Record<string, unknown> }[] };
  };
};
const clone = (): Json => JSON.parse(JSON.stringify(planJson)) as Json;
const problemsOf = (input: unknown): readonly string[] => {
  try {
    parsePlan(input);
  } catch (error) {
    if (error instanceof PlanError) return error.problems;
    throw error;
  }
  return [];
};
const rowIndex = (plan: Json, id: string) =>
  plan.statements.resultatbudget.rows.findIndex((row) => row.id === id);

describe('parsePlan', () => {
  it('accepts the Norrbotten plan and freezes it', () => {
    const plan = parsePlan(planJson);
    expect(plan.id).toBe('norrbotten-2025-2027');
    expect(plan.schemaVersion).toBe(2);
    expect(Object.isFrozen(plan.statements.resultatbudget.rows[0]?.values)).toBe(true);
  });

  it('names the field and the problem when a number is text', () => {
    const plan = clone();
    const i = rowIndex(plan, 'skatteintakter');
    const row = plan.statements.resultatbudget.rows[i];
    if (row) row.values['2025'] = '7 926';
    expect(problemsOf(plan)).toEqual([
      `statements.resultatbudget.rows.${i}.values.2025: ett tal väntades (fick "7 926")`,
    ]);
  });

  it('names a year the model needs and the plan does not print', () => {
    const plan = clone();
    const i = rowIndex(plan, 'finansiella_kostnader');
    delete plan.statements.resultatbudget.rows[i]?.values['2026'];
    expect(problemsOf(plan)).toEqual([
      `statements.resultatbudget.rows.${i} (finansiella_kostnader): värden saknas för 2026`,
    ]);
  });

  it('names a missing field, an unknown field and a source naming a document it does not list', () => {
    const plan = clone();
    delete (plan.drivers as Record<string, unknown>).skattesats;
    plan.extra = 1;
    const problems = problemsOf(plan);
    expect(problems).toContain('drivers.skattesats: fältet saknas');
    expect(problems).toContain('extra: okänt fält');
    const other = clone();
    (other.statements.resultatbudget as Record<string, unknown>).source = {
      kind: 'document',
      document: 'okand',
      section: 'x',
    };
    expect(problemsOf(other)).toEqual([
      'statements.resultatbudget.source.document: dokumentet "okand" finns inte under documents',
    ]);
  });

  it('places a plan’s own rows or says why not', () => {
    const plan = clone();
    plan.statements.resultatbudget.rows.splice(1, 0, { id: 'egen_rad', values: {} });
    expect(problemsOf(plan)).toEqual([
      'statements.resultatbudget.rows.1 (egen_rad): en egen rad behöver kind (line, sum eller varav)',
    ]);
    const line = clone();
    line.statements.resultatbudget.rows.splice(1, 0, { id: 'egen_rad', kind: 'line', values: {} } as never);
    expect(problemsOf(line)).toEqual([
      'statements.resultatbudget.rows.1 (egen_rad): en egen rad behöver in, en standardsumma den ingår i',
    ]);
    const reserved = clone();
    reserved.statements.resultatbudget.rows.splice(1, 0, {
      id: 'plan_x',
      kind: 'varav',
      of: ['verksamhetens_intakter'],
      values: {},
    } as never);
    expect(problemsOf(reserved)).toEqual([
      'statements.resultatbudget.rows.1 (plan_x): id:t är reserverat för modellen',
    ]);
  });

  it('requires the balanskrav among the goals', () => {
    const plan = clone();
    plan.goals = (plan.goals as { kind: string }[]).filter((goal) => goal.kind !== 'balanskrav');
    expect(problemsOf(plan)).toEqual(['goals: balanskravet (kommunallagen 11 kap.) saknas bland målen']);
  });

  it('refuses a revenue line whose behaviour does not fit its group', () => {
    const plan = JSON.parse(JSON.stringify(sjoboJson)) as {
      revenue: { lines: { id: string; group: string }[] };
    };
    const line = (id: string) => plan.revenue.lines.find((candidate) => candidate.id === id);
    const kostnadsutjamning = line('kostnadsutjamning');
    const kommunalskatt = line('kommunalskatt');
    if (kostnadsutjamning) kostnadsutjamning.group = 'skatt';
    if (kommunalskatt) kommunalskatt.group = 'statsbidrag';
    expect(problemsOf(plan)).toEqual([
      'revenue.lines.0 (kommunalskatt): statsbidrag och utjämning följer inte den egna skattesatsen (inkomstutjamning, befolkning eller fast)',
      'revenue.lines.4 (kostnadsutjamning): en skatterad följer skattesatsen (skatt) eller är fast',
    ]);
  });

  it('refuses a file that is not a plan at all, with its own error only', () => {
    expect(problemsOf([1, 2])).toEqual(['(hela filen): ett objekt väntades']);
    expect(() => parsePlan(null)).toThrow(/Planen kan inte användas/);
    for (const bad of [
      { ...clone(), statements: [] },
      { ...clone(), years: [] },
      { ...clone(), goals: {} },
      'plan',
      7,
    ])
      expect(() => parsePlan(bad)).toThrow(PlanError);
  });
});

describe('plan file version 1', () => {
  /**
   * The figures and their structure without the words around them: the version 2 file words its sources
   * ("avsnitt …", "tabell …") and gives revenue lines their reasons, which version 1 did not have.
   */
  const figures = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, inner: unknown) =>
      key === 'source' || key === 'note' ? undefined : inner,
    );
  /** Every source as its kind and document: the words may differ, the document may not. */
  const sourcesOf = (value: unknown): string[] => {
    const found: string[] = [];
    JSON.stringify(value, (key, inner: unknown) => {
      if (key === 'source' && inner && typeof inner === 'object')
        found.push(JSON.stringify([(inner as Source).kind, (inner as { document?: string }).document]));
      return inner;
    });
    return found;
  };

  it('migrates the frozen version 1 Norrbotten file to the built-in version 2 plan, figure for figure', () => {
    const old = v.parse(planSchemaV1, planV1);
    const migrated = migratePlanV1(old);
    const current = parsePlan(planJson);
    for (const part of ['statements', 'goals', 'revenue', 'namnder'] as const) {
      expect(figures(migrated[part]), part).toEqual(figures(current[part]));
      expect(sourcesOf(migrated[part]), part).toEqual(sourcesOf(current[part]));
    }
    expect(figures(parsePlan(planV1).statements)).toEqual(figures(current.statements));
  });

  it('does not change its input', () => {
    const before = JSON.stringify(planV1);
    migratePlanV1(v.parse(planSchemaV1, JSON.parse(before)));
    expect(JSON.stringify(planV1)).toBe(before);
  });
});

/** Every path in the plan file where an object stands, in lists too: `statements.resultatbudget.rows.0`. */
const objectPaths = (value: unknown, path: readonly string[] = []): (readonly string[])[] => {
  if (Array.isArray(value)) return value.flatMap((child, i) => objectPaths(child, [...path, String(i)]));
  return value !== null && typeof value === 'object'
    ? [path, ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key]))]
    : [];
};

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

  it('refuses an empty list where an object or a record is expected (valibot would read it as {})', () => {
    expect(problemsOf(replaced(['documents'], []))).toEqual(['documents: ett objekt väntades (fick [])']);
    expect(problemsOf(replaced(['statements'], []))).toEqual(['statements: ett objekt väntades (fick [])']);
    expect(problemsOf(replaced(['years'], []))).toEqual(['years: ett objekt väntades (fick [])']);
    expect(problemsOf(replaced(['drivers', 'skattesats', 'values'], []))).toEqual([
      'drivers.skattesats.values: ett objekt väntades (fick [])',
    ]);
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

  it('refuses an empty list of nämnder, or two the model cannot tell apart', () => {
    expect(outcome(replaced(['namnder', 'list'], []))).toBe('PlanError');
    const plan = clone() as unknown as { namnder: { list: { name: string }[] } };
    const [first] = plan.namnder.list;
    if (!first) throw new Error('Planen har inga nämnder');
    plan.namnder.list.push(
      { ...first, name: 'Hälso- och sjukvård' },
      { ...first, name: 'Hälso och sjukvård' },
    );
    expect(problemsOf(plan)).toContain(
      `namnder.list.${plan.namnder.list.length - 1}: ”Hälso och sjukvård” och ”Hälso- och sjukvård” går inte att skilja åt`,
    );
  });

  it('accepts 5 budget years and refuses 6', () => {
    const budget = (count: number) => Array.from({ length: count }, (_, i) => 2025 + i);
    const withBudget = (count: number) => {
      const plan = clone() as unknown as { years: { budget: number[]; kalkyl: number[] } };
      plan.years.budget = budget(count);
      plan.years.kalkyl = [];
      return plan;
    };
    expect(problemsOf(withBudget(6)).some((p) => p.startsWith('years.budget'))).toBe(true);
    // Five are within the limit: what is wrong then is only the missing figures of the new years.
    expect(problemsOf(withBudget(5)).some((p) => p.startsWith('years.budget'))).toBe(false);
  });
});
