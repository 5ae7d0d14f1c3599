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
    expect(problemsOf(plan)).toEqual(['goals: balanskravet (kommunallagen 11 kap.) ska finnas med']);
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
