import { readFileSync, writeFileSync } from 'node:fs';
import { parsePlan, PlanError } from '../model/parsePlan';
import type { Plan } from '../model/planSchema';
import { parseSafeJson } from '../persistence/safeJson';
import { planTemplate } from '../persistence/xlsx/planTemplate';
import { readPlanTemplate } from '../persistence/xlsx/readPlanTemplate';

/** A plan read for the CLI, with the sums of a template that do not add up (printed, not fatal). */
export type LoadedPlan = { readonly plan: Plan; readonly warnings: readonly string[] };

/** A failure the CLI prints as is and ends with exit code 1. */
export class CliError extends Error {}

const readBytes = (file: string): Buffer => {
  try {
    return readFileSync(file);
  } catch {
    throw new CliError(`Kan inte läsa filen ${file}.`);
  }
};

const planProblems = (file: string, error: PlanError) =>
  new CliError([`Planen i ${file} kan inte användas:`, ...error.problems.map((p) => `  ${p}`)].join('\n'));

/**
 * `--plan FILE`: a plan file (JSON, schema version 1 or 2) or a filled-in template (.xlsx), through the
 * one validating path either way.
 */
export const loadPlan = async (file: string): Promise<LoadedPlan> => {
  const bytes = readBytes(file);
  try {
    if (/\.xlsx$/i.test(file) || (bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      const { plan, warnings } = await readPlanTemplate(new Uint8Array(bytes));
      return { plan, warnings: warnings.map((warning) => warning.message) };
    }
    const json = parseSafeJson(bytes.toString('utf8'));
    if (!json.ok) throw new CliError(`Planen i ${file} kan inte läsas: ${json.message}`);
    return { plan: parsePlan(json.value), warnings: [] };
  } catch (error) {
    if (error instanceof PlanError) throw planProblems(file, error);
    throw error;
  }
};

/** `--plan-template FILE.xlsx`: the empty template, or with `--plan` the plan's figures in it. */
export const writePlanTemplate = async (file: string, plan: Plan | undefined): Promise<string> => {
  const bytes = await planTemplate(plan);
  try {
    writeFileSync(file, bytes);
  } catch {
    throw new CliError(`Kan inte skriva filen ${file}.`);
  }
  return plan
    ? `Mallen med planen ${plan.name} (${plan.organisation.name}) är sparad i ${file}.`
    : `En tom mall är sparad i ${file}. Fyll i den och läs in den med npm run calc -- --plan ${file}.`;
};
