import { useLibrary, useScenarioLibrary } from '../../scenarios/useLibrary';

/**
 * What the user must know about saving: that the browser cannot store right now (memory only, export to
 * keep the work), and the latest notice (another tab, an example copied on edit).
 */
export const LibraryBanner = () => {
  const library = useScenarioLibrary();
  const storage = useLibrary((s) => s.storage);
  const notice = useLibrary((s) => s.notice);
  return (
    <div className="library-banners" aria-live="polite">
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
