import { useEffect, useState } from 'react';
import { selectChangeCount } from '../scenarios/selectors';
import { useScenario, useScenarioStore } from '../scenarios/useScenario';
import { FormulaBar } from './FormulaBar';
import { FrameChangesView } from './frames/FrameChangesView';
import { GoalBar } from './GoalBar';
import type { ViewMode } from './grid/cellDisplay';
import { StatementGrid, type CellSelection } from './grid/StatementGrid';
import { isStatementView, SheetTabs, type OtherViewId, type ViewId } from './SheetTabs';
import { ProjectorView } from './projector/ProjectorView';
import { PrintSummary } from './summary/PrintSummary';
import { Toolbar } from './Toolbar';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The views that are not a statement grid; each new view adds one line here and one in SheetTabs' VIEWS. */
const otherView = (view: OtherViewId) => {
  switch (view) {
    case 'Ramförändringar':
      return <FrameChangesView />;
  }
};

/** The modeller's screen: header, the goals always in sight, one statement at a time, the formula bar. */
export const App = () => {
  const store = useScenarioStore();
  const plan = useScenario((state) => state.plan);
  const name = useScenario((state) => state.document.name);
  const rows = useScenario((state) => state.workbook.rows);
  const changeCount = useScenario(selectChangeCount);
  const [view, setView] = useState<ViewId>('Resultatbudget');
  const [mode, setMode] = useState<ViewMode>('scenario');
  const [selection, setSelection] = useState<CellSelection | undefined>();
  const [projector, setProjector] = useState(false);
  const [compare, setCompare] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.dispatch({ type: 'scenario/undo' });
      else if (key === 'y' || (key === 'z' && event.shiftKey)) store.dispatch({ type: 'scenario/redo' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  const navigate = (rowId: string, year: number) => {
    const sheet = rows.byId.get(rowId)?.sheet;
    if (!sheet) return;
    setView(sheet);
    setSelection({ sheet, rowId, year });
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-cell="${rowId}|${year}"]`)?.focus(),
    );
  };

  if (projector)
    return (
      <ProjectorView
        compare={compare}
        onCompare={setCompare}
        onLeave={() => {
          setProjector(false);
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        }}
        chart={() => <p className="chart-placeholder">Diagram laddas …</p>}
      />
    );

  return (
    <div className="app">
      <header className="app-header">
        <img className="brand" src="/favicon.svg" alt="Budgetverkstad" width={32} height={32} />
        <div className="title">
          <h1>{name}</h1>
          <p>
            {plan.organisation} · {plan.name} ·{' '}
            <span aria-live="polite">
              {changeCount === 0
                ? 'inga ändringar mot planen'
                : `${changeCount} ${changeCount === 1 ? 'ändring' : 'ändringar'} mot planen`}
            </span>
          </p>
        </div>
        <div className="header-actions">
          <button
            type="button"
            onClick={() => window.print()}
            title="En sida för fullmäktige: ändringar, mål, nyckelrader och diagram"
          >
            Skriv ut
          </button>
          <button
            type="button"
            onClick={() => {
              setProjector(true);
              void document.documentElement.requestFullscreen?.().catch(() => undefined);
            }}
          >
            Projektorläge
          </button>
        </div>
      </header>
      <GoalBar />
      <SheetTabs current={view} onSelect={setView} />
      <main id="vy" className="sheet" role="tabpanel" aria-labelledby={`flik-${view}`}>
        {isStatementView(view) ? (
          <>
            <Toolbar mode={mode} onMode={setMode} />
            <FormulaBar selection={selection?.sheet === view ? selection : undefined} onNavigate={navigate} />
            <StatementGrid sheet={view} mode={mode} selection={selection} onSelect={setSelection} />
          </>
        ) : (
          otherView(view)
        )}
      </main>
      <PrintSummary printedAt={new Date()} chart={null} />
    </div>
  );
};
