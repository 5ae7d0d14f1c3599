import { useMemo, useState } from 'react';
import { ChartPanel } from '../../charts/ChartPanel';
import { usePlanCharts } from '../ScenarioCharts';
import type { ChartSeriesInput } from '../../charts/chartSpecs';
import type { StatementSheet } from '../../model/rowSpec';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { compareRows } from '../../scenarios/compareRows';
import { selectPlanGoals } from '../../scenarios/selectors';
import { useComparison } from '../../scenarios/useComparison';
import { useLibrary } from '../../scenarios/useLibrary';
import { useScenario } from '../../scenarios/useScenario';
import { CompareGoals } from './CompareGoals';
import { CompareTable } from './CompareTable';
import { ScenarioPicker, type CompareCandidate } from './ScenarioPicker';
import './compare.css';

const SHEETS: readonly { sheet: StatementSheet; title: string }[] = [
  { sheet: 'Antaganden', title: 'Antaganden' },
  { sheet: 'Resultatbudget', title: 'Resultatbudget' },
  { sheet: 'Balansbudget', title: 'Balansbudget' },
  { sheet: 'Finansieringsbudget', title: 'Finansieringsbudget' },
  { sheet: 'Nyckeltal', title: 'Nyckeltal' },
];

/**
 * Two to four scenarios side by side with the plan: the goals for each, then every row (or only the rows
 * that differ) with each scenario's value and its difference from the plan.
 */
export const CompareView = () => {
  const current = useScenario((state) => state.document);
  const saved = useLibrary((state) => state.documents);
  const examples = useLibrary((state) => state.examples);
  const candidates = useMemo(
    (): readonly CompareCandidate[] => [
      { document: current, origin: 'aktuellt' },
      ...saved
        .filter((document) => document.id !== current.id)
        .map((document) => ({ document, origin: 'sparat' as const })),
      ...examples
        .filter((document) => document.id !== current.id)
        .map((document) => ({ document, origin: 'exempel' as const })),
    ],
    [current, saved, examples],
  );
  const rows = useScenario((state) => state.workbook.rows);
  const layout = useScenario((state) => state.workbook.layout);
  const planResults = useScenario((state) => state.planResults);
  const planGoals = useScenario(selectPlanGoals);
  const charts = usePlanCharts();
  const [chosen, setChosen] = useState<readonly string[]>(() =>
    candidates.slice(0, 3).map((candidate) => candidate.document.id),
  );
  const [onlyDiffering, setOnlyDiffering] = useState(true);

  const documents = useMemo(
    () =>
      chosen.flatMap((id): ScenarioDocument[] => {
        const found = candidates.find((candidate) => candidate.document.id === id);
        return found ? [found.document] : [];
      }),
    [chosen, candidates],
  );
  const compared = useComparison(documents);
  const names = compared.map((scenario) => scenario.document.name);
  const chartSeries = useMemo(
    (): readonly ChartSeriesInput[] => [
      { name: 'Planen', results: planResults, role: 'plan' },
      ...compared.map((scenario) => ({
        name: scenario.document.name,
        results: scenario.results,
        role: 'compare' as const,
      })),
    ],
    [compared, planResults],
  );
  const sheets = useMemo(
    () =>
      SHEETS.map(({ sheet, title }) => {
        const scenarios = compared.map((c) => ({ results: c.results, changes: c.document.changes }));
        const all = compareRows(rows, layout, sheet, planResults, scenarios);
        return { sheet, title, rows: onlyDiffering ? all.filter((row) => row.differs) : all };
      }),
    [compared, rows, layout, planResults, onlyDiffering],
  );

  return (
    <div className="compare">
      <h2>Jämför scenarier med planen</h2>
      <ScenarioPicker candidates={candidates} chosen={chosen} onChange={setChosen} />
      {compared.length === 0 ? null : (
        <>
          <CompareGoals
            lines={[
              { name: 'Planen', goals: planGoals },
              ...compared.map((scenario) => ({ name: scenario.document.name, goals: scenario.goals })),
            ]}
            years={layout.years}
            budgetYears={layout.budgetYears}
          />
          <ChartPanel charts={charts} series={chartSeries} />
          <label className="compare-filter">
            <input
              type="checkbox"
              checked={onlyDiffering}
              onChange={(event) => setOnlyDiffering(event.target.checked)}
            />
            Visa bara rader som skiljer sig från planen
          </label>
          {sheets.map(({ sheet, title, rows: shown }) =>
            shown.length === 0 ? null : (
              <CompareTable
                key={sheet}
                title={title}
                sheet={sheet}
                rows={shown}
                names={names}
                years={layout.years}
                budgetYears={layout.budgetYears}
              />
            ),
          )}
        </>
      )}
    </div>
  );
};
