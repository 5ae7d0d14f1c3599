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

/**
 * A filled-in plan template read as a plan, not saved: "Ny prognos" takes the values it revises from it.
 * The template must be of the same plan (its id), so one organisation's figures never land in another's.
 */
export const readTemplateOf = async (
  plan: Plan,
  file: File,
): Promise<{ readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly message: string }> => {
  if (!/\.xlsx$/i.test(file.name))
    return { ok: false, message: 'Välj planmallen som Excelfil (.xlsx), som den laddas ner under planerna.' };
  try {
    const { readPlanTemplate } = await import('../persistence/xlsx/readPlanTemplate');
    const read = await readPlanTemplate(await file.arrayBuffer());
    if (read.plan.id !== plan.id)
      return {
        ok: false,
        message: `Mallen gäller ”${read.plan.organisation.name} · ${read.plan.name}”, inte den öppna planen. Inget lästes in.`,
      };
    return { ok: true, plan: read.plan };
  } catch (error) {
    if (error instanceof PlanError)
      return { ok: false, message: `Mallen kan inte läsas in: ${error.problems.slice(0, 3).join('; ')}` };
    return { ok: false, message: 'Filen kan inte läsas som en planmall.' };
  }
};
