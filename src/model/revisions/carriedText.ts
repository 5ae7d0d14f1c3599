import { modelRows } from '../modelRows';
import type { Plan } from '../planSchema';
import { UNIT_NAMES, type InputRow } from '../rowSpec';
import type { ScenarioChanges } from '../scenarioChanges';
import { decimalsFor, svNumber, svSigned } from './svText';

const decimalsOf = (row: InputRow) =>
  row.unit === 'procent' ? 1 : row.unit === 'kr' ? 2 : (row.decimals ?? 0);

/**
 * The changes a move carries, in words on the target plan's terms: one line per input row (its years and
 * values) and one per frame change (its nämnd and amounts), so the user sees what goes along before moving.
 *
 * @example
 *   carriedLines({ inputs: { skattesats: { '2026': 11.44 } }, frameChanges: [] }, plan);
 *   // ['Skattesats: 2026 11,44 kr']
 */
export const carriedLines = (changes: ScenarioChanges, plan: Plan): string[] => {
  const rows = modelRows(plan).byId;
  const inputs = Object.entries(changes.inputs)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, values]) => {
      const row = rows.get(id);
      const years = Object.entries(values).sort(([a], [b]) => Number(a) - Number(b));
      const unit = row?.kind === 'input' ? ` ${UNIT_NAMES[row.unit]}` : '';
      const decimals = row?.kind === 'input' ? decimalsOf(row) : 0;
      const text = years
        .map(([year, v]) => `${year} ${svNumber(v, decimalsFor([v], decimals))}${unit}`)
        .join(', ');
      return `${row?.label ?? id}: ${text}`;
    });
  const frames = changes.frameChanges.map((change) => {
    const amounts = Object.entries(change.amounts)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([year, amount]) => `${year} ${svSigned(amount, 1)} mnkr`)
      .join(', ');
    const what = change.kind === 'kostnad' ? 'kostnad' : 'intäkt';
    return `Ramförändringen ”${change.name}” (${change.namnd}, ${what}): ${amounts}`;
  });
  return [...inputs, ...frames];
};
