import fc from 'fast-check';
import { modelRows } from '../src/model/modelRows';
import type { Plan, StatementKind } from '../src/model/planSchema';
import { yearsOf, type InputRow } from '../src/model/rowSpec';
import type { FrameChange, ScenarioChanges } from '../src/model/scenarioChanges';
import { allYears, budgetYears } from '../src/model/years';
import { generateBalansbudget, generateFinansieringsbudget } from './generatedPlan/balance';
import { generateDrivers, SOURCE, type PlanJson } from './generatedPlan/drivers';
import { generateGoals, goalLacksFigures } from './generatedPlan/goals';
import { generateLedger } from './generatedPlan/ledger';
import { seededRandom } from './generatedPlan/random';
import { generateResultatbudget, type GenYears } from './generatedPlan/resultatbudget';
import { planShapeArbitrary, type PlanShape } from './generatedPlan/shape';
import { sumsOf, type GenRow } from './generatedPlan/tree';

/** A generated plan file with what the generator knows about it: how its sums are made and what it lacks. */
export type GeneratedPlan = {
  readonly shape: PlanShape;
  readonly json: PlanJson;
  /** Every printed sum with the printed lines it adds up, per statement. */
  readonly sums: readonly {
    readonly statement: StatementKind;
    readonly id: string;
    readonly leaves: readonly string[];
  }[];
  readonly aretsResultat: readonly string[];
  /** The lines of the balanskravsresultat: the printed one's, or årets resultat's less orealiserade kursförändringar. */
  readonly balanskravsresultat: readonly string[];
  /** The goals the generator left without figures: they must answer "saknas i planen". */
  readonly goalsLacking: ReadonlySet<string>;
};

const yearsOfShape = (shape: PlanShape): GenYears => {
  const first = shape.firstBudget;
  const run = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const budget = run(first, shape.budget);
  const kalkyl = run(first + shape.budget, Math.min(shape.kalkyl, 10 - shape.budget));
  const history = run(first - shape.history, shape.history);
  return {
    base: first - 1,
    history,
    budget,
    kalkyl,
    modelled: [...budget, ...kalkyl],
    columns: [...history, ...budget, ...kalkyl],
  };
};

const statement = (section: string, rows: readonly GenRow[], mnkr: (u: number) => number) => ({
  source: { ...SOURCE, section },
  unit: 'mnkr' as const,
  rows: rows
    .map(({ cells, percent, ...row }) => ({
      ...row,
      of: row.of ? [...row.of] : undefined,
      values: Object.fromEntries(
        Object.entries(cells).map(([year, value]) => [year, percent ? value : mnkr(value)]),
      ),
    }))
    .map(({ of, ...row }) => (of ? { ...row, of } : row)),
});

/** Builds the plan file a shape describes; deterministic in the shape (its figures follow from `seed`). */
export const generatePlan = (shape: PlanShape): GeneratedPlan => {
  const r = seededRandom(shape.seed);
  const years = yearsOfShape(shape);
  const units = shape.whole ? 1 : 10;
  const mnkr = (u: number) => (shape.whole ? u : u / 10);
  const size = Math.round(Math.exp(r.between(Math.log(20), Math.log(15_000))) * units);
  const rb = generateResultatbudget(shape, r, years, size);
  const ledger = generateLedger(shape, r, years, rb.figures, size);
  const bb = shape.bb ? generateBalansbudget(shape, shape.bb, r, years, ledger) : undefined;
  const fb = shape.fb ? generateFinansieringsbudget(shape, shape.fb, r, years, ledger, size) : undefined;
  const all = [...rb.rows, ...(bb ?? []), ...(fb ?? [])];
  const printed = (id: string, year: number) => all.find((row) => row.id === id)?.cells[String(year)];
  const balanskravsresultat = (year: number) =>
    rb.balanskravsresultat.reduce((sum, id) => sum + (printed(id, year) ?? 0), 0);
  const goals = generateGoals(shape, r, years, { printed, balanskravsresultat, ledger, rb: rb.figures });
  const json: PlanJson = {
    format: 'budgetverkstad.plan',
    schemaVersion: 2,
    id: `genererad-${shape.seed}`,
    version: 1,
    name: `Budget ${years.budget[0]} med plan till ${years.modelled.at(-1)}`,
    organisation: { name: shape.kind === 'kommun' ? 'Provkommun' : 'Region Prov', kind: shape.kind },
    unit: 'mnkr',
    years: {
      base: years.base,
      history: [...years.history],
      budget: [...years.budget],
      kalkyl: [...years.kalkyl],
    },
    documents: { plan: { title: `Budget ${years.budget[0]}`, publisher: 'Provorganisationen' } },
    statements: {
      resultatbudget: statement('Resultatbudget', rb.rows, mnkr),
      ...(bb && { balansbudget: statement('Balansbudget', bb, mnkr) }),
      ...(fb && { finansieringsbudget: statement('Finansieringsbudget', fb, mnkr) }),
    },
    ...generateDrivers(shape, r, years, rb.figures, ledger, mnkr),
    ...(rb.resultatkravPercent !== undefined && {
      resultatkrav: { percent: rb.resultatkravPercent, source: SOURCE },
    }),
    goals,
  };
  return {
    shape,
    json,
    sums: [
      ...sumsOf(rb.rows).map((sum) => ({ statement: 'resultatbudget' as const, ...sum })),
      ...sumsOf(bb ?? []).map((sum) => ({ statement: 'balansbudget' as const, ...sum })),
      ...sumsOf(fb ?? []).map((sum) => ({ statement: 'finansieringsbudget' as const, ...sum })),
    ],
    aretsResultat: rb.aretsResultat,
    balanskravsresultat: rb.balanskravsresultat,
    goalsLacking: new Set(
      shape.goals.flatMap((goal, i) => (goalLacksFigures(shape, goal) ? [`mal${i + 1}`] : [])),
    ),
  };
};

/** Valid plan files of any shape: random years, statements, revenue lines, drivers and goals. */
export const generatedPlanArbitrary: fc.Arbitrary<GeneratedPlan> = planShapeArbitrary.map(generatePlan);

/** A scenario in the abstract: which inputs, which years, how far; mapped onto a plan's own inputs. */
export type ScenarioSeed = {
  readonly inputs: readonly { readonly pick: number; readonly years: number; readonly change: number }[];
  readonly frames: readonly {
    readonly kind: 'kostnad' | 'intakt';
    readonly active: boolean;
    readonly years: number;
    readonly change: number;
  }[];
};

/** −1…1 and never 0: fast-check's doubles lean to 0 and to tiny values, which change nothing. */
const change = fc
  .tuple(fc.boolean(), fc.integer({ min: 5, max: 100 }))
  .map(([up, size]) => (up ? size : -size) / 100);
export const scenarioSeedArbitrary: fc.Arbitrary<ScenarioSeed> = fc.record({
  inputs: fc.array(fc.record({ pick: fc.nat(), years: fc.nat(), change }), { minLength: 1, maxLength: 8 }),
  frames: fc.array(
    fc.record({
      kind: fc.constantFrom('kostnad' as const, 'intakt' as const),
      active: fc.boolean(),
      years: fc.nat(),
      change,
    }),
    { maxLength: 4 },
  ),
});

const chosenYears = (years: readonly number[], mask: number) =>
  years.filter((_, i) => ((mask >> i) & 1) === 1 || i === mask % years.length);

/** An input moved by `change` (−1…1) in its own unit, within its bounds: ±1,5 kr, ±5 % invånare, ±3 procentenheter. */
const moved = (row: InputRow, year: number, by: number): number => {
  const plan = row.planValue(year);
  const multiplicative = row.bounds.min >= 0 || row.id.startsWith('investeringar_');
  const value =
    row.unit === 'kr'
      ? plan + by * 1.5
      : row.unit === 'invanare'
        ? Math.round(plan * (1 + by * 0.05))
        : row.unit === 'procent'
          ? plan + by * 3
          : row.unit === 'ar'
            ? Math.round(plan + by * 15)
            : multiplicative
              ? plan * (1 + by * 0.5)
              : plan + by * Math.max(Math.abs(plan) * 0.2, 1);
  return Math.min(row.bounds.max, Math.max(row.bounds.min, value));
};

/** The scenario a seed describes on this plan: changes to its own inputs and frame changes in its years. */
export const scenarioOf = (plan: Plan, seed: ScenarioSeed, keep = false): ScenarioChanges => {
  const inputs = modelRows(plan).inputs;
  const years = allYears(plan);
  const budget = budgetYears(plan);
  const values: Record<string, Record<string, number>> = {};
  for (const pick of seed.inputs) {
    const row = inputs[pick.pick % inputs.length];
    if (!row) continue;
    for (const year of chosenYears(yearsOf(row.span, years, budget), pick.years))
      (values[row.id] ??= {})[String(year)] = keep ? row.planValue(year) : moved(row, year, pick.change);
  }
  const size = Math.abs(
    plan.statements.resultatbudget.rows.find((row) => row.id === 'skatteintakter')?.values[
      String(years[0])
    ] ?? 100,
  );
  const frameChanges = seed.frames.map((frame, i): FrameChange => ({
    id: `f${i + 1}`,
    name: `Förslag ${i + 1}`,
    namnd: plan.namnder?.list[0]?.name ?? 'Styrelsen',
    kind: frame.kind,
    active: frame.active,
    // Kept: an active change adds 0, a switched-off one any amount.
    amounts: Object.fromEntries(
      chosenYears(years, frame.years).map((year) => [
        String(year),
        keep && frame.active ? 0 : frame.change * size * 0.05,
      ]),
    ),
  }));
  return { inputs: values, frameChanges };
};
