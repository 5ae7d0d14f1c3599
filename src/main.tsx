import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openPlanRepository } from './persistence/planRepository';
import { startAppUpdate } from './pwa/startAppUpdate';
import { chosenPlan, switchPlan } from './scenarios/planChoice';
import { openPlanLibrary } from './scenarios/planLibrary';
import { startLibrary } from './scenarios/startLibrary';
import { PlanSessionContext } from './scenarios/usePlanLibrary';
import { LibraryContext } from './scenarios/useLibrary';
import { ScenarioStoreContext } from './scenarios/useScenario';
import { App } from './ui/App';
import { UpdateBanner } from './ui/update/UpdateBanner';
import './ui/app.css';

// Composition root: the plans, the one this tab opens, its saved scenarios, one scenario store on the last
// one open, the app. Switching plan saves the open scenario and starts the app again on the other plan.
const plans = await openPlanLibrary(await openPlanRepository());
const plan = chosenPlan(plans);
const knownPlans = plans.getState().plans.map(({ plan: { id, version } }) => ({ id, version }));
const { library, store } = await startLibrary(plan, knownPlans);
const planSession = {
  plans,
  switchTo: (key: string) => switchPlan(key, library.flush, () => location.reload()),
};
// A new release (service worker) is taken only when the user chooses it and the open scenario is saved.
const update = startAppUpdate({
  flush: library.flush,
  hasUnsavedChanges: library.hasUnsavedChanges,
  storage: () => library.getState().storage.kind,
  subscribe: (listener) => {
    const fromLibrary = library.subscribe(listener);
    const fromStore = store.subscribe(listener);
    return () => {
      fromLibrary();
      fromStore();
    };
  },
});
// `npm run bench` (tests/bench/) reads the store's engineMs; only with ?bench in the URL.
if (new URLSearchParams(location.search).has('bench'))
  Object.assign(window, { __budgetverkstadBench: store });
const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root saknas i index.html');
createRoot(root).render(
  <StrictMode>
    <PlanSessionContext value={planSession}>
      <LibraryContext value={library}>
        <ScenarioStoreContext value={store}>
          <App />
          <UpdateBanner update={update} />
        </ScenarioStoreContext>
      </LibraryContext>
    </PlanSessionContext>
  </StrictMode>,
);
