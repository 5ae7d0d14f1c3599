import Decimal from 'decimal.js';
import budgetforslagV from '../../fixtures/scenarios/budgetforslag-v-2023.json';
import skattPlus10 from '../../fixtures/scenarios/skatt-plus-10-ore.json';
import { modelRows } from '../model/modelRows';
import type { Plan } from '../model/planSchema';
import type { ScenarioDocument } from '../model/scenarioDocument';
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
  plan: { id: plan.id, version: plan.version },
  changes: { inputs, frameChanges: [] },
  notes,
  createdAt: EXAMPLES_AT,
  updatedAt: EXAMPLES_AT,
});

/** SCB's population forecast in every model year where SCB publishes one, instead of the region's own. */
const scbForecast = (plan: Plan): ScenarioDocument => {
  const scb = plan.tables.befolkning.rows.scb_prognos;
  const years = allYears(plan).filter((year) => scb[String(year)] !== undefined);
  return example(
    plan,
    'scb-befolkningsprognos',
    'SCB:s befolkningsprognos',
    { befolkning: Object.fromEntries(years.map((year) => [String(year), scb[String(year)] ?? 0])) },
    {
      befolkning:
        'SCB:s befolkningsprognos i stället för regionens egen skatteunderlagsberäkning (planens befolkningstabell).',
    },
  );
};

/** Materiella and immateriella investeringar 20 % above the plan's in every budget year (decimal.js). */
const higherInvestments = (plan: Plan): ScenarioDocument => {
  const rows = modelRows(plan).inputs;
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
  return example(
    plan,
    'hogre-investeringsniva',
    'Högre investeringsnivå',
    {
      investeringar_materiella: raised('investeringar_materiella'),
      investeringar_immateriella: raised('investeringar_immateriella'),
    },
    {
      investeringar_materiella: 'Investeringarna 20 % högre än planens varje budgetår.',
      investeringar_immateriella: 'Investeringarna 20 % högre än planens varje budgetår.',
    },
  );
};

const cache = new WeakMap<Plan, readonly ScenarioDocument[]>();

/**
 * The built-in examples on a plan: read-only, duplicable. "Skatt +10 öre" and "Budgetförslag 2023 (V)" come
 * from fixtures/scenarios; the SCB forecast and the higher investment level are computed from the plan.
 */
export const exampleScenarios = (plan: Plan): readonly ScenarioDocument[] => {
  const cached = cache.get(plan);
  if (cached) return cached;
  const examples = Object.freeze([
    fromFixture(skattPlus10),
    scbForecast(plan),
    fromFixture(budgetforslagV),
    higherInvestments(plan),
  ]);
  cache.set(plan, examples);
  return examples;
};
