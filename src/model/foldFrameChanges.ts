import { inputValue, type CompiledWorkbook } from './compileWorkbook';
import { NO_CHANGES, type ScenarioChanges } from './scenarioChanges';

const KOSTNADER = 'verksamhetens_kostnader_grund';
const INTAKTER = 'verksamhetens_intakter_grund';

/**
 * The same scenario with its active frame changes moved into the grundnivå of verksamhetens kostnader and
 * intäkter, which is exactly how the Resultatbudget adds them (kostnader = grundnivå − LPIK-effekt −
 * ramförändringar; intäkter = grundnivå + ramförändringar). Results and balance follow unchanged; only the
 * Ramförändringar sheet and its sums stay empty. Attribution evaluates thousands of coalitions, and an
 * input cell costs the engine a fraction of rewriting the Ramförändringar sheet; the caller checks the
 * figures it reads agree before relying on this.
 */
export const foldFrameChanges = (
  workbook: Pick<CompiledWorkbook, 'rows' | 'layout'>,
  changes: ScenarioChanges,
): ScenarioChanges => {
  if (changes.frameChanges.length === 0) return changes;
  const inputs: Record<string, Readonly<Record<string, number>>> = { ...changes.inputs };
  for (const [id, kind, sign] of [
    [KOSTNADER, 'kostnad', -1],
    [INTAKTER, 'intakt', 1],
  ] as const) {
    const row = workbook.rows.byId.get(id);
    if (row?.kind !== 'input') continue;
    const years = { ...changes.inputs[id] };
    for (const year of workbook.layout.yearsOfRow(row)) {
      const sum = changes.frameChanges
        .filter((change) => change.active && change.kind === kind)
        .reduce((total, change) => total + (change.amounts[String(year)] ?? 0), 0);
      if (sum !== 0) years[String(year)] = inputValue(row, changes, year) + sign * sum;
    }
    if (Object.keys(years).length > 0) inputs[id] = years;
  }
  return { inputs, frameChanges: NO_CHANGES.frameChanges };
};
