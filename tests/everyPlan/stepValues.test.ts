import { afterAll, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import type { StepValue } from '../../src/model/stepValues';
import { createStepValueCalculator } from '../../src/scenarios/stepValues';
import { planById } from './plans';

// From the plan files: the drivers each has (Västernorrland only a skattesats; Sjöbo a befolkning and its
// "Pris- och lönekompensation" without values), and one öre in the first budget year by hand: the skatt
// line(s) / skattesats × 0,01. Norrbotten 7 926 / 1 134 (its skatteintäkter are all skatt); Sjöbo's
// kommunalskatt 995,3 / 2 092 (its inkomstutjämning does not follow the own rate); Västernorrland
// 6 384 / 1 129 (no notes: the whole of skatteintäkter follows the rate).
const EXPECTED = {
  'norrbotten-2025-2027': {
    steps: ['ore', 'invanare', 'prisindex'],
    index: 'LPIK +0,1 procentenhet',
    ore: 7926 / 1134,
  },
  'sjobo-2024-2027': {
    steps: ['ore', 'invanare', 'prisindex'],
    index: 'Pris- och lönekompensation +0,1 procentenhet',
    ore: 995.3 / 2092,
  },
  'vasternorrland-2022-2024': { steps: ['ore'], index: undefined, ore: 6384 / 1129 },
} as const;

describe.each(Object.entries(EXPECTED))('step values on %s', { timeout: 60_000 }, (id, expected) => {
  const plan = planById(id);
  const workbook = compileWorkbook(plan, NO_CHANGES);
  const calculator = createStepValueCalculator(workbook);
  afterAll(() => calculator.destroy());
  const steps: readonly StepValue[] = calculator.compute(NO_CHANGES).steps;
  const first = workbook.layout.budgetYears[0] ?? 0;

  it('exist for the plan’s own drivers only, the index named as the plan names it', () => {
    expect(steps.map((step) => step.spec.id)).toEqual(expected.steps);
    expect(steps.find((step) => step.spec.id === 'prisindex')?.spec.label).toBe(expected.index);
  });

  it('give a number for every effect in every modelled year', () => {
    for (const step of steps)
      for (const year of workbook.layout.years) {
        const at = step.years.find((y) => y.year === year);
        for (const effect of step.spec.effects)
          expect(at?.effects[effect.id], `${step.spec.id} ${effect.id} ${year}`).toEqual(expect.any(Number));
      }
  });

  it('value one öre as the skatt line over the rate, by hand', () => {
    const ore = steps.find((step) => step.spec.id === 'ore')?.years.find((y) => y.year === first);
    expect(ore?.effects['skatteintakter']).toBeCloseTo(expected.ore, 6);
  });
});
