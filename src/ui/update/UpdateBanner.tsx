import { useSyncExternalStore } from 'react';
import type { AppUpdate, AppUpdateState } from '../../pwa/appUpdate';
import './update.css';

/** What the banner says in each phase; `undefined`: no banner. */
const textOf = (state: AppUpdateState): string | undefined => {
  switch (state.phase) {
    case 'none':
      return undefined;
    case 'available':
      return 'En ny version finns.';
    case 'saving':
      return state.reloadPending
        ? 'En ny version har startats i en annan flik. Sidan laddas om så snart dina ändringar är sparade.'
        : 'Uppdateringen väntar tills dina ändringar är sparade.';
    case 'memory':
      return 'Webbläsaren kan inte spara här just nu: dina ändringar finns bara i den här fliken och försvinner när sidan laddas om. Exportera dem till fil först.';
    case 'updating':
      return 'Den nya versionen startas …';
  }
};

/**
 * A new release, announced in Swedish: taken when the user chooses ("Uppdatera nu"), never with an edit
 * unsaved (the banner says that it waits, and why), or left for later ("Senare").
 */
export const UpdateBanner = ({ update }: { readonly update: AppUpdate }) => {
  const state = useSyncExternalStore(update.subscribe, update.getState);
  const text = textOf(state);
  return (
    <div className="update-banner-region" aria-live="polite">
      {text === undefined ? null : (
        <section className="update-banner" aria-label="Ny version" data-phase={state.phase}>
          <p>{text}</p>
          <div className="update-actions">
            {state.phase === 'available' ? (
              <button type="button" className="primary" onClick={update.update}>
                Uppdatera nu
              </button>
            ) : null}
            {state.phase === 'memory' ? (
              <button type="button" onClick={update.updateAnyway}>
                Uppdatera ändå
              </button>
            ) : null}
            {state.reloadPending || state.phase === 'updating' ? null : (
              <button type="button" onClick={update.later}>
                Senare
              </button>
            )}
          </div>
        </section>
      )}
    </div>
  );
};
