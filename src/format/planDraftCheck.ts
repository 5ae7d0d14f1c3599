import { CATALOGUE } from '../model/catalogue/catalogue';
import { parsePlan, PlanError } from '../model/parsePlan';
import type { PlanDraft } from '../model/planDraft';
import { draftYears } from '../model/planDraft';
import { DRIVER_RANGES, KIND_PRESETS, type PlausibleRange } from '../model/planDraftPresets';
import { STATEMENT_KINDS, type Plan, type StatementKind } from '../model/planSchema';
import { tableChecks } from '../model/tableChecks';
import { formatNumber } from './formatNumber';
import { draftToPlan, setupProblems } from './planDraftPlan';
import { draftGridRows, readCell } from './planDraftRows';

/** A subtotal that does not add up, as the page lists it. */
export type DraftMismatch = {
  readonly statement: StatementKind | 'skatt och utjämning';
  readonly rowId: string;
  readonly year: number;
  /** "Verksamhetens nettokostnad 2025: −1 199,8 + … = −1 200,0, skrivet −1 199,8 (skillnad 0,2)". */
  readonly text: string;
};

export type DraftCheck = {
  readonly mismatches: readonly DraftMismatch[];
  /** Cells that are not numbers: "Resultatbudget, Skatteintäkter 2025: Skriv ett tal …". */
  readonly cells: readonly string[];
  /** What saving would refuse, in Swedish, naming the row or field. */
  readonly refused: readonly string[];
  /** Figures outside their plausible range, not yet confirmed: the plan is not taken until they are. */
  readonly questions: readonly { readonly key: string; readonly text: string }[];
  /** The validated plan, when nothing is refused or questioned: what saving stores. */
  readonly plan: Plan | undefined;
};

export const STATEMENT_NAMES: Readonly<Record<StatementKind, string>> = {
  resultatbudget: 'Resultatbudget',
  balansbudget: 'Balansbudget',
  finansieringsbudget: 'Finansieringsbudget',
};

const DRIVER_NAMES: Readonly<Record<string, string>> = {
  skattesats: 'Skattesats',
  befolkning: 'Befolkning',
  skatteunderlagstillvaxt: 'Skatteunderlagstillväxt',
  prisindex: 'Prisindex',
  investeringar: 'Investeringar',
  avskrivningstid: 'Avskrivningstid',
  effektPer100Invanare: 'Effekt per 100 invånare',
};

const labelOf = (draft: PlanDraft, kind: StatementKind, id: string) =>
  draftGridRows(kind, draft.statements[kind] ?? { cells: {}, labels: {}, own: [] }).find((r) => r.id === id)
    ?.label ??
  CATALOGUE[kind].find((r) => r.id === id)?.label ??
  id;

/**
 * A parsePlan problem in the page's words: "statements.resultatbudget.rows.4 (avskrivningar): värden saknas
 * för 2026" → "Resultatbudget, Avskrivningar: värden saknas för 2026"; "drivers.skattesats.values: …" →
 * "Skattesats: …". Ids and field paths are never shown.
 */
export const describePlanProblem = (draft: PlanDraft, problem: string): string => {
  const row = /^statements\.(\w+)\.rows(?:\.\d+ \((\w+)\))?[^:]*: (.*)$/.exec(problem);
  if (row && (STATEMENT_KINDS as readonly string[]).includes(row[1] ?? '')) {
    const kind = row[1] as StatementKind;
    const message = (row[3] ?? '')
      .replace('minst en rad (fick [])', 'skriv eller klistra in minst en rad')
      .replace(/raden (\w+) krävs/, (_, id: string) => `raden ”${labelOf(draft, kind, id)}” krävs`);
    return `${STATEMENT_NAMES[kind]}${row[2] ? `, ${labelOf(draft, kind, row[2])}` : ''}: ${message}`;
  }
  const driver = /^drivers\.(\w+)[^:]*: (.*)$/.exec(problem);
  if (driver) return `${DRIVER_NAMES[driver[1] ?? ''] ?? 'Drivare'}: ${driver[2] ?? ''}`;
  const field: readonly [RegExp, string][] = [
    [/^name: /, 'Planens namn: '],
    [/^organisation\.name: /, 'Organisationens namn: '],
    [/^organisation\.code: /, 'Kod: '],
    [/^years[^:]*: /, 'År: '],
    [/^goals[^:]*: /, 'Mål: '],
    [/^decided: /, 'Beslutad: '],
  ];
  const found = field.find(([pattern]) => pattern.test(problem));
  return found ? problem.replace(found[0], found[1]) : problem.replace(/^[\w.]+ \((\w+)\): /, '');
};

const cellProblems = (draft: PlanDraft, columns: readonly number[]): string[] => {
  const problems: string[] = [];
  for (const kind of STATEMENT_KINDS) {
    const statement = draft.statements[kind];
    if (!statement) continue;
    for (const row of draftGridRows(kind, statement))
      for (const year of columns) {
        const read = readCell(statement.cells[row.id]?.[String(year)]);
        if (read && !read.ok)
          problems.push(`${STATEMENT_NAMES[kind]}, ${row.label} ${year}: ${read.message}`);
      }
  }
  return problems;
};

const question = (
  draft: PlanDraft,
  name: string,
  text: string | undefined,
  range: PlausibleRange,
  units: Parameters<typeof readCell>[1],
) => {
  const read = readCell(text, units);
  if (!read?.ok || (read.value >= range.min && read.value <= range.max)) return [];
  const key = `${name}|${text ?? ''}`;
  if (draft.confirmed?.includes(key)) return [];
  return [{ key, text: `${name}: ${text?.trim() ?? ''}? Det ser ovanligt ut: ${range.reason}.` }];
};

/** Driver figures outside their plausible range that the person has not confirmed. */
const questionsOf = (draft: PlanDraft, modelled: readonly number[]) => {
  const d = draft.drivers;
  return [
    ...modelled.flatMap((year) => [
      ...question(
        draft,
        `Skattesats ${year}`,
        d.skattesats[String(year)],
        KIND_PRESETS[draft.organisation.kind].skattesats,
        ['kr', 'procent'],
      ),
      ...question(draft, `Befolkning ${year}`, d.befolkning[String(year)], DRIVER_RANGES.befolkning, [
        'invanare',
      ]),
    ]),
    ...question(draft, 'Avskrivningstid', d.avskrivningstid, DRIVER_RANGES.avskrivningstid, ['ar']),
  ];
};

const decimalsOf = (plan: Plan) =>
  Object.values(plan.statements).some((s) =>
    s?.rows.some((r) => Object.values(r.values).some((v) => Math.round(v * 10) % 10 !== 0)),
  )
    ? 1
    : 0;

/**
 * The live reconciliation of a draft: every printed subtotal that is not the sum of its printed parts (by
 * tableChecks, outside the table's rounding), every cell that is not a number, and what parsePlan refuses.
 *
 * @example
 *   checkDraft(draft).mismatches[0].text; // 'Verksamhetens nettokostnad 2024: … = −1 358,3, skrivet −1 358,4 (skillnad −0,1)'
 */
export const checkDraft = (draft: PlanDraft): DraftCheck => {
  const years = draftYears(draft);
  const plan = draftToPlan(draft);
  const cells = years.ok ? cellProblems(draft, years.columns) : [];
  const setup = setupProblems(draft);
  const questions = years.ok ? questionsOf(draft, years.modelled) : [];
  if (!plan) return { mismatches: [], cells, questions, refused: setup, plan: undefined };
  let mismatches: DraftMismatch[] = [];
  try {
    const decimals = decimalsOf(plan);
    mismatches = tableChecks(plan)
      .filter((check) => !check.withinRounding)
      .map((check) => ({
        statement: check.statement,
        rowId: check.rowId,
        year: check.year,
        text: `${check.label} ${check.year}: ${check.expression.replace('tryckt', 'skrivet')} (skillnad ${formatNumber(check.difference, decimals)})`,
      }));
  } catch {
    // A draft too incomplete for the checks: parsePlan below says what is missing.
  }
  try {
    const valid = setup.length === 0 ? parsePlan(plan) : undefined;
    return { mismatches, cells, questions, refused: setup, plan: questions.length === 0 ? valid : undefined };
  } catch (error) {
    const problems = error instanceof PlanError ? error.problems : [String(error)];
    return {
      mismatches,
      cells,
      questions,
      refused: [...setup, ...problems.map((p) => describePlanProblem(draft, p))],
      plan: undefined,
    };
  }
};
