import { describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { newScenario } from '../../src/scenarios/newScenario';
import {
  defaultDriversFor,
  projectorDriversFor,
  shownDriverRange,
  stepDriver,
} from '../../src/scenarios/projectorDrivers';
import { roundStep } from '../../src/scenarios/projectorSteps';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { planById } from './plans';

// From the plan files. Befolkning in the first budget year: Norrbotten 248 103, Sjöbo 19 549 (none in
// Västernorrland's). Skatt + statsbidrag in the first budget year: Norrbotten about 11 400, Sjöbo
// 995,3 + 327,0 = 1 322,3, Västernorrland 6 384 + 2 406 = 8 790 mnkr. Steps are 0,04 % and 0,4 % of the
// population and 0,1 % and 0,5 % of the revenue, rounded to 1, 2 or 5 × 10ⁿ.
const EXPECTED = {
  'norrbotten-2025-2027': {
    drivers: ['skattesats', 'befolkning', 'prisindex', 'investeringar_materiella', 'effektivisering'],
    shown: ['skattesats', 'befolkning', 'prisindex', 'investeringar_materiella'],
    range: { min: 3, max: 5 },
    index: 'LPIK',
    befolkning: [100, 1000],
    effektivisering: [10, 50],
  },
  'sjobo-2024-2027': {
    drivers: ['skattesats', 'befolkning', 'prisindex', 'effektivisering'],
    shown: ['skattesats', 'befolkning', 'prisindex'],
    range: { min: 3, max: 4 },
    index: 'Pris- och lönekompensation',
    befolkning: [10, 100],
    effektivisering: [1, 5],
  },
  'vasternorrland-2022-2024': {
    drivers: ['skattesats', 'effektivisering'],
    shown: ['skattesats', 'effektivisering'],
    range: { min: 2, max: 2 },
    index: undefined,
    befolkning: undefined,
    effektivisering: [10, 50],
  },
} as const;

describe.each(Object.entries(EXPECTED))('the projector on %s', (id, expected) => {
  const plan = planById(id);
  const { rows } = compileWorkbook(plan, NO_CHANGES);
  const drivers = projectorDriversFor(plan, (row) => rows.byId.has(row));
  const steps = (driver: string) => drivers.find((d) => d.id === driver)?.steps;

  it('offers only the drivers the plan has, the index by the plan’s own name', () => {
    expect(drivers.map((driver) => driver.id)).toEqual(expected.drivers);
    expect(drivers.find((driver) => driver.id === 'prisindex')?.label).toBe(expected.index);
  });

  it('shows the usual drivers the plan has first, topped up to three, and lets 3–5 (or all) be chosen', () => {
    expect(defaultDriversFor(drivers)).toEqual(expected.shown);
    expect(shownDriverRange(drivers)).toEqual(expected.range);
  });

  it('steps befolkning and the efficiency requirement in sizes of the plan’s own level', () => {
    expect(steps('befolkning')).toEqual(expected.befolkning);
    expect(steps('effektivisering')).toEqual(expected.effektivisering);
    // Skattesats in öre suits every plan: 1 and 10 öre.
    expect(steps('skattesats')).toEqual([0.01, 0.1]);
  });
});

describe('roundStep', () => {
  it('rounds to 1, 2 or 5 × 10ⁿ on a log scale', () => {
    expect([99.2, 992.4, 7.8, 78.2, 1.32, 6.6, 3, 0.15].map(roundStep)).toEqual([
      100, 1000, 10, 100, 1, 5, 2, 0.2,
    ]);
  });
});

describe('a refused projector step', () => {
  it('says the value and the limits with digit grouping', () => {
    const plan = planById('norrbotten-2025-2027');
    const store = createScenarioStore(
      plan,
      newScenario(plan, 'Test', 'test-id', new Date('2026-12-01T12:00:00Z')),
    );
    const { rows } = store.getState().workbook;
    const befolkning = projectorDriversFor(plan, (row) => rows.byId.has(row)).find(
      (d) => d.id === 'befolkning',
    );
    if (!befolkning) throw new Error('no befolkning');
    // 248 103 + 20 000 000 = 20 248 103, above the largest population the model takes (20 000 000).
    const answer = stepDriver(store.getState(), befolkning, 20_000_000);
    expect('refused' in answer && answer.refused).toMatch(/20\s248\s103: gränserna är 1 till 20\s000\s000\./);
    store.destroy();
  });
});
