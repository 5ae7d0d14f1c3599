import { goalDefinitions, goalRowIds } from '../goals';
import { nameStem } from '../names';
import type { PlanConstantRow, RowSpec, Unit } from '../rowSpec';
import type { PlanModel } from './planModel';
import { scalarPlanRow } from './scalarPlanRow';

/** The limits of the plan's goals and its resultatkrav, as the plan states them. */
export const planGoalRows = (m: PlanModel): RowSpec[] => {
  const section = 'Finansiella mål';
  const constant = (
    id: string,
    name: string,
    label: string,
    unit: Unit,
    value: number,
    definition: string,
    source: string,
  ): PlanConstantRow => scalarPlanRow({ id, name, label, unit, section, value, definition, source });
  const definitions = goalDefinitions(m.plan);
  const limits = m.plan.goals.flatMap((goal, i): PlanConstantRow[] => {
    if (definitions[i]?.missing) return [];
    const ids = goalRowIds(goal.id);
    const stem = `Mål_${nameStem(goal.id)}`;
    const unit: Unit = goal.kind === 'balanskrav' ? 'mnkr' : 'procent';
    const label = definitions[i]?.label ?? goal.id;
    const source = m.sourceText(goal.source);
    const rows: PlanConstantRow[] = [];
    const min = goal.kind === 'balanskrav' ? (goal.min ?? 0) : 'min' in goal ? goal.min : undefined;
    if (min !== undefined)
      rows.push(
        constant(
          ids.min,
          `${stem}_min`,
          `${label}: lägst`,
          unit,
          min,
          `Målets nedre gräns (${definitions[i]?.requirement ?? ''}).`,
          source,
        ),
      );
    if ('max' in goal && goal.max !== undefined)
      rows.push(
        constant(
          ids.max,
          `${stem}_max`,
          `${label}: högst`,
          unit,
          goal.max,
          `Målets övre gräns (${definitions[i]?.requirement ?? ''}).`,
          source,
        ),
      );
    return rows;
  });
  const krav = m.plan.resultatkrav;
  return krav
    ? [
        constant(
          'resultatkrav_procent',
          'Resultatkrav_procent',
          'Resultatkrav',
          'procent',
          krav.percent,
          'Resultatkravet i procent av skatt, statsbidrag och utjämning.',
          m.sourceText(krav.source),
        ),
        ...limits,
      ]
    : limits;
};
