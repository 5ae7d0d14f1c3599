import { MAX_FRAME_CHANGES } from './frameChangeSheet';
import type { ModelRows } from './modelRows';
import type { Plan } from './planSchema';
import { MNKR } from './rows/inputRow';
import { yearsOf } from './rowSpec';
import type { ScenarioChanges } from './scenarioChanges';
import type { ScenarioDocument } from './scenarioDocument';
import { allYears, budgetYears, type Year } from './years';

/**
 * A frame change's amount per year, in mnkr: the bounds of every mnkr input in the grid. The one place both
 * the frame-change table and every import (file, link, saved record) take them from.
 */
export const FRAME_AMOUNT_BOUNDS = MNKR;

/**
 * Inputs of scenario schema version 1 that the plan format v2 no longer has: a migrated scenario keeps them
 * (nothing the user typed is dropped) and the check says so.
 */
const RETIRED_INPUTS: ReadonlySet<string> = new Set([
  'avsattningar_grund',
  'langfristiga_skulder_grund',
  'kortfristiga_skulder_grund',
  'justering_grund',
  'ovriga_likviditetspaverkande_grund',
  'forandring_fordringar_grund',
  'minskning_langfristiga_fordringar',
]);

/** A number as a Swedish reader writes it (`−1 000 000`, `11,44`): the problems are shown as they are. */
const sv = (value: number): string => value.toLocaleString('sv-SE', { maximumFractionDigits: 10 });

/** Whether a frame change's amount can be taken: a finite number within {@link FRAME_AMOUNT_BOUNDS}. */
export const isFrameAmountAllowed = (value: number): boolean =>
  Number.isFinite(value) && value >= FRAME_AMOUNT_BOUNDS.min && value <= FRAME_AMOUNT_BOUNDS.max;

/**
 * Checks a scenario's changes against the plan they claim to apply to: every input exists, every year is one
 * the input has, every value lies within the input's bounds, and so does every frame-change amount. Returns
 * Swedish problems, empty when fine.
 *
 * @example
 *   checkChanges(rows, years, budgetYears, { inputs: { skattesats: { '2025': 0 } }, frameChanges: [] });
 *   // ["Skattesats 2025: 0 ligger utanför det tillåtna (5 till 20)."]
 */
export const checkChanges = (
  rows: ModelRows,
  years: readonly Year[],
  budgetYears: readonly Year[],
  changes: ScenarioChanges,
): string[] => {
  const problems: string[] = [];
  for (const [id, values] of Object.entries(changes.inputs)) {
    const row = rows.byId.get(id);
    if (row?.kind !== 'input') {
      problems.push(
        RETIRED_INPUTS.has(id)
          ? `Antagandet "${id}" finns inte längre i planformatet; värdet finns kvar i scenariot men räknas inte.`
          : `Okänt antagande "${id}".`,
      );
      continue;
    }
    const allowed = yearsOf(row.span, years, budgetYears);
    for (const [yearKey, value] of Object.entries(values)) {
      if (!allowed.includes(Number(yearKey))) {
        problems.push(`${row.label}: året ${yearKey} finns inte i planen för detta antagande.`);
      } else if (!Number.isFinite(value) || value < row.bounds.min || value > row.bounds.max) {
        problems.push(
          `${row.label} ${yearKey}: ${sv(value)} ligger utanför det tillåtna (${sv(row.bounds.min)} till ${sv(row.bounds.max)}).`,
        );
      }
    }
  }
  if (changes.frameChanges.length > MAX_FRAME_CHANGES)
    problems.push(`Högst ${MAX_FRAME_CHANGES} ramförändringar ryms i ett scenario.`);
  const ids = new Set<string>();
  for (const change of changes.frameChanges) {
    if (ids.has(change.id)) problems.push(`Ramförändringen "${change.name}" finns två gånger.`);
    ids.add(change.id);
    for (const [yearKey, value] of Object.entries(change.amounts))
      if (!years.includes(Number(yearKey)))
        problems.push(`Ramförändringen "${change.name}": året ${yearKey} finns inte i planen.`);
      else if (!isFrameAmountAllowed(value))
        problems.push(
          `Ramförändringen "${change.name}" ${yearKey}: ${sv(value)} mnkr ligger utanför det tillåtna (${sv(FRAME_AMOUNT_BOUNDS.min)} till ${sv(FRAME_AMOUNT_BOUNDS.max)} mnkr).`,
        );
  }
  return problems;
};

/**
 * Whether a scenario fits the plan it is opened on: made for that plan, and its changes within the plan's
 * inputs, years and bounds ({@link checkChanges}). Every way a scenario arrives (file, paste, link, a record
 * read from the browser's storage) goes through this one check. Swedish problems, empty when it fits.
 *
 * @example
 *   checkScenario(plan, rows, { plan: { id: 'gotland-2025', version: 1 }, changes: NO_CHANGES });
 *   // ["Scenariot gäller planen ”gotland-2025”, inte ”norrbotten-2025-2027” (Strategisk plan 2025–2027)."]
 */
export const checkScenario = (
  plan: Plan,
  rows: ModelRows,
  document: Pick<ScenarioDocument, 'plan' | 'changes'>,
  knownPlans?: readonly { readonly id: string; readonly version: number }[],
): string[] =>
  document.plan.id === plan.id && !onOtherKnownVersion(document.plan, plan, knownPlans)
    ? checkChanges(rows, allYears(plan), budgetYears(plan), document.changes)
    : [planNeeded(document.plan, plan, knownPlans)];

/** A scenario of another version of the open plan that this browser has: it belongs on that version. */
const onOtherKnownVersion = (
  needed: { readonly id: string; readonly version: number },
  open: Plan,
  knownPlans: readonly { readonly id: string; readonly version: number }[] | undefined,
) =>
  needed.version !== open.version &&
  (knownPlans ?? []).some((known) => known.id === needed.id && known.version === needed.version);

/**
 * Which plan a scenario needs, said in Swedish by the plan's name and organisation: missing here (import it
 * first), here in the plan picker (switch to it), or, without the list of plans, simply another plan.
 *
 * @example
 *   planNeeded({ id: 'sjobo-2024-2027', version: 1, name: 'Budget 2024 med plan 2025–2027', organisation: 'Sjöbo kommun' }, plan, []);
 *   // "Scenariot gäller Budget 2024 med plan 2025–2027, Sjöbo kommun, som inte finns här. Importera planen först."
 */
export const planNeeded = (
  needed: ScenarioDocument['plan'],
  open: Plan,
  knownPlans?: readonly { readonly id: string; readonly version: number }[],
): string => {
  const named = needed.organisation === '' ? needed.name : `${needed.name}, ${needed.organisation}`;
  if (knownPlans === undefined)
    return `Scenariot gäller ${named}, inte ${open.name}, ${open.organisation.name}.`;
  const versions = knownPlans.filter((known) => known.id === needed.id).map((known) => known.version);
  if (versions.length === 0) return `Scenariot gäller ${named}, som inte finns här. Importera planen först.`;
  if (needed.id === open.id)
    return `Scenariot gjordes för version ${needed.version} av planen, och version ${open.version} är öppen. Välj version ${needed.version} i rubriken och öppna scenariot där; under ”Ny prognos och versioner…” kan det sedan flyttas till en annan version.`;
  const version = versions.includes(needed.version)
    ? ''
    : ` Scenariot gjordes för version ${needed.version} av planen; här finns version ${versions.join(', ')}.`;
  return `Scenariot gäller ${named}. Välj den planen i rubriken och öppna scenariot där.${version}`;
};
