import { changeCount } from '../model/scenarioChanges';
import { balanskravStatus, type BalanskravStatus } from '../model/balanskravStatus';
import { checkScenario } from '../model/checkChanges';
import { evaluateGoals, type GoalStatus } from '../model/goals';
import { cellAt, type ResultValue, type Results } from '../model/results';
import type { RowSpec, StatementSheet } from '../model/rowSpec';
import type { Year } from '../model/years';
import type { ScenarioState } from './scenarioStore';

/** One grid row: a model row with its scenario and plan values per year. */
export type GridRow = {
  readonly row: RowSpec;
  readonly years: readonly Year[];
  readonly scenario: Readonly<Record<string, ResultValue>>;
  readonly plan: Readonly<Record<string, ResultValue>>;
  /** Years in which the scenario changed this input (inputs only). */
  readonly changed: ReadonlySet<string>;
};

const rowsMemo = new WeakMap<Results, Map<string, readonly GridRow[]>>();
const goalsMemo = new WeakMap<Results, readonly GoalStatus[]>();

const valuesOf = (results: Results, row: RowSpec, years: readonly Year[]) =>
  Object.fromEntries(years.map((year) => [String(year), cellAt(results, row.id, year)]));

const sameValues = (a: Readonly<Record<string, ResultValue>>, b: Readonly<Record<string, ResultValue>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((key) => Object.is(a[key], b[key]));

const sameRow = (a: GridRow, b: GridRow): boolean =>
  a.row === b.row &&
  a.years.length === b.years.length &&
  a.years.every((year, i) => year === b.years[i]) &&
  sameValues(a.scenario, b.scenario) &&
  sameValues(a.plan, b.plan) &&
  a.changed.size === b.changed.size &&
  [...a.changed].every((year) => b.changed.has(year));

/** What a grid row is built from: when all three are the same objects, so is the row. */
type RowSources = {
  readonly scenario: object | undefined;
  readonly plan: object | undefined;
  readonly changes: object | undefined;
};
const sameSources = (a: RowSources, b: RowSources) =>
  a.scenario === b.scenario && a.plan === b.plan && a.changes === b.changes;

/**
 * The grid rows last handed out per row spec: a row whose figures did not change keeps its object, so a
 * memoised row an edit did not reach does not render again (most rows, for most edits). The engine keeps
 * an unchanged row's results object, so such a row is found without building it again.
 */
const lastRows = new WeakMap<RowSpec, { readonly sources: RowSources; readonly row: GridRow }>();
const gridRowOf = (state: ScenarioState, row: RowSpec): GridRow => {
  const sources: RowSources = {
    scenario: state.results.cells[row.id],
    plan: state.planResults.cells[row.id],
    changes: state.document.changes.inputs[row.id],
  };
  const previous = lastRows.get(row);
  if (previous && sameSources(previous.sources, sources)) return previous.row;
  const years = state.workbook.layout.yearsOfRow(row);
  const next: GridRow = {
    row,
    years,
    scenario: valuesOf(state.results, row, years),
    plan: valuesOf(state.planResults, row, years),
    changed: new Set(Object.keys(state.document.changes.inputs[row.id] ?? {})),
  };
  const shared = previous && sameRow(previous.row, next) ? previous.row : next;
  lastRows.set(row, { sources, row: shared });
  return shared;
};

/** The rows of one sheet, memoised per computed results so an unchanged sheet keeps its identity. */
export const selectSheetRows = (state: ScenarioState, sheet: StatementSheet): readonly GridRow[] => {
  const bySheet = rowsMemo.get(state.results) ?? new Map<string, readonly GridRow[]>();
  rowsMemo.set(state.results, bySheet);
  const cached = bySheet.get(sheet);
  if (cached) return cached;
  const gridRows = state.workbook.rows.ofSheet(sheet).map((row) => gridRowOf(state, row));
  bySheet.set(sheet, gridRows);
  return gridRows;
};

export const selectGoals = (state: ScenarioState): readonly GoalStatus[] => {
  const cached = goalsMemo.get(state.results);
  if (cached) return cached;
  const goals = evaluateGoals(state.plan, state.results);
  goalsMemo.set(state.results, goals);
  return goals;
};

export const selectPlanGoals = (state: ScenarioState): readonly GoalStatus[] => {
  const cached = goalsMemo.get(state.planResults);
  if (cached) return cached;
  const goals = evaluateGoals(state.plan, state.planResults);
  goalsMemo.set(state.planResults, goals);
  return goals;
};

const balanskravMemo = new WeakMap<
  Results,
  { readonly notes: object; readonly status: BalanskravStatus | undefined }
>();

/**
 * The balanskrav as a revisor reads it (the återställande ledger, the decisions on synnerliga skäl, the three
 * questions) for the open scenario, computed once per results and notes: the reasons of the decisions live in
 * the notes, so a changed reason alone is read again. `undefined` for a plan without a balanskravsutredning.
 */
export const selectBalanskravStatus = (state: ScenarioState): BalanskravStatus | undefined => {
  const cached = balanskravMemo.get(state.results);
  if (cached && cached.notes === state.document.notes) return cached.status;
  const status = balanskravStatus(state.workbook, state.results, state.document.notes);
  balanskravMemo.set(state.results, { notes: state.document.notes, status });
  return status;
};

/** Whether the open plan has a balanskravsutredning to show (the Balanskrav view is offered only then). */
export const selectHasBalanskrav = (state: ScenarioState): boolean =>
  selectBalanskravStatus(state) !== undefined;

/** How many input-years and frame changes the scenario changes against the plan. */
export const selectChangeCount = (state: ScenarioState): number => changeCount(state.document.changes);

/** One changed input with its plan and scenario values per changed year, and the note saying why. */
export type InputChange = {
  readonly id: string;
  readonly label: string;
  readonly row: RowSpec;
  readonly years: readonly {
    readonly year: Year;
    readonly plan: ResultValue;
    readonly scenario: ResultValue;
  }[];
  readonly note: string | undefined;
};

const changesMemo = new WeakMap<object, readonly InputChange[]>();

/** The scenario's changed inputs in the order of the Antaganden sheet, for summaries and exports. */
export const selectInputChanges = (state: ScenarioState): readonly InputChange[] => {
  const cached = changesMemo.get(state.document);
  if (cached) return cached;
  const list = state.workbook.rows.inputs
    .filter((row) => Object.keys(state.document.changes.inputs[row.id] ?? {}).length > 0)
    .map((row) => ({
      id: row.id,
      label: row.label,
      row,
      years: Object.keys(state.document.changes.inputs[row.id] ?? {})
        .map(Number)
        .sort()
        .map((year) => ({
          year,
          plan: cellAt(state.planResults, row.id, year),
          scenario: cellAt(state.results, row.id, year),
        })),
      note: state.document.notes[row.id],
    }));
  changesMemo.set(state.document, list);
  return list;
};

const NO_PROBLEMS: readonly string[] = Object.freeze([]);
const planProblemsMemo = new WeakMap<ScenarioState['document'], readonly string[]>();

/**
 * Why the open scenario does not fit the plan (made for another plan, a value out of bounds): the same check
 * every import passes, for a scenario that came from the browser's storage. Empty when it fits; the same
 * array for the same document, so a component re-renders only when the answer changes.
 */
export const selectPlanProblems = (state: ScenarioState): readonly string[] => {
  const known = planProblemsMemo.get(state.document);
  if (known) return known;
  const problems = checkScenario(state.plan, state.workbook.rows, state.document);
  const answer = problems.length === 0 ? NO_PROBLEMS : Object.freeze(problems);
  planProblemsMemo.set(state.document, answer);
  return answer;
};
