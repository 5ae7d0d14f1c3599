import Decimal from 'decimal.js';
import { checkChanges } from '../checkChanges';
import { modelRows } from '../modelRows';
import { parsePlan, PlanError } from '../parsePlan';
import type { Plan, RevenueLine } from '../planSchema';
import { numberAt, type Results } from '../results';
import { NO_CHANGES, type ScenarioChanges } from '../scenarioChanges';
import { allYears, budgetYears } from '../years';
import { materialiseDrivers } from './revisionDrivers';

type YearTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * What a new forecast changes in a plan: its drivers, as a scenario names them (Antaganden input ids →
 * year → value: `skatteunderlagstillvaxt`, `befolkning`, `prisindex`, `generella_statsbidrag_grund`, …),
 * and statsbidrag or utjämning lines of the plan's revenue notes (line id → year → mnkr).
 */
export type RevisionEdit = {
  readonly drivers: YearTable;
  readonly lines?: YearTable;
};

/** Which version a revision was made from, by the id and version a scenario uses to name its plan. */
export type PlanVersionRef = { readonly id: string; readonly version: number };

/**
 * A version of a plan: the plan itself (valid, same id, the next version number) and what it is. A library
 * keeps every version by `plan.id` and `plan.version`; `basedOn` links a version to the one it came from,
 * and `edit` is what was changed, so the bridge can name the causes without guessing.
 */
export type PlanRevision = {
  readonly plan: Plan;
  /** "SKR:s prognos augusti 2026": data, never derived from the plan. */
  readonly name: string;
  /** The day the revision was made or the forecast published, YYYY-MM-DD. */
  readonly date: string;
  readonly basedOn: PlanVersionRef;
  readonly edit: RevisionEdit;
};

/** What a version made by "Ny prognos" is, without the plan: what a library stores beside the plan file. */
export type PlanVersionInfo = Omit<PlanRevision, 'plan'>;

export type RevisionResult =
  | { readonly ok: true; readonly revision: PlanRevision }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Computes a plan with a scenario's changes: the engine's job, passed in so the model stays engine-free. */
export type Compute = (plan: Plan, changes: ScenarioChanges) => Results;

const STATSBIDRAG_LEVEL = 'generella_statsbidrag_grund';

/**
 * What a forecast revises: the drivers a plan keeps (or whose effect its printed figures carry) and the
 * levels of its lines. The balanskrav's decisions (reservations, synnerliga skäl) are fullmäktige's, not a
 * forecast's, and have no printed figure to carry them.
 */
const FORECAST_INPUTS =
  /^(skattesats|befolkning|skatteunderlagstillvaxt|prisindex|intakt_per_100_invanare|investeringar_\w+|avskrivningstid|pensionsavkastning|ansvarsforbindelse|\w+_grund)$/;
const isForecast = (id: string) => FORECAST_INPUTS.test(id);
const round = (value: number) => new Decimal(value).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber();
const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The typed lines' problems: unknown, a skatt line (computed from underlag × sats), a year it lacks. */
const lineProblems = (plan: Plan, lines: YearTable): string[] =>
  Object.entries(lines).flatMap(([id, values]) => {
    const line = plan.revenue?.lines.find((l) => l.id === id);
    if (!line) return [`Intäktsraden "${id}" finns inte i planen.`];
    if (line.group === 'skatt')
      return [
        `${line.label}: skatteintäkterna räknas av skatteunderlaget och skattesatsen; ändra skatteunderlagstillväxten eller skattesatsen i stället.`,
      ];
    return Object.entries(values).flatMap(([year, value]) =>
      line.values[year] === undefined || !allYears(plan).includes(Number(year))
        ? [`${line.label}: planen har inget värde ${year} att ändra.`]
        : Number.isFinite(value)
          ? []
          : [`${line.label} ${year}: ett tal väntades.`],
    );
  });

/** The edit as one scenario on the old plan: typed lines move the statsbidrag level by their change. */
const asScenario = (plan: Plan, edit: RevisionEdit): ScenarioChanges => {
  const inputs: Record<string, Record<string, number>> = plainCopy(edit.drivers) as Record<
    string,
    Record<string, number>
  >;
  const level = modelRows(plan).byId.get(STATSBIDRAG_LEVEL);
  for (const [id, values] of Object.entries(edit.lines ?? {})) {
    const line = plan.revenue?.lines.find((l) => l.id === id);
    if (!line || level?.kind !== 'input') continue;
    for (const [year, value] of Object.entries(values)) {
      const levels = (inputs[STATSBIDRAG_LEVEL] ??= {});
      const now = levels[year] ?? level.planValue(Number(year));
      levels[year] = now + value - (line.values[year] ?? 0);
    }
  }
  return { inputs, frameChanges: [] };
};

/** Spreads a group's change over its lines in proportion to their size; typed lines take their own values. */
const spread = (
  lines: RevenueLine[],
  among: RevenueLine['group'] | 'inkomstutjamning',
  year: string,
  change: number,
  typed: YearTable,
) => {
  if (change === 0) return;
  const free = lines.filter(
    (l) =>
      (among === 'inkomstutjamning' ? l.behaviour === among : l.group === among) &&
      typed[l.id]?.[year] === undefined,
  );
  const moving = free.filter((l) => l.behaviour !== 'fast');
  const takers = moving.length > 0 ? moving : free;
  const total = takers.reduce((sum, l) => sum + Math.abs(l.values[year] ?? 0), 0);
  takers.forEach((l) => {
    const share = total > 0 ? Math.abs(l.values[year] ?? 0) / total : 1 / takers.length;
    (l.values as Record<string, number>)[year] = round((l.values[year] ?? 0) + change * share);
  });
};

/** The revenue notes after the revision: typed lines as typed, the rest following the model's totals. */
const revisedLines = (plan: Plan, before: Results, after: Results, typed: YearTable) => {
  const lines = plainCopy(plan.revenue?.lines ?? []) as RevenueLine[];
  for (const year of allYears(plan)) {
    const key = String(year);
    if (!lines.some((l) => l.values[key] !== undefined)) continue;
    const delta = (id: string) => (numberAt(after, id, year) ?? 0) - (numberAt(before, id, year) ?? 0);
    let typedChange = 0;
    for (const line of lines) {
      const value = typed[line.id]?.[key];
      if (value === undefined) continue;
      typedChange += value - (line.values[key] ?? 0);
      (line.values as Record<string, number>)[key] = value;
    }
    // Inkomstutjämningen follows the skatteunderlag (its own row); the rest follows befolkning or a level.
    const utjamning = delta('utjamningseffekt');
    const toUtjamning = lines.some(
      (l) => l.behaviour === 'inkomstutjamning' && typed[l.id]?.[key] === undefined,
    );
    spread(lines, 'skatt', key, delta('skatteintakter'), typed);
    if (toUtjamning) spread(lines, 'inkomstutjamning', key, utjamning, typed);
    const rest = delta('generella_statsbidrag') - typedChange - (toUtjamning ? utjamning : 0);
    spread(lines, 'statsbidrag', key, rest, typed);
  }
  return lines;
};

/** Every printed figure of a modelled year moved by what the edit moves it in the model. */
const revisedStatements = (plan: Plan, before: Results, after: Results): Plan['statements'] => {
  const statements = plainCopy(plan.statements);
  for (const statement of Object.values(statements))
    for (const row of statement?.rows ?? [])
      for (const year of allYears(plan)) {
        const printed = row.values[String(year)];
        const from = numberAt(before, row.id, year);
        const to = numberAt(after, row.id, year);
        if (printed === undefined || from === undefined || to === undefined || from === to) continue;
        (row.values as Record<string, number>)[String(year)] = round(printed + to - from);
      }
  return statements;
};

/**
 * Makes a new version of a plan from a new forecast: the drivers and lines as given, and every printed figure
 * they move (skatteintäkter, utjämning, resultat, balans, kassaflöde) moved as the model moves it, so the new
 * version without changes computes what the old one computed with the edit as a scenario. The result goes
 * through {@link parsePlan}: a revision is a valid plan.
 *
 * @example
 *   makeRevision(plan, { drivers: { skatteunderlagstillvaxt: { '2026': 3.1 } } },
 *     { name: 'SKR:s prognos augusti 2026', date: '2026-08-20' }, compute);
 *   // { ok: true, revision: { plan: { …, version: 2 }, basedOn: { id: plan.id, version: 1 }, … } }
 */
export const makeRevision = (
  plan: Plan,
  edit: RevisionEdit,
  meta: { readonly name: string; readonly date: string },
  compute: Compute,
): RevisionResult => {
  const scenario = asScenario(plan, edit);
  const problems = [
    ...(meta.name.trim() === '' ? ['Ge den nya versionen ett namn.'] : []),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? [] : [`Datumet ${meta.date} är inte ÅÅÅÅ-MM-DD.`]),
    ...checkChanges(modelRows(plan), allYears(plan), budgetYears(plan), scenario),
    ...Object.keys(edit.drivers)
      .filter((id) => !isForecast(id))
      .map(
        (id) =>
          `${modelRows(plan).byId.get(id)?.label ?? id} är inget antagande i en prognos; ändra det i ett scenario.`,
      ),
    ...lineProblems(plan, edit.lines ?? {}),
  ];
  const drivers = materialiseDrivers(plan, edit.drivers, meta.name);
  if (problems.length > 0 || !drivers.ok)
    return { ok: false, problems: [...problems, ...(drivers.ok ? [] : drivers.problems)] };
  const before = compute(plan, NO_CHANGES);
  const after = compute(plan, scenario);
  const candidate = {
    ...plainCopy(plan),
    version: plan.version + 1,
    statements: revisedStatements(plan, before, after),
    drivers: drivers.drivers,
    ...(plan.revenue
      ? {
          revenue: { ...plainCopy(plan.revenue), lines: revisedLines(plan, before, after, edit.lines ?? {}) },
        }
      : {}),
  };
  try {
    const revised = parsePlan(candidate);
    return {
      ok: true,
      revision: {
        plan: revised,
        name: meta.name.trim(),
        date: meta.date,
        basedOn: { id: plan.id, version: plan.version },
        edit,
      },
    };
  } catch (error) {
    if (error instanceof PlanError) return { ok: false, problems: error.problems };
    throw error;
  }
};
