import type { ModelRows } from './modelRows';
import { yearsOf } from './rowSpec';
import type { ScenarioChanges } from './scenarioChanges';
import type { Year } from './years';

/**
 * Checks a scenario's changes against the plan they claim to apply to: every input exists, every year is one
 * the input has, every value lies within the input's bounds. Returns Swedish problems, empty when fine.
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
      problems.push(`Okänt antagande "${id}".`);
      continue;
    }
    const allowed = yearsOf(row.span, years, budgetYears);
    for (const [yearKey, value] of Object.entries(values)) {
      if (!allowed.includes(Number(yearKey))) {
        problems.push(`${row.label}: året ${yearKey} finns inte i planen för detta antagande.`);
      } else if (!Number.isFinite(value) || value < row.bounds.min || value > row.bounds.max) {
        problems.push(
          `${row.label} ${yearKey}: ${value} ligger utanför det tillåtna (${row.bounds.min} till ${row.bounds.max}).`,
        );
      }
    }
  }
  const ids = new Set<string>();
  for (const change of changes.frameChanges) {
    if (ids.has(change.id)) problems.push(`Ramförändringen "${change.name}" finns två gånger.`);
    ids.add(change.id);
    for (const yearKey of Object.keys(change.amounts))
      if (!years.includes(Number(yearKey)))
        problems.push(`Ramförändringen "${change.name}": året ${yearKey} finns inte i planen.`);
  }
  return problems;
};
