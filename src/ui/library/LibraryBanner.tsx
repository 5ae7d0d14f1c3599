import { useLibrary, useScenarioLibrary } from '../../scenarios/useLibrary';
import { PlanMismatchBanner } from './PlanMismatchBanner';
import { SafeModeBanner } from './SafeModeBanner';
import './safety.css';

/**
 * What the user must know about saving: that the browser cannot store right now (memory only, export to
 * keep the work), a start in safe mode, a saved scenario that does not fit the plan, and the latest notice
 * (another tab, an example copied on edit).
 */
export const LibraryBanner = () => {
  const library = useScenarioLibrary();
  const storage = useLibrary((s) => s.storage);
  const notice = useLibrary((s) => s.notice);
  return (
    <div className="library-banners" aria-live="polite">
      <SafeModeBanner />
      <PlanMismatchBanner />
      {storage.kind === 'memory' ? (
        <div className="storage-banner" data-storage={storage.reason}>
          <strong>Sparas inte:</strong> {storage.message}
        </div>
      ) : null}
      {notice === undefined ? null : (
        <div className="library-notice">
          <span>{notice}</span>
          <button type="button" onClick={library.dismissNotice}>
            Stäng meddelandet
          </button>
        </div>
      )}
    </div>
  );
};
