import type { Year } from '../../model/years';
import type { GoalStatus } from '../../model/goals';
import { GoalCells } from '../GoalCells';
import { YearHeaderCells } from '../YearHeaderCells';

/** The four goals for the plan and each compared scenario: one block of lines per goal. */
export const CompareGoals = ({
  lines,
  years,
  budgetYears,
}: {
  lines: readonly { readonly name: string; readonly goals: readonly GoalStatus[] }[];
  years: readonly Year[];
  budgetYears: readonly Year[];
}) => {
  const goalIds = lines[0]?.goals ?? [];
  return (
    <section className="compare-goals" aria-labelledby="jamfor-mal">
      <h3 id="jamfor-mal">Målen</h3>
      <table className="goal-table compare-goal-table">
        <thead>
          <tr>
            <th scope="col">Mål och scenario</th>
            <YearHeaderCells years={years} budgetYears={budgetYears} />
          </tr>
        </thead>
        {goalIds.map((definition, index) => (
          <tbody key={definition.id} data-compare-goal={definition.id}>
            <tr className="row-head">
              <th scope="rowgroup" colSpan={years.length + 1}>
                {definition.label} <span className="requirement">{definition.requirement}</span>
              </th>
            </tr>
            {lines.map((line, lineIndex) => {
              const goal = line.goals[index];
              return goal ? (
                <tr
                  key={line.name + String(lineIndex)}
                  data-scenario={lineIndex === 0 ? 'plan' : lineIndex - 1}
                >
                  <th scope="row">{line.name}</th>
                  <GoalCells goal={goal} years={years} budgetYears={budgetYears} />
                </tr>
              ) : null;
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
};
