import { useState } from 'react';
import type { StatementSheet } from '../model/rowSpec';
import { useScenario } from '../scenarios/useScenario';
import { GoalBar } from './GoalBar';
import { StatementGrid } from './grid/StatementGrid';
import { SheetTabs, VIEWS } from './SheetTabs';

/** The modeller's screen: header, the goals always in sight, one statement at a time. */
export const App = () => {
  const plan = useScenario((state) => state.plan);
  const name = useScenario((state) => state.document.name);
  const [sheet, setSheet] = useState<StatementSheet>('Resultatbudget');
  const view = VIEWS.find((v) => v.sheet === sheet);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand" aria-hidden="true">
          Budgetverkstad
        </div>
        <div className="title">
          <h1>{name}</h1>
          <p>
            {plan.organisation} · {plan.name} · beslutad av {plan.decided}
          </p>
        </div>
      </header>
      <GoalBar />
      <SheetTabs current={sheet} onSelect={setSheet} />
      <main id="vy" className="sheet" aria-labelledby={`flik-${sheet}`}>
        {view?.intro ? <p className="sheet-intro">{view.intro}</p> : null}
        <StatementGrid sheet={sheet} />
      </main>
    </div>
  );
};
