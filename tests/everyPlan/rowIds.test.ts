import { describe, expect, it } from 'vitest';
import type { PanelSpec } from '../../src/charts/chartSpecs';
import { modelRows } from '../../src/model/modelRows';
import { cellAt, flagAt, numberAt } from '../../src/model/results';
import { isKnownRowId, type RowId } from '../../src/model/rowId';
import { compiled, PLANS, planById } from './plans';

describe.each(PLANS)('the row ids of %s', (_name, id) => {
  const plan = planById(id);

  it('are each a standard, model or generated row id, or one of the plan’s own printed rows', () => {
    const own = new Set(
      Object.values(plan.statements).flatMap((statement) => statement?.rows.map((r) => r.id) ?? []),
    );
    const unnamed = modelRows(plan)
      .all.map((row) => row.id)
      .filter((rowId) => !isKnownRowId(rowId) && !own.has(rowId));
    expect(unnamed).toEqual([]);
  });
});

describe('a row id literal', () => {
  const { workbook, results } = compiled(planById('norrbotten-2025-2027'));

  it('is checked when it is written, and a string from the plan still passes', () => {
    expect(numberAt(results, 'skatteintakter', 2025)).toBeCloseTo(7926, 9);
    expect(cellAt(results, 'mal_balanskrav_uppfyllt', 2025)).toEqual(expect.any(Boolean));
    expect(numberAt(results, 'plan_skattesats', 2025)).toBeCloseTo(11.34, 9);
    const fromPlan: string = plan().statements.resultatbudget.rows[0]?.id ?? '';
    expect(numberAt(results, fromPlan, 2025)).toEqual(expect.any(Number));
    // Misspelt ids fail to compile (`npm run typecheck`); at run time they would just read nothing.
    // @ts-expect-error: not a row id
    expect(numberAt(results, 'skatteintakterr', 2025)).toBeUndefined();
    // @ts-expect-error: not a row id
    expect(flagAt(results, 'balanskrav_uppfylt', 2025)).toBeUndefined();
    // @ts-expect-error: not a row id
    expect(workbook.layout.cellOf('skattesatts', 2025)).toBeUndefined();
    // @ts-expect-error: not a row id
    const panel: PanelSpec = { title: 'Resultat', rowId: 'arets_resultatt' };
    expect(panel.title).toBe('Resultat');
    // @ts-expect-error: not a row id
    const list = ['balanskravsresultat', 'soliditett'] as const satisfies readonly RowId[];
    expect(list).toHaveLength(2);
  });
});

const plan = () => planById('norrbotten-2025-2027');
