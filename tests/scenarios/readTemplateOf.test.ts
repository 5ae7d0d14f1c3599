import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/model/parsePlan';
import { forecastFromPlan, forecastRows } from '../../src/model/revisions/forecastEdit';
import { planTemplate } from '../../src/persistence/xlsx/planTemplate';
import { readTemplateOf } from '../../src/scenarios/planTransfer';

const read = (path: string) => parsePlan(JSON.parse(readFileSync(path, 'utf8')));
const plan = read('fixtures/plans/norrbotten-2025-2027.json');
const revised = read('fixtures/revisions/norrbotten-2025-2027-v2.json');
const sjobo = read('fixtures/plans/sjobo-2024-2027.json');
const xlsx = async (of: typeof plan, name = 'Planmall.xlsx') =>
  new File([new Uint8Array(await planTemplate(of))], name);

describe('"Läs in planmallen…" in Ny prognos (issue 16 §1: a forecast imported from the plan template)', () => {
  it('reads the forecast a filled-in template of the same plan holds: skatteunderlagstillväxt 2025 3,7 %', async () => {
    const result = await readTemplateOf(plan, await xlsx(revised));
    expect(result.ok).toBe(true);
    const found = result.ok ? forecastFromPlan(forecastRows(plan), result.plan) : new Map();
    expect(found.get('driver:skatteunderlagstillvaxt:2025')).toBe(3.7);
    expect(found.has('driver:skatteunderlagstillvaxt:2026')).toBe(false);
  });

  it("refuses another plan's template and a file that is no template, in Swedish", async () => {
    expect(await readTemplateOf(plan, await xlsx(sjobo))).toEqual({
      ok: false,
      message:
        'Mallen gäller ”Sjöbo kommun · Budget 2024 med plan 2025–2027”, inte den öppna planen. Inget lästes in.',
    });
    expect(await readTemplateOf(plan, new File(['inte en mall'], 'Planmall.xlsx'))).toEqual({
      ok: false,
      message:
        'Mallen kan inte läsas in: Filen är ingen Excelarbetsbok (.xlsx). Spara den som Excelarbetsbok och försök igen.',
    });
    expect((await readTemplateOf(plan, new File(['{}'], 'plan.json'))).ok).toBe(false);
  });
});
