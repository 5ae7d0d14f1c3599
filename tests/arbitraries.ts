import fc from 'fast-check';
import type { FrameChange, ScenarioChanges } from '../src/model/scenarioChanges';
import { BUDGET_YEARS, YEARS } from './helpers';

const perYears = (years: readonly number[], value: fc.Arbitrary<number>) =>
  fc.dictionary(fc.constantFrom(...years.map(String)), value, { maxKeys: years.length });

const amount = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

export const frameChangeArbitrary: fc.Arbitrary<FrameChange> = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 30 }),
  namnd: fc.constantFrom('Regionstyrelsen', 'Regionala utvecklingsnämnden', 'Patientnämnden'),
  kind: fc.constantFrom('kostnad' as const, 'intakt' as const),
  active: fc.boolean(),
  amounts: perYears(YEARS, amount(-500, 500)),
});

/** Random but plausible scenarios: every driver within a range a region could meet. */
export const changesArbitrary: fc.Arbitrary<ScenarioChanges> = fc.record({
  inputs: fc.record(
    {
      skattesats: perYears(YEARS, amount(10, 13)),
      befolkning: perYears(YEARS, fc.integer({ min: 230_000, max: 260_000 })),
      skatteunderlagstillvaxt: perYears(YEARS, amount(-2, 8)),
      prisindex: perYears(YEARS, amount(-3, 8)),
      investeringar_materiella: perYears(BUDGET_YEARS, amount(0, 2000)),
      investeringar_immateriella: perYears(BUDGET_YEARS, amount(0, 200)),
      investeringar_finansiella: perYears(BUDGET_YEARS, amount(-50, 50)),
      avskrivningstid: perYears(BUDGET_YEARS, fc.integer({ min: 1, max: 50 })),
      pensionsavkastning: perYears(YEARS, amount(-10, 15)),
      generella_statsbidrag_grund: perYears(YEARS, amount(2500, 3800)),
      ansvarsforbindelse: perYears(BUDGET_YEARS, amount(2000, 5000)),
    },
    { requiredKeys: [] },
  ),
  frameChanges: fc.uniqueArray(frameChangeArbitrary, { maxLength: 5, selector: (change) => change.id }),
});
