import { useEffect, useState } from 'react';
import { selectHasBalanskrav } from '../scenarios/selectors';
import { useScenario, useScenarioStore } from '../scenarios/useScenario';
import { BalanskravView } from './balanskrav/BalanskravView';
import { AttributionView } from './analysis/AttributionView';
import { GoalSeekView } from './analysis/GoalSeekView';
import { CompareView } from './compare/CompareView';
import { FrameChangesView } from './frames/FrameChangesView';
import { HistoryDialog } from './history/HistoryDialog';
import { LibraryBanner } from './library/LibraryBanner';
import { ScenarioLibraryDialog } from './library/ScenarioLibraryDialog';
import { AppHeader } from './AppHeader';
import { GoalBar } from './GoalBar';
import { PrintChart, ProjectorChart } from './ScenarioCharts';
import { StatementView } from './StatementView';
import { SharedLink } from './transfer/TransferActions';
import { useSharedScenario } from './transfer/useSharedScenario';
import type { ViewMode } from './grid/cellDisplay';
import type { CellSelection } from './grid/StatementGrid';
import { isStatementView, SheetTabs, shownView, type OtherViewId, type ViewId } from './SheetTabs';
import { ProjectorView } from './projector/ProjectorView';
import { PrintSummary } from './summary/PrintSummary';
import { LazyPage } from './LazyPage';
import { usePageRoute } from './usePageRoute';
import { SimulationProvider } from './uncertainty/SimulationContext';
import { SimulationProgress } from './uncertainty/SimulationProgress';
import { UncertaintyView } from './uncertainty/UncertaintyView';

/** A field with its own undo; the grid's selected cell is an editing host only to receive text (useTextEntry). */
const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  ((target.isContentEditable && target.getAttribute('role') !== 'gridcell') ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

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
    case 'Balanskrav':
      return <BalanskravView />;
    case 'HurSakert':
      return <UncertaintyView />;
  }
};

/** The modeller's screen: header, the goals always in sight, one statement at a time, the formula bar. */
export const App = () => {
  const store = useScenarioStore();
  const [chosenView, setView] = useState<ViewId>('Resultatbudget');
  // A statement the open plan lacks (after a switch of plan) gives way to its resultatbudget.
  const view = useScenario((state) => shownView(chosenView, state.workbook.rows, selectHasBalanskrav(state)));
  const [mode, setMode] = useState<ViewMode>('scenario');
  const [projector, setProjector] = useState(false);
  const [compare, setCompare] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [page, setPage] = usePageRoute();
  const [lastSelection, setLastSelection] = useState<CellSelection | undefined>();
  const shared = useSharedScenario();
  const sharedGoals =
    shared.shared.kind === 'scenario' && shared.preview
      ? { name: shared.shared.document.name, goals: shared.preview.goals }
      : undefined;

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

  if (page) return <LazyPage page={page} onClose={() => setPage(undefined)} />;

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
    <SimulationProvider>
      <div className="app">
        <AppHeader
          onLibrary={() => setLibraryOpen(true)}
          onHistory={() => setHistoryOpen(true)}
          onNewPlan={() => setPage('ny-plan')}
          onPlanVersions={() => setPage('planversioner')}
          onProjector={() => {
            setProjector(true);
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
          }}
        />
        <LibraryBanner />
        <SharedLink {...shared} />
        <ScenarioLibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} />
        <HistoryDialog open={historyOpen} onClose={() => setHistoryOpen(false)} />
        <GoalBar shared={sharedGoals} />
        <SheetTabs current={view} onSelect={setView} />
        {/* A run started in "Hur säkert?" goes on while the user edits elsewhere; its progress stays in sight. */}
        {view === 'HurSakert' ? null : <SimulationProgress compact />}
        <main id="vy" className="sheet" role="tabpanel" aria-labelledby={`flik-${view}`}>
          {isStatementView(view) ? (
            <StatementView
              sheet={view}
              mode={mode}
              onMode={setMode}
              onSheet={setView}
              initialSelection={lastSelection}
              onLeave={setLastSelection}
            />
          ) : (
            otherView(view)
          )}
        </main>
        <PrintSummary chart={<PrintChart />} />
      </div>
    </SimulationProvider>
  );
};
