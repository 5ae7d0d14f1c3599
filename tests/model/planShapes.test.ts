import { describe, expect, it } from 'vitest';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { goalDefinitions } from '../../src/model/goals';
import { parsePlan } from '../../src/model/parsePlan';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { valueOf } from '../helpers';

/**
 * Plan shapes the three built-in plans do not have, each one that the generated-plan property test
 * (generatedPlans.property.test.ts) found the model could not handle. Built from Sjöbo's published tables
 * with one thing changed, so the expected figures are Sjöbo's own.
 */
type Json = { statements: { resultatbudget: { rows: { id: string }[] } } } & Record<string, unknown>;
const sjobo = (change: (plan: Json) => void): unknown => {
  const plan = JSON.parse(JSON.stringify(sjoboJson)) as Json;
  change(plan);
  return plan;
};
const withoutRow = (id: string) => (plan: Json) => {
  plan.statements.resultatbudget.rows = plan.statements.resultatbudget.rows.filter((row) => row.id !== id);
};

describe('a plan that prints no verksamhetens nettokostnad', () => {
  const plan = parsePlan(sjobo(withoutRow('verksamhetens_nettokostnad')));
  const { results } = calculateOnce(plan, NO_CHANGES);

  it('uprates the net of its printed intäkter, kostnader and avskrivningar the year before', () => {
    // Sjöbo 2023: 372,4 − 1 628,8 − 35,9 = −1 292,3; 2024: 335,6 − 1 656,2 − 37,7 = −1 358,3.
    expect(valueOf(results, 'ramunderlag', 2024)).toBeCloseTo(1292.3, 9);
    expect(valueOf(results, 'ramunderlag', 2025)).toBeCloseTo(1358.3, 9);
  });

  it('lowers verksamhetens kostnader by the index change on that net', () => {
    const changed = calculateOnce(plan, { inputs: { prisindex: { '2024': 1 } }, frameChanges: [] }).results;
    expect(valueOf(changed, 'verksamhetens_kostnader', 2024)).toBeCloseTo(-1656.2 - 12.923, 9);
  });
});

describe('a plan that prints no avskrivningar', () => {
  const goal = {
    id: 'sjalvfinansiering',
    kind: 'sjalvfinansieringsgrad',
    definition: 'resultat',
    min: 100,
    source: { kind: 'entered' },
  };
  const plan = parsePlan(
    sjobo((json) => {
      // Depreciation folded into the costs, as a plan printing only the net has it; investments given.
      const rows = json.statements.resultatbudget.rows as { id: string; values: Record<string, number> }[];
      const avskrivningar = rows.find((row) => row.id === 'avskrivningar');
      const kostnader = rows.find((row) => row.id === 'verksamhetens_kostnader');
      for (const [year, value] of Object.entries(avskrivningar?.values ?? {}))
        if (kostnader) kostnader.values[year] = (kostnader.values[year] ?? 0) + value;
      withoutRow('avskrivningar')(json);
      (json.drivers as Record<string, unknown>).investeringar = {
        source: { kind: 'entered' },
        materiella: { '2024': 60, '2025': 70, '2026': 60, '2027': 55 },
      };
      (json.goals as unknown[]).push(goal);
    }),
  );

  it('says självfinansieringsgraden by resultat lacks them, rather than failing to compute', () => {
    const definition = goalDefinitions(plan).find((candidate) => candidate.id === 'sjalvfinansiering');
    expect(definition?.missing).toBe(
      'Avskrivningarna saknas i planen. Lägg till raden Avskrivningar i resultatbudgeten.',
    );
    expect(calculateOnce(plan, NO_CHANGES).results.cells.mal_sjalvfinansiering).toBeUndefined();
  });
});
