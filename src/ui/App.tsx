import { useEffect, useState } from 'react';
import { useScenario, useScenarioStore } from '../scenarios/useScenario';
import { AttributionView } from './analysis/AttributionView';
import { GoalSeekView } from './analysis/GoalSeekView';
import { CompareView } from './compare/CompareView';
import { FormulaBar } from './FormulaBar';
import { FrameChangesView } from './frames/FrameChangesView';
import { LibraryBanner } from './library/LibraryBanner';
import { ScenarioLibraryDialog } from './library/ScenarioLibraryDialog';
import { AppHeader } from './AppHeader';
import { GoalBar } from './GoalBar';
import { PrintChart, ProjectorChart, SheetCharts } from './ScenarioCharts';
import { SharedLink } from './transfer/TransferActions';
import type { ViewMode } from './grid/cellDisplay';
import { StatementGrid, type CellSelection } from './grid/StatementGrid';
import { isStatementView, SheetTabs, type OtherViewId, type ViewId } from './SheetTabs';
import { ProjectorView } from './projector/ProjectorView';
import { PrintSummary } from './summary/PrintSummary';
import { StepValues } from './StepValues';
import { Toolbar } from './Toolbar';

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The views that are not a statement grid; each new view adds one line here and one in SheetTabs' VIEWS. */
const otherView = (view: OtherViewId) => {
  switch (view) {
    case 'Ramförändringar':
      return <FrameChangesView />;
    case 'Jämför':
      return <CompareView />;
    case 'VadKravs':
      return <GoalSeekView />;
    case 'VarforSkiljer':
      return <AttributionView />;
  }
};

/** The modeller's screen: header, the goals always in sight, one statement at a time, the formula bar. */
export const App = () => {
  const store = useScenarioStore();
  const rows = useScenario((state) => state.workbook.rows);
  const [view, setView] = useState<ViewId>('Resultatbudget');
  const [mode, setMode] = useState<ViewMode>('scenario');
  const [selection, setSelection] = useState<CellSelection | undefined>();
  const [projector, setProjector] = useState(false);
  const [compare, setCompare] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);

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
        chart={(withPlan) => <ProjectorChart withPlan={withPlan} />}
      />
    );

  return (
    <div className="app">
      <AppHeader
        onLibrary={() => setLibraryOpen(true)}
        onProjector={() => {
          setProjector(true);
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
        }}
      />
      <LibraryBanner />
      <SharedLink />
      <ScenarioLibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} />
      <GoalBar />
      <SheetTabs current={view} onSelect={setView} />
      <main id="vy" className="sheet" role="tabpanel" aria-labelledby={`flik-${view}`}>
        {isStatementView(view) ? (
          <>
            <Toolbar mode={mode} onMode={setMode} />
            <FormulaBar selection={selection?.sheet === view ? selection : undefined} onNavigate={navigate} />
            <div className="sheet-body">
              <StatementGrid sheet={view} mode={mode} selection={selection} onSelect={setSelection} />
              <SheetCharts />
            </div>
            {view === 'Antaganden' ? <StepValues /> : null}
          </>
        ) : (
          otherView(view)
        )}
      </main>
      <PrintSummary chart={<PrintChart />} />
    </div>
  );
};
