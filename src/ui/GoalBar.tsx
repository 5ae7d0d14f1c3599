import { selectGoals } from '../scenarios/selectors';
import { useScenario } from '../scenarios/useScenario';
import { GoalCells } from './GoalCells';
import { YearHeaderCells } from './YearHeaderCells';

/**
 * Balanskravet and the three financial goals per year, always in sight, in a form that reads in greyscale
 * and on a washed-out projector (see GoalCells).
 */
export const GoalBar = () => {
  const goals = useScenario(selectGoals);
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  return (
    <section className="goal-bar" aria-label="Balanskravet och de finansiella målen">
      <table className="goal-table">
        <thead>
          <tr>
            <th scope="col">Mål</th>
            <YearHeaderCells years={years} budgetYears={budgetYears} />
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => (
            <tr key={goal.id} data-goal={goal.id}>
              <th scope="row">
                {goal.label}
                <span className="requirement">{goal.requirement}</span>
              </th>
              <GoalCells goal={goal} years={years} budgetYears={budgetYears} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
