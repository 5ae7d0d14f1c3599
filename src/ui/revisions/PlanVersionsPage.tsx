import { useState } from 'react';
import { versionLabel } from '../../format/planVersionText';
import type { PlanEntry } from '../../scenarios/planLibrary';
import { usePlanLibrary, usePlanSession } from '../../scenarios/usePlanLibrary';
import { useScenario } from '../../scenarios/useScenario';
import { leavePageRoute } from '../usePageRoute';
import { NewForecastForm } from './NewForecastForm';
import { VersionComparison } from './VersionComparison';
import { VersionList } from './VersionList';
import './revisions.css';

/** The version a new one is compared with by default: the one it was made from, else the one before. */
const defaultFrom = (versions: readonly PlanEntry[], current: PlanEntry | undefined) => {
  if (!current) return undefined;
  const basedOn = versions.find((v) => v.plan.version === current.planVersion?.basedOn.version);
  return basedOn ?? versions.filter((v) => v.plan.version < current.plan.version).at(-1);
};

/**
 * "Planens versioner": every version of the open plan, "Ny prognos" to make the next, and what a version
 * changed against another, as a bridge for the plan and each proposal, with the proposals to move.
 */
export const PlanVersionsPage = ({ onClose }: { onClose: () => void }) => {
  const plan = useScenario((state) => state.plan);
  const { switchTo } = usePlanSession();
  const entries = usePlanLibrary((state) => state.plans);
  const versions = entries
    .filter((e) => e.plan.id === plan.id)
    .sort((a, b) => a.plan.version - b.plan.version);
  const current = versions.find((e) => e.plan.version === plan.version);
  const [forecast, setForecast] = useState(() => versions.length === 1);
  const [fromKey, setFromKey] = useState(() => defaultFrom(versions, current)?.key);
  const from = versions.find((v) => v.key === fromKey && v !== current);
  const open = (key: string) => {
    leavePageRoute();
    void switchTo(key);
  };

  return (
    <main className="versions-page" aria-labelledby="versioner-rubrik">
      <header className="versions-header">
        <div>
          <h1 id="versioner-rubrik">Planens versioner</h1>
          <p>
            {plan.organisation.name} · {plan.name}
            {current ? ` · öppen: ${versionLabel(plan, current.planVersion)}` : ''}
          </p>
        </div>
        <button type="button" onClick={onClose}>
          Tillbaka till planen
        </button>
      </header>
      {/* The bridge first: on a projector it is what the room came to see. */}
      {current && versions.length > 1 && (
        <VersionComparison versions={versions} from={from} to={current} onFrom={setFromKey} />
      )}
      <h2>Versionerna</h2>
      <VersionList versions={versions} current={current} onOpen={open} />
      {current &&
        (forecast ? (
          <NewForecastForm plan={plan} planKey={current.key} onCancel={() => setForecast(false)} />
        ) : (
          <p>
            <button type="button" className="primary" onClick={() => setForecast(true)}>
              Ny prognos…
            </button>{' '}
            Gör en ny version av den öppna versionen med nya drivare och intäktsrader.
          </p>
        ))}
    </main>
  );
};
