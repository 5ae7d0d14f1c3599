import Decimal from 'decimal.js';
import budgetforslagV from '../../fixtures/scenarios/budgetforslag-v-2023.json';
import { modelRows } from '../model/modelRows';
import type { Plan } from '../model/planSchema';
import { planRef, type ScenarioDocument } from '../model/scenarioDocument';
import { allYears, budgetYears } from '../model/years';
import { parseScenarioFile } from '../persistence/parseScenarioFile';

/** Built-in examples have ids starting with this; they are read-only and opened as copies when edited. */
export const EXAMPLE_ID_PREFIX = 'exempel-';
export const isExampleId = (id: string): boolean => id.startsWith(EXAMPLE_ID_PREFIX);

const EXAMPLES_AT = '2026-11-24T12:00:00.000Z';
export const HIGHER_INVESTMENT_FACTOR = '1.2';

const fromFixture = (json: unknown): ScenarioDocument => {
  const result = parseScenarioFile(JSON.stringify(json));
  if (!result.ok) throw new Error(`Ett inbyggt exempel är felaktigt: ${result.message}`);
  return result.scenario;
};

const example = (
  plan: Plan,
  id: string,
  name: string,
  inputs: ScenarioDocument['changes']['inputs'],
  notes: ScenarioDocument['notes'],
): ScenarioDocument => ({
  id: `${EXAMPLE_ID_PREFIX}${id}`,
  name,
  plan: planRef(plan),
  changes: { inputs, frameChanges: [] },
  notes,
  createdAt: EXAMPLES_AT,
  updatedAt: EXAMPLES_AT,
});

/** Each alternative population forecast the plan prints (SCB's, say), in every model year it covers. */
const alternativeForecasts = (plan: Plan): ScenarioDocument[] =>
  (plan.drivers.befolkning?.alternatives ?? []).map((alternative) => {
    const years = allYears(plan).filter((year) => alternative.values[String(year)] !== undefined);
    return example(
      plan,
      alternative.id.replace(/_/g, '-'),
      alternative.label,
      {
        befolkning: Object.fromEntries(
          years.map((year) => [String(year), alternative.values[String(year)] ?? 0]),
        ),
      },
      { befolkning: `${alternative.label} i stället för planens egen befolkningsprognos.` },
    );
  });

/** Skattesatsen 10 öre over the plan's every modelled year. */
const tenOre = (plan: Plan): ScenarioDocument => {
  const rate = plan.drivers.skattesats.values;
  return example(
    plan,
    'skatt-plus-10-ore',
    'Skatt +10 öre',
    {
      skattesats: Object.fromEntries(
        allYears(plan).map((year) => [
          String(year),
          new Decimal(rate[String(year)] ?? 0).plus('0.1').toNumber(),
        ]),
      ),
    },
    { skattesats: 'Skattesatsen höjs med 10 öre alla år.' },
  );
};

/** Materiella and immateriella investeringar 20 % above the plan's in every budget year (decimal.js). */
const higherInvestments = (plan: Plan): ScenarioDocument[] => {
  const rows = modelRows(plan).inputs;
  if (!rows.some((input) => input.id === 'investeringar_materiella')) return [];
  const raised = (id: string) => {
    const row = rows.find((input) => input.id === id);
    if (!row) throw new Error(`Antagandet ${id} saknas i planen`);
    const entries = budgetYears(plan)
      .map((year) => [year, row.planValue(year)] as const)
      .filter(([, value]) => value !== 0)
      .map(([year, value]) => [
        String(year),
        new Decimal(value).times(HIGHER_INVESTMENT_FACTOR).toDecimalPlaces(4).toNumber(),
      ]);
    return Object.fromEntries(entries) as Record<string, number>;
  };
  const ids = ['investeringar_materiella', 'investeringar_immateriella'].filter((id) =>
    rows.some((input) => input.id === id),
  );
  const why = 'Investeringarna 20 % högre än planens varje budgetår.';
  return [
    example(
      plan,
      'hogre-investeringsniva',
      'Högre investeringsnivå',
      Object.fromEntries(ids.map((id) => [id, raised(id)])),
      Object.fromEntries(ids.map((id) => [id, why])),
    ),
  ];
};

const cache = new WeakMap<Plan, readonly ScenarioDocument[]>();

/** Scenario files written for one plan (a party's proposal): examples of that plan only. */
const FIXTURES: readonly unknown[] = [budgetforslagV];

/**
 * The parties' proposals written for a plan version (fixtures/scenarios): a proposal stays on the version it
 * was made for, and reaches a newer one only by "Flytta scenariot", which lists what it cannot carry.
 */
export const proposalsOf = (plan: Plan): readonly ScenarioDocument[] =>
  FIXTURES.map(fromFixture).filter((doc) => doc.plan.id === plan.id && doc.plan.version === plan.version);

/**
 * The built-in examples on a plan: read-only, duplicable. "Skatt +10 öre", each alternative population
 * forecast and the higher investment level are computed from the plan; a proposal in fixtures/scenarios
 * belongs to the plan it names.
 */
export const exampleScenarios = (plan: Plan): readonly ScenarioDocument[] => {
  const cached = cache.get(plan);
  if (cached) return cached;
  const proposals = proposalsOf(plan);
  const examples = Object.freeze([
    tenOre(plan),
    ...alternativeForecasts(plan),
    ...proposals,
    ...higherInvestments(plan),
  ]);
  cache.set(plan, examples);
  return examples;
};
