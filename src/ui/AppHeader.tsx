import { selectChangeCount } from '../scenarios/selectors';
import { useScenario } from '../scenarios/useScenario';
import { PlanPicker } from './plans/PlanPicker';
import { TransferActions } from './transfer/TransferActions';

/** The scenario's name and how far it is from the plan, and the actions on the whole scenario. */
export const AppHeader = ({
  onLibrary,
  onHistory,
  onProjector,
  onNewPlan,
  onPlanVersions,
}: {
  onLibrary: () => void;
  onHistory: () => void;
  onProjector: () => void;
  /** Opens the "Ny plan" page; the picker offers it only when given. */
  onNewPlan?: () => void;
  /** Opens "Planens versioner" (Ny prognos, the bridge, moving scenarios). */
  onPlanVersions?: () => void;
}) => {
  const name = useScenario((state) => state.document.name);
  const changeCount = useScenario(selectChangeCount);
  return (
    <header className="app-header">
      <img className="brand" src="/favicon.svg" alt="Budgetverkstad" width={32} height={32} />
      <div className="title">
        <h1>{name}</h1>
        <div className="subtitle">
          <PlanPicker onNewPlan={onNewPlan} onPlanVersions={onPlanVersions} /> ·{' '}
          <span aria-live="polite">
            {changeCount === 0
              ? 'inga ändringar mot planen'
              : `${changeCount} ${changeCount === 1 ? 'ändring' : 'ändringar'} mot planen`}
          </span>
        </div>
      </div>
      <div className="header-actions">
        <button type="button" onClick={onLibrary} aria-haspopup="dialog">
          Scenarier
        </button>
        <button type="button" onClick={onHistory} aria-haspopup="dialog">
          Historik
        </button>
        <TransferActions />
        <button
          type="button"
          onClick={() => window.print()}
          title="En sida för fullmäktige: ändringar, mål, nyckelrader och diagram"
        >
          Skriv ut
        </button>
        <button type="button" onClick={onProjector}>
          Projektorläge
        </button>
      </div>
    </header>
  );
};
