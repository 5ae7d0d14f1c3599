import { afterAll, describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { personEffectKr, type StepValue } from '../../src/model/stepValues';
import { createStepValueCalculator, type SliceScheduler } from '../../src/scenarios/stepValues';
import { inputs, plan, printed, YEARS } from '../helpers';

/** Hand calculations from the plan fixture's own figures (DOMAIN.md §4), never the model's output. */
const skatteintakter = printed('resultatbudget', 'skatteintakter');
const nettokostnad = printed('resultatbudget', 'verksamhetens_nettokostnad');
const skattesats = plan.drivers.skattesats.values;
const per100 = plan.drivers.effektPer100Invanare?.value ?? NaN;
const namnder = plan.namnder?.list ?? [];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** LPIK uprates last year's frames: Bilaga 4's anslag 2024, the frames of 2025–2027, then nettokostnad. */
const ramunderlag = (year: number): number => {
  if (year === 2025) return -sum(namnder.map((n) => n.anslagAretInnan['2025'] ?? 0));
  if (year <= 2028) return -sum(namnder.map((n) => n.ram[String(year - 1)] ?? 0));
  return -(nettokostnad[String(year - 1)] ?? NaN);
};
/** One öre is skatteunderlag / 10 000, and skatteunderlag = skatteintäkter / skattesats × 100. */
const oreOf = (year: number) =>
  ((skatteintakter[String(year)] ?? NaN) / (skattesats[String(year)] ?? NaN)) * 100 * 0.0001;

const calculator = createStepValueCalculator(compileWorkbook(plan, NO_CHANGES));
afterAll(() => calculator.destroy());

const effect = (steps: readonly StepValue[], step: string, effectId: string, year: number): number => {
  const value = steps.find((s) => s.spec.id === step)?.years.find((y) => y.year === year)?.effects[effectId];
  if (value === undefined) throw new Error(`No ${step} ${effectId} ${year}`);
  return value;
};
const stepsOf = (changes: ScenarioChanges) => calculator.compute(changes).steps;

describe('step values of the plan', () => {
  const steps = stepsOf(NO_CHANGES);

  it('1 öre skatt is skatteintäkter / 1 134 each year (≈ 6,99 mnkr in 2025) and moves balanskravsresultat as much', () => {
    for (const year of YEARS) {
      expect(effect(steps, 'ore', 'skatteintakter', year), String(year)).toBeCloseTo(oreOf(year), 9);
      expect(effect(steps, 'ore', 'balanskravsresultat', year)).toBeCloseTo(oreOf(year), 9);
    }
    expect(effect(steps, 'ore', 'skatteintakter', 2025)).toBeCloseTo(7926 / 1134, 9);
  });

  it('100 invånare is the plan’s parameter (4,0 mnkr) in skatt and statsbidrag each year', () => {
    for (const year of YEARS)
      expect(effect(steps, 'invanare', 'skatt_och_statsbidrag', year), String(year)).toBeCloseTo(per100, 9);
  });

  it('LPIK +0,1 procentenhet is 0,1 % of last year’s frames on nettokostnad and balanskravsresultat', () => {
    for (const year of YEARS) {
      const expected = -ramunderlag(year) / 1000;
      expect(effect(steps, 'prisindex', 'verksamhetens_nettokostnad', year), String(year)).toBeCloseTo(
        expected,
        9,
      );
      expect(effect(steps, 'prisindex', 'balanskravsresultat', year)).toBeCloseTo(expected, 9);
    }
    expect(effect(steps, 'prisindex', 'verksamhetens_nettokostnad', 2025)).toBeCloseTo(-10.7781, 9);
  });

  it('re-runs the model once for the scenario and once per step and year', () => {
    const values = calculator.compute(NO_CHANGES);
    expect(values.runs).toBe(1 + 3 * YEARS.length);
    expect(values.ms).toBeGreaterThan(0);
  });
});

describe('step values follow the scenario', () => {
  it('a faster-growing skatteunderlag makes each öre worth more, from that year on', () => {
    const steps = stepsOf(inputs({ skatteunderlagstillvaxt: { 2026: 5.5 } }));
    const growth = 1.055 / (1 + (plan.drivers.skatteunderlagstillvaxt?.values?.['2026'] ?? NaN) / 100);
    expect(effect(steps, 'ore', 'skatteintakter', 2025)).toBeCloseTo(oreOf(2025), 9);
    expect(effect(steps, 'ore', 'skatteintakter', 2026)).toBeCloseTo(oreOf(2026) * growth, 9);
    expect(effect(steps, 'ore', 'skatteintakter', 2027)).toBeCloseTo(oreOf(2027) * growth, 9);
  });

  it('1 000 more inhabitants in 2025 widen the skatteunderlag by their share of 40 mnkr', () => {
    const befolkning = plan.drivers.befolkning?.values['2025'] ?? NaN;
    const steps = stepsOf(inputs({ befolkning: { 2025: befolkning + 1000 } }));
    const share = 7926 / (7926 + 3048);
    expect(effect(steps, 'ore', 'skatteintakter', 2025)).toBeCloseTo((7926 + 10 * per100 * share) / 1134, 9);
    expect(effect(steps, 'ore', 'skatteintakter', 2026)).toBeCloseTo(oreOf(2026), 9);
  });

  it('the per-100-inhabitants parameter is the 100-invånare value', () => {
    const steps = stepsOf(inputs({ intakt_per_100_invanare: { 2027: 5.5 } }));
    expect(effect(steps, 'invanare', 'skatt_och_statsbidrag', 2027)).toBeCloseTo(5.5, 9);
    expect(effect(steps, 'invanare', 'skatt_och_statsbidrag', 2026)).toBeCloseTo(per100, 9);
  });

  it('an earlier LPIK change compounds into the next year’s step', () => {
    const steps = stepsOf(inputs({ prisindex: { 2025: -0.3 } }));
    const earlier = ramunderlag(2025) / 100;
    const expected = -(ramunderlag(2026) / 1000 + earlier / 1000);
    expect(effect(steps, 'prisindex', 'verksamhetens_nettokostnad', 2026)).toBeCloseTo(expected, 9);
  });

  it('a higher skattesats does not change what one öre is worth (the rate does not move utjämning)', () => {
    const steps = stepsOf(inputs({ skattesats: { 2025: 11.44 } }));
    expect(effect(steps, 'ore', 'skatteintakter', 2025)).toBeCloseTo(oreOf(2025), 9);
  });
});

describe('for a person', () => {
  it('+10 öre at 300 000 kr is 300 kr a year, and scales with income and step', () => {
    expect(personEffectKr(300_000, 10)).toBe((300_000 * 10) / 100 / 100);
    expect(personEffectKr(250_000, 1)).toBe(25);
  });
});

describe('scheduled in slices after paint', () => {
  /** Runs queued slices one at a time, each with room for about one re-run. */
  const manual = () => {
    const queue: ((remaining: () => number) => void)[] = [];
    const scheduler: SliceScheduler = (work) => {
      queue.push(work);
      return () => queue.splice(queue.indexOf(work), 1);
    };
    const drain = () => {
      let slices = 0;
      while (queue.length > 0) {
        queue.shift()?.(() => 0);
        slices += 1;
      }
      return slices;
    };
    return { scheduler, drain };
  };

  it('gives the same values as computing at once, one re-run per slice', () => {
    const changes = inputs({ skattesats: { 2026: 11.5 } });
    const { scheduler, drain } = manual();
    let done: ReturnType<typeof calculator.compute> | undefined;
    calculator.schedule(changes, (values) => (done = values), scheduler);
    expect(done).toBeUndefined();
    expect(drain()).toBe(1 + 3 * YEARS.length); // the engine is already built by compute()
    expect(done?.steps).toEqual(calculator.compute(inputs({ skattesats: { 2026: 11.5 } })).steps);
  });

  it('stops when cancelled', () => {
    const { scheduler, drain } = manual();
    let done = false;
    const cancel = calculator.schedule(inputs({ prisindex: { 2027: 4 } }), () => (done = true), scheduler);
    cancel();
    drain();
    expect(done).toBe(false);
  });
});
