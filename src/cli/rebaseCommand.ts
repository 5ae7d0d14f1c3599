import { readFileSync } from 'node:fs';
import { planBridge } from '../engine/bridge';
import { loadBuiltInPlans } from '../model/builtInPlans';
import { checkChanges } from '../model/checkChanges';
import { modelRows } from '../model/modelRows';
import type { Plan } from '../model/planSchema';
import { allYears, budgetYears } from '../model/years';
import { parseScenarioFile } from '../persistence/parseScenarioFile';
import { CliError } from './loadPlan';
import { bridgeJson, renderBridge } from './renderBridge';

/** The bridge runs from the scenario's own plan to --plan: it needs both, and no other file, CSV or mode. */
export const rebaseArgsFit = (
  values: Readonly<Record<string, string>>,
  files: readonly string[],
  flags: readonly string[],
): boolean =>
  values['--plan'] !== undefined &&
  files.length === 0 &&
  !flags.includes('--csv') &&
  ['--simulate', '--seed', '--plan-template'].every((option) => values[option] === undefined);

/**
 * `--plan NEW --rebase scenario.json [--json]`: the scenario's own plan (a built-in plan, found by the id and
 * version the scenario file names) is the old plan; the bridge runs from it to NEW, with the scenario moved
 * onto NEW at the end. Returns the text to print and any warnings; a file that cannot be used is a
 * {@link CliError}.
 */
export const rebaseCommand = async (
  newPlan: Plan,
  file: string,
  json: boolean,
): Promise<{ readonly output: string; readonly warnings: readonly string[] }> => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Kan inte läsa filen ${file}.`);
  }
  const parsed = parseScenarioFile(text);
  if (!parsed.ok) throw new CliError([parsed.message, ...parsed.problems.map((p) => `  ${p}`)].join('\n'));
  const named = parsed.scenario.plan;
  const oldPlan = (await loadBuiltInPlans()).find((plan) => plan.id === named.id);
  if (!oldPlan)
    throw new CliError(
      `Scenariot gäller ${named.name}${named.organisation ? `, ${named.organisation}` : ''} (”${named.id}”), som inte är en inbyggd plan. Bron utgår från den plan scenariot gjordes för.`,
    );
  const warnings =
    oldPlan.version === named.version
      ? []
      : [
          `Scenariot gjordes för version ${named.version} av planen; den inbyggda är version ${oldPlan.version}.`,
        ];
  const problems = checkChanges(
    modelRows(oldPlan),
    allYears(oldPlan),
    budgetYears(oldPlan),
    parsed.scenario.changes,
  );
  if (problems.length > 0)
    throw new CliError(['Scenariot passar inte sin egen plan:', ...problems.map((p) => `  ${p}`)].join('\n'));
  const bridge = planBridge(oldPlan, newPlan, parsed.scenario.changes);
  const scenario = { name: parsed.scenario.name, file };
  const output = json
    ? `${JSON.stringify(bridgeJson(oldPlan, newPlan, bridge, scenario), null, 2)}\n`
    : renderBridge(oldPlan, newPlan, bridge, scenario);
  return { output, warnings };
};
