/**
 * npm run calc -- [--plan FILE] [scenario.json] [--json | --csv]
 * npm run calc -- --plan-template FILE.xlsx [--plan FILE]
 * npm run calc -- [--plan FILE] [scenario.json] --simulate N [--seed S] [--json]
 * npm run calc -- --plan NEW --rebase scenario.json [--json]
 * Prints the statements and goals of a plan (the app's default built-in plan without --plan), optionally with a
 * scenario file's changes; or writes the plan template, empty or with a plan's figures.
 */
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { calculateOnce } from '../engine/calculateOnce';
import { MAX_DRAWS, simulate } from '../engine/simulate';
import { readWholeNumber } from '../format/readWholeNumber';
import { START_VALUE } from '../format/uncertaintyText';
import { DEFAULT_MODEL } from '../model/uncertainty/draws';
import { checkChanges } from '../model/checkChanges';
import { balanskravStatus } from '../model/balanskravStatus';
import { evaluateGoals } from '../model/goals';
import { loadBuiltInPlans } from '../model/builtInPlans';
import type { Plan } from '../model/planSchema';
import { reconcile } from '../model/reconcile';
import type { ResultValue } from '../model/results';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import { statementTables, type StatementTable } from '../model/statementTables';
import { allYears, budgetYears } from '../model/years';
import { modelRows } from '../model/modelRows';
import { parseScenarioFile } from '../persistence/parseScenarioFile';
import { CliError, loadPlan, writePlanTemplate } from './loadPlan';
import { rebaseArgsFit, rebaseCommand } from './rebaseCommand';
import { renderSimulation } from './renderSimulation';
import { renderText } from './renderText';

const STATEMENTS = ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget', 'Nyckeltal'] as const;
const USAGE = [
  'Användning: npm run calc -- [--plan plan.json|mall.xlsx] [scenario.json] [--json | --csv]',
  '            npm run calc -- --plan-template mall.xlsx [--plan plan.json|mall.xlsx]',
  '            npm run calc -- [--plan plan.json|mall.xlsx] [scenario.json] --simulate N [--seed S] [--json]',
  '            npm run calc -- --plan ny-plan.json|mall.xlsx --rebase scenario.json [--json]',
].join('\n');

const plain = (value: ResultValue): number | boolean | null | { error: string; message: string } =>
  typeof value === 'number'
    ? new Decimal(value).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber()
    : value !== null && typeof value === 'object'
      ? { error: value.code, message: value.message }
      : value;

const csv = (tables: readonly StatementTable[], years: readonly number[]): string => {
  const cell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [['blad', 'id', 'rad', 'enhet', ...years.map(String)].join(';')];
  for (const table of tables)
    for (const row of table.rows) {
      const values = years.map((year) => {
        const value = plain(row.values[String(year)] ?? null);
        if (typeof value === 'number') return String(value).replace('.', ',');
        if (typeof value === 'boolean') return value ? 'ja' : 'nej';
        return value === null ? '' : '#FEL';
      });
      lines.push([table.sheet, row.id, cell(row.label), row.unit, ...values].join(';'));
    }
  return `${lines.join('\n')}\n`;
};

/** The plan the app opens first: the first built-in plan. */
const defaultPlan = async () => (await loadBuiltInPlans())[0] ?? fail('Appen har ingen inbyggd plan.');

const fail = (message: string, code = 1): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

type Args = {
  readonly flags: readonly string[];
  readonly files: readonly string[];
  readonly plan?: string;
  readonly template?: string;
  readonly simulate?: string;
  readonly seed?: string;
  readonly rebase?: string;
};

const VALUE_OPTIONS = ['--plan', '--plan-template', '--simulate', '--seed', '--rebase'];

/** Flags, the values of --plan and --plan-template, and the rest as files; `undefined` when malformed. */
const parseArgs = (argv: readonly string[]): Args | undefined => {
  const flags: string[] = [];
  const files: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (VALUE_OPTIONS.includes(arg)) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--') || arg in values) return undefined;
      values[arg] = value;
    } else if (arg.startsWith('--')) flags.push(arg);
    else files.push(arg);
  }
  if (flags.some((flag) => !['--json', '--csv', '--help'].includes(flag))) return undefined;
  if (files.length > 1 || (flags.includes('--json') && flags.includes('--csv'))) return undefined;
  if (values['--plan-template'] !== undefined && (files.length > 0 || flags.some((f) => f !== '--help')))
    return undefined;
  const simulating = values['--simulate'] !== undefined;
  if ((values['--seed'] !== undefined && !simulating) || (simulating && flags.includes('--csv')))
    return undefined;
  const rebasing = values['--rebase'] !== undefined;
  if (rebasing && !rebaseArgsFit(values, files, flags)) return undefined;
  return {
    flags,
    files,
    ...(values['--plan'] !== undefined ? { plan: values['--plan'] } : {}),
    ...(values['--plan-template'] !== undefined ? { template: values['--plan-template'] } : {}),
    ...(values['--simulate'] !== undefined ? { simulate: values['--simulate'] } : {}),
    ...(values['--seed'] !== undefined ? { seed: values['--seed'] } : {}),
    ...(rebasing ? { rebase: values['--rebase'] } : {}),
  };
};

const readChanges = (file: string | undefined, plan: Plan) => {
  if (file === undefined) return { changes: NO_CHANGES, notes: {}, scenario: null };
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    fail(`Kan inte läsa filen ${file}.`);
  }
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) return fail([parsed.message, ...parsed.problems.map((p) => `  ${p}`)].join('\n'));
  if (parsed.scenario.plan.id !== plan.id)
    fail(`Scenariot gäller planen "${parsed.scenario.plan.id}", inte "${plan.id}".`);
  return {
    changes: parsed.scenario.changes,
    notes: parsed.scenario.notes,
    scenario: { name: parsed.scenario.name, file },
  };
};

const main = async (argv: readonly string[]) => {
  const args = parseArgs(argv);
  if (args?.flags.includes('--help')) return void process.stdout.write(`${USAGE}\n`);
  if (!args) return fail(USAGE, 2);
  const loaded = args.plan === undefined ? undefined : await loadPlan(args.plan);
  for (const warning of loaded?.warnings ?? []) process.stderr.write(`Varning: ${warning}\n`);
  if (args.template !== undefined)
    return void process.stdout.write(`${await writePlanTemplate(args.template, loaded?.plan)}\n`);
  const plan = loaded?.plan ?? (await defaultPlan());
  if (args.rebase !== undefined) {
    const { output, warnings } = await rebaseCommand(plan, args.rebase, args.flags.includes('--json'));
    for (const warning of warnings) process.stderr.write(`Varning: ${warning}\n`);
    return void process.stdout.write(output);
  }
  const {
    changes,
    notes,
    scenario,
  }: {
    changes: ScenarioChanges;
    notes: Readonly<Record<string, string>>;
    scenario: { name: string; file: string } | null;
  } = readChanges(args.files[0], plan);
  const problems = checkChanges(modelRows(plan), allYears(plan), budgetYears(plan), changes);
  if (problems.length > 0)
    fail(['Scenariot passar inte planen:', ...problems.map((p) => `  ${p}`)].join('\n'));
  if (args.simulate !== undefined) return simulateAndPrint(plan, changes, scenario, args);
  const { workbook, results } = calculateOnce(plan, changes);

  const tables = statementTables(workbook, results, STATEMENTS);
  const goals = evaluateGoals(plan, results);
  const balanskrav = balanskravStatus(workbook, results, notes);
  if (args.flags.includes('--csv')) return void process.stdout.write(csv(tables, workbook.layout.columns));
  if (args.flags.includes('--json')) {
    const json = {
      plan: { id: plan.id, version: plan.version, name: plan.name, organisation: plan.organisation },
      scenario,
      years: workbook.layout.years,
      budgetYears: budgetYears(plan),
      statements: Object.fromEntries(
        tables.map((table) => [
          table.sheet,
          table.rows.map((row) => ({
            ...row,
            values: Object.fromEntries(
              Object.entries(row.values).map(([year, value]) => [year, plain(value)]),
            ),
          })),
        ]),
      ),
      goals: goals.map((goal) => ({
        id: goal.id,
        label: goal.label,
        requirement: goal.requirement,
        years: Object.fromEntries(
          goal.years
            .filter((year) => year.met !== undefined)
            .map(({ year, ...rest }) => [
              String(year),
              Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, plain(value ?? null)])),
            ]),
        ),
      })),
      balanskrav: balanskrav && {
        answers: balanskrav.answers,
        decisions: balanskrav.decisions,
        years: balanskrav.years.map((year) => ({
          year: year.year,
          left: year.left.toNumber(),
          atgardsplanKravs: year.atgardsplanKravs,
          aterstallsInteITid: year.aterstallsInteITid,
          messages: year.messages,
        })),
      },
      reconciliation: scenario
        ? []
        : reconcile(plan, results).map((line) => ({
            ...line,
            computed: plain(line.computed ?? null),
            difference: plain(line.difference ?? null),
          })),
    };
    return void process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  process.stdout.write(renderText(plan, scenario, tables, goals, balanskrav));
};

/** The Monte Carlo of the plan (and the scenario, on the same draws) as text or JSON. */
const simulateAndPrint = (
  plan: Plan,
  changes: ScenarioChanges,
  scenario: { name: string } | null,
  args: Args,
) => {
  const draws = readWholeNumber(args.simulate ?? '', { what: 'Antalet dragningar', min: 1, max: MAX_DRAWS });
  const seed = readWholeNumber(args.seed ?? '1', START_VALUE);
  if (!draws.ok) return fail(draws.message, 2);
  if (!seed.ok) return fail(seed.message, 2);
  const summary = simulate(plan, scenario ? [NO_CHANGES, changes] : [NO_CHANGES], {
    draws: draws.value,
    seed: seed.value,
  });
  if (!summary) return fail('Simuleringen avbröts.');
  if (args.flags.includes('--json'))
    return void process.stdout.write(
      `${JSON.stringify({ plan: { id: plan.id, name: plan.name }, scenario, ...summary, assumptions: DEFAULT_MODEL }, null, 2)}\n`,
    );
  process.stdout.write(renderSimulation(plan, summary, scenario?.name ?? null));
};

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) fail(error.message);
  throw error;
});
