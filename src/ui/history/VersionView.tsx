import { useMemo } from 'react';
import type { ScenarioVersion } from '../../model/history/scenarioHistory';
import { previewScenario } from '../../scenarios/transfer';
import { useScenario } from '../../scenarios/useScenario';
import { GoalCells } from '../GoalCells';
import { PreviewTable } from '../transfer/PreviewTable';
import { YearHeaderCells } from '../YearHeaderCells';

type Props = { readonly version: ScenarioVersion };

/**
 * "Visa": a version as it was, computed against the plan it was made for: its key figures and its goals.
 * Every statement is there when the version is opened as a copy; this is the glance before.
 */
export const VersionView = ({ version }: Props) => {
  const plan = useScenario((state) => state.plan);
  const planResults = useScenario((state) => state.planResults);
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  const { document } = version;
  const samePlan = document.plan.id === plan.id && document.plan.version === plan.version;
  const preview = useMemo(
    () => (samePlan ? previewScenario({ plan, planResults }, document) : undefined),
    [samePlan, plan, planResults, document],
  );
  if (!preview)
    return (
      <p className="history-view">
        Versionen gäller {document.plan.name} ({document.plan.organisation}), version {document.plan.version},
        inte den plan som är öppen. Öppna den som kopia där den planen finns för att se dess siffror.
      </p>
    );
  return (
    <div className="history-view">
      <PreviewTable preview={preview} caption={`Nyckeltal i version ${version.seq} (planen), mnkr`} />
      <table className="goal-table history-goals">
        <caption>Mål i version {version.seq}</caption>
        <thead>
          <tr>
            <th scope="col">Mål</th>
            <YearHeaderCells years={years} budgetYears={budgetYears} />
          </tr>
        </thead>
        <tbody>
          {preview.goals.map((goal) => (
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
    </div>
  );
};
