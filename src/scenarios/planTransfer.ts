import { PlanError } from '../model/parsePlan';
import type { Plan } from '../model/planSchema';
import { parseSafeJson, PLAN_FILE_WORDS } from '../persistence/safeJson';
import type { PlanLibrary, PlanResult } from './planLibrary';
import type { TransferFile } from './transfer';

const fileStem = (plan: Plan) =>
  `${plan.organisation.name} ${plan.name}`
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);

/** "Exportera plan": the plan as a plan file (JSON, the fixture format), which "Importera plan…" reads back. */
export const planFile = (plan: Plan): TransferFile => ({
  name: `${fileStem(plan)}.json`,
  type: 'application/json',
  contents: `${JSON.stringify(plan, null, 2)}\n`,
});

/** "Ladda ner mall": the Excel template, with the open plan's figures to start from. */
export const planTemplateFile = async (plan: Plan): Promise<TransferFile> => {
  const { planTemplate } = await import('../persistence/xlsx/planTemplate');
  return {
    name: `Planmall ${fileStem(plan)}.xlsx`,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contents: await planTemplate(plan),
  };
};

/**
 * "Importera plan…": a plan file (.json) or a filled-in template (.xlsx), through the one validating path
 * (parsePlan, and readPlanTemplate for the template), saved as a new own plan or not at all.
 */
export const importPlanFile = async (library: PlanLibrary, file: File): Promise<PlanResult> => {
  if (/\.xlsx$/i.test(file.name)) {
    try {
      const { readPlanTemplate } = await import('../persistence/xlsx/readPlanTemplate');
      const { plan } = await readPlanTemplate(await file.arrayBuffer());
      return await library.importPlan(plan);
    } catch (error) {
      if (error instanceof PlanError)
        return { ok: false, message: 'Mallen kan inte läsas in.', problems: error.problems };
      throw error;
    }
  }
  const json = parseSafeJson(await file.text(), PLAN_FILE_WORDS);
  if (!json.ok) return { ok: false, message: json.message, problems: [] };
  return library.importPlan(json.value);
};
