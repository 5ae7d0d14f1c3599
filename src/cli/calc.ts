/**
 * npm run calc -- [scenario.json] [--json | --csv]
 * Prints the statements and goals of the built-in plan, optionally with a scenario file's changes.
 */
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { calculateOnce } from '../engine/calculateOnce';
import { checkChanges } from '../model/checkChanges';
import { evaluateGoals } from '../model/goals';
import { norrbottenPlan } from '../model/norrbottenPlan';
import { reconcile } from '../model/reconcile';
import type { ResultValue } from '../model/results';
import { NO_CHANGES, type ScenarioChanges } from '../model/scenarioChanges';
import { statementTables, type StatementTable } from '../model/statementTables';
import { allYears, budgetYears } from '../model/years';
import { modelRows } from '../model/modelRows';
import { parseScenarioFile } from '../persistence/parseScenarioFile';
import { renderText } from './renderText';

const STATEMENTS = ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget', 'Nyckeltal'] as const;
const USAGE = 'Användning: npm run calc -- [scenario.json] [--json | --csv]';

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

const fail = (message: string, code = 1): never => {
  process.stderr.write(`${message}\n`);
  process.exit(code);
};

const main = (argv: readonly string[]) => {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const files = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => !['--json', '--csv', '--help'].includes(flag));
  if (flags.includes('--help')) return void process.stdout.write(`${USAGE}\n`);
  if (unknown.length > 0 || files.length > 1 || (flags.includes('--json') && flags.includes('--csv')))
    fail(USAGE, 2);

  const plan = norrbottenPlan();
  let changes: ScenarioChanges = NO_CHANGES;
  let scenario: { name: string; file: string } | null = null;
  const file = files[0];
  if (file !== undefined) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      fail(`Kan inte läsa filen ${file}.`);
    }
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) fail([parsed.message, ...parsed.problems.map((p) => `  ${p}`)].join('\n'));
    else {
      if (parsed.scenario.plan.id !== plan.id)
        fail(`Scenariot gäller planen "${parsed.scenario.plan.id}", inte "${plan.id}".`);
      changes = parsed.scenario.changes;
      scenario = { name: parsed.scenario.name, file };
    }
  }
  const problems = checkChanges(modelRows(plan), allYears(plan), budgetYears(plan), changes);
  if (problems.length > 0)
    fail(['Scenariot passar inte planen:', ...problems.map((p) => `  ${p}`)].join('\n'));
  const { workbook, results } = calculateOnce(plan, changes);

  const tables = statementTables(workbook, results, STATEMENTS);
  const goals = evaluateGoals(plan, results);
  if (flags.includes('--csv')) return void process.stdout.write(csv(tables, workbook.layout.years));
  if (flags.includes('--json')) {
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
  process.stdout.write(renderText(plan, scenario, tables, goals, workbook.layout.years));
};

main(process.argv.slice(2));
