import { planName } from '../names';
import { published, type RowSpec } from '../rowSpec';
import type { PlanStatementRow } from '../planStatements';
import type { PlanModel } from './planModel';
import { planTwinId } from './statementRows';

const SECTION = {
  resultatbudget: 'Planens resultatbudget',
  balansbudget: 'Planens balansbudget',
  finansieringsbudget: 'Planens finansieringsbudget',
} as const;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The Plan sheet's copy of every printed figure, which changes are measured against (a scenario changes
 * the Antaganden inputs, never these). The resultatbudget's sums are summed again over these, so "the plan's
 * årets resultat" is the model's own sum of the printed lines, exactly what the scenario is compared with.
 */
export const planTwinRows = (m: PlanModel): RowSpec[] =>
  Object.values(m.statements).flatMap((statement) =>
    (statement?.rows ?? [])
      .filter((row) => row.kind !== 'ratio' && (row.kind !== 'sum' || row.statement === 'resultatbudget'))
      .map((row): RowSpec => twin(m, row)),
  );

const twin = (m: PlanModel, row: PlanStatementRow): RowSpec => {
  const base = {
    id: planTwinId(row.id),
    name: planName(row.name),
    label: `Planens ${lowerFirst(row.label)}`,
    unit: 'mnkr' as const,
    sheet: 'Plan' as const,
    span: { years: row.years },
    section: SECTION[row.statement],
    source: m.sourceText(row.source),
  };
  if (row.kind === 'sum')
    return {
      ...base,
      kind: 'formula',
      formula: (y, f) => {
        const parts = row.parts
          .filter((part) => f.has(planTwinId(part), y))
          .map((part) => f.ref(planTwinId(part), y));
        return parts.length === 0 ? '=0' : `=${parts.join('+')}`;
      },
      definition: `${row.label} enligt planen: summan av planens egna rader.`,
    };
  return {
    ...base,
    kind: 'plan',
    planValue: (y) => published(row.values, y, row.label.toLowerCase()),
    definition: `${row.label} som planen trycker den.`,
  };
};
