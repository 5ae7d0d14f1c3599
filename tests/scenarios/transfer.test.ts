import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import {
  allScenariosFile,
  excelFile,
  previewScenario,
  readScenarioText,
  readShareLink,
  scenarioFile,
  shareLink,
} from '../../src/scenarios/transfer';
import { deltaOf, plan, compute } from '../helpers';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const store = createScenarioStore(plan, newScenario(plan, 'Mitt scenario', 'p1', new Date()));
afterAll(() => store.destroy());
const now = new Date('2026-11-25T13:00:00.000Z');
const withData = (patch: (data: Record<string, unknown>) => void) => {
  const file = JSON.parse(example) as { data: Record<string, unknown> };
  patch(file.data);
  return JSON.stringify(file);
};

describe('transfer for the UI', () => {
  it('reads the example as a copy that fits the plan', () => {
    const result = readScenarioText(example, store.getState(), now);
    expect(result.ok && result.documents[0]?.changes.inputs.skattesats?.['2025']).toBe(11.44);
  });

  it.each([
    [
      'another plan',
      (d: Record<string, unknown>) =>
        (d.plan = { id: 'gotland-2025', version: 1, name: 'Budget 2025', organisation: 'Region Gotland' }),
      /gäller Budget 2025, Region Gotland, inte Strategisk plan 2025–2027/,
    ],
    [
      'an unknown input',
      (d: Record<string, unknown>) => (d.changes = { inputs: { okand: { '2025': 1 } }, frameChanges: [] }),
      /Okänt antagande "okand"/,
    ],
    [
      'a value out of bounds',
      (d: Record<string, unknown>) =>
        (d.changes = { inputs: { skattesats: { '2025': 0 } }, frameChanges: [] }),
      /Skattesats 2025: 0 ligger utanför/,
    ],
  ])('refuses a scenario for %s, saying why', (_what, patch, problem) => {
    const result = readScenarioText(withData(patch), store.getState(), now);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe('Scenariot passar inte planen och kan inte öppnas.');
      expect(result.problems.join('\n')).toMatch(problem);
    }
  });

  it('makes files of the open scenario and of several, which read back', () => {
    const document = store.getState().document;
    expect(scenarioFile(document, now).name).toBe('budgetverkstad-mitt-scenario-2026-11-25.json');
    const all = allScenariosFile([document, document], now);
    const result = readScenarioText(all.contents as string, store.getState(), now);
    expect(result.ok && result.documents).toHaveLength(2);
  });

  it('reads a share link back, and ignores other fragments', async () => {
    const parsed = readScenarioText(example, store.getState(), now);
    if (!parsed.ok || !parsed.documents[0]) throw new Error('exemplet gick inte att läsa');
    const link = await shareLink('http://localhost/', parsed.documents[0], now);
    const result = await readShareLink(new URL(link).hash, store.getState());
    expect(result?.ok && result.scenario.name).toBe('Skatt +10 öre');
    expect(readShareLink('#vy', store.getState())).toBeUndefined();
  });

  it('previews a scenario that is not open: its key figures against the plan', () => {
    const parsed = readScenarioText(example, store.getState(), now);
    if (!parsed.ok || !parsed.documents[0]) throw new Error('exemplet gick inte att läsa');
    const preview = previewScenario(store.getState(), parsed.documents[0]);
    const skatt = preview.rows.find((r) => r.row.id === 'skatteintakter');
    const expected = deltaOf(compute(parsed.documents[0].changes), 'skatteintakter', 2025);
    expect((skatt?.scenario['2025'] as number) - (skatt?.plan['2025'] as number)).toBeCloseTo(expected, 9);
    expect(preview.years).toEqual([2025, 2026, 2027]);
  });

  it("previews the scenario's goals, for the goal bar", () => {
    const parsed = readScenarioText(example, store.getState(), now);
    if (!parsed.ok || !parsed.documents[0]) throw new Error('exemplet gick inte att läsa');
    const preview = previewScenario(store.getState(), parsed.documents[0]);
    const balanskrav = preview.goals.find((goal) => goal.id === 'balanskrav')?.years[0];
    const planValue = store.getState().planResults.cells.balanskravsresultat?.['2025'] as number;
    // +10 öre on 2025's skatteunderlag, 7 926 mnkr / 11,34 kr × 100 = 69 894 mnkr: +69,9 mnkr.
    expect((balanskrav?.value ?? 0) - planValue).toBeCloseTo(69.9, 0);
    expect(balanskrav?.value).toBe(
      preview.rows.find((r) => r.row.id === 'balanskravsresultat')?.scenario['2025'],
    );
    expect(balanskrav?.met).toBe(true);
  });

  it('makes an Excel file of the open scenario', async () => {
    const file = await excelFile(store.getState(), now);
    expect(file.name).toMatch(/\.xlsx$/);
    expect((file.contents as Uint8Array).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
  });
});
