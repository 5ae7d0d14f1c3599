import { calculateOnce } from '../engine/calculateOnce';
import { checkScenario } from '../model/checkChanges';
import type { ScenarioHistory } from '../model/history/scenarioHistory';
import type { ScenarioStanding } from '../model/history/standing';
import { evaluateGoals, type GoalStatus } from '../model/goals';
import type { Plan } from '../model/planSchema';
import { cellAt, type ResultValue } from '../model/results';
import type { RowSpec } from '../model/rowSpec';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { Year } from '../model/years';
import {
  allScenariosExport,
  allScenariosFileName,
  importScenarios,
  scenarioFileName,
  scenarioFileText,
  type ScenarioImport,
} from '../persistence/scenarioFiles';
import { FILE_WORDS, MAX_IMPORT_BYTES, tooLargeMessage } from '../persistence/safeJson';
import {
  decodeShareFragment,
  isShareFragment,
  shareLinkFor,
  type ShareLinkResult,
} from '../persistence/shareLink';
import type { ScenarioState } from './scenarioStore';

/**
 * Files, links and Excel for the UI, which may not import persistence itself: each function returns plain
 * data (a file's name, type and contents, a link, an import result) and the UI does the downloading.
 */
export type TransferFile = {
  readonly name: string;
  readonly type: string;
  readonly contents: string | Uint8Array;
};
export type { ScenarioImport, ShareLinkResult };

const JSON_TYPE = 'application/json';

/** The scenario as a file, with its history when given (a link never carries one). */
export const scenarioFile = (
  document: ScenarioDocument,
  now: Date,
  history?: ScenarioHistory,
): TransferFile => ({
  name: scenarioFileName(document.name, now),
  type: JSON_TYPE,
  contents: scenarioFileText(document, now, history),
});

/**
 * Every scenario as one file, each with its history; `withoutHistory` names those whose history did not fit
 * within the import limit (saved one by one, each file carries its own).
 */
export const allScenariosFile = (
  documents: readonly ScenarioDocument[],
  now: Date,
  histories?: ReadonlyMap<string, ScenarioHistory>,
): TransferFile & { readonly withoutHistory: readonly string[] } => {
  const { text, withoutHistory } = allScenariosExport(documents, now, histories);
  return { name: allScenariosFileName(now), type: JSON_TYPE, contents: text, withoutHistory };
};

/** The open scenario as .xlsx; exceljs and the workbook writer load only now, on first use. */
export const excelFile = async (state: ScenarioState, now: Date): Promise<TransferFile> => {
  const { buildXlsx, XLSX_MIME } = await import('../persistence/xlsx/buildXlsx');
  const contents = await buildXlsx({
    plan: state.plan,
    document: state.document,
    results: state.results,
    now,
  });
  return { name: scenarioFileName(state.document.name, now, 'xlsx'), type: XLSX_MIME, contents };
};

type PlanContext = Pick<ScenarioState, 'plan' | 'workbook'> & {
  /** The plans this browser has, so a scenario for another plan can say whether to import or switch. */
  readonly knownPlans?: readonly { readonly id: string; readonly version: number }[] | undefined;
};

/** Whether read scenarios fit the open plan: its id, known inputs and years, values within bounds. */
const planProblems = ({ plan, workbook, knownPlans }: PlanContext, documents: readonly ScenarioDocument[]) =>
  documents.flatMap((document, index) => {
    const which = documents.length > 1 ? `Scenario ${index + 1} (”${document.name}”): ` : '';
    return checkScenario(plan, workbook.rows, document, knownPlans).map((p) => `${which}${p}`);
  });

const PLAN_MISMATCH = 'Scenariot passar inte planen och kan inte öppnas.';

/** A file, a drop or a paste: the one validating path, then the plan; the scenarios come back as copies. */
export const readScenarioText = (
  text: string,
  context: PlanContext,
  now: Date = new Date(),
): ScenarioImport => {
  const result = importScenarios(text, { now, newId: () => crypto.randomUUID() });
  if (!result.ok) return result;
  const problems = planProblems(context, result.documents);
  return problems.length > 0
    ? { ok: false, message: PLAN_MISMATCH, problems: problems.slice(0, 10) }
    : result;
};

/**
 * A chosen or dropped file: its size first (a file over the limit is never read; exactly the limit is), then
 * the same path as a pasted text.
 */
export const readScenarioFile = async (
  file: Blob,
  context: PlanContext,
  now: Date = new Date(),
): Promise<ScenarioImport> =>
  file.size > MAX_IMPORT_BYTES
    ? { ok: false, message: tooLargeMessage(FILE_WORDS, file.size), problems: [] }
    : readScenarioText(await file.text(), context, now);

/** A link to the scenario as it is now, with its status and decision note (never its versions). */
export const shareLink = (
  pageUrl: string,
  document: ScenarioDocument,
  now: Date,
  standing?: ScenarioStanding,
): Promise<string> => shareLinkFor(pageUrl, document, now, standing);

/** `undefined` when the fragment is not a share link at all (the page was opened normally). */
export const readShareLink = (hash: string, context: PlanContext): Promise<ShareLinkResult> | undefined =>
  isShareFragment(hash)
    ? decodeShareFragment(hash).then((result): ShareLinkResult => {
        if (!result.ok) return result;
        const problems = planProblems(context, [result.scenario]);
        return problems.length > 0 ? { ok: false, message: PLAN_MISMATCH, problems } : result;
      })
    : undefined;

/** The figures a shared scenario is judged by, shown before it is saved. */
export const PREVIEW_ROWS = ['skatteintakter', 'arets_resultat', 'balanskravsresultat'] as const;

export type ScenarioPreview = {
  readonly years: readonly Year[];
  readonly rows: readonly {
    readonly row: RowSpec;
    readonly scenario: Readonly<Record<string, ResultValue>>;
    readonly plan: Readonly<Record<string, ResultValue>>;
  }[];
  /** The scenario's goals, as the goal bar shows them. */
  readonly goals: readonly GoalStatus[];
};

/** Computes a scenario that is not open (a shared link) against the plan, for its key figures and goals. */
export const previewScenario = (
  state: Pick<ScenarioState, 'plan' | 'planResults'>,
  document: ScenarioDocument,
): ScenarioPreview => {
  const plan: Plan = state.plan;
  const { workbook, results } = calculateOnce(plan, document.changes);
  const years = workbook.layout.budgetYears;
  const rows = PREVIEW_ROWS.flatMap((id) => {
    const row = workbook.rows.byId.get(id);
    if (!row) return [];
    const values = (source: typeof results) =>
      Object.fromEntries(years.map((year) => [String(year), cellAt(source, id, year)]));
    return [{ row, scenario: values(results), plan: values(state.planResults) }];
  });
  return { years, rows, goals: evaluateGoals(plan, results) };
};
