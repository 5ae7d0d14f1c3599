import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { norrbottenPlan } from './model/norrbottenPlan';
import { startLibrary } from './scenarios/startLibrary';
import { LibraryContext } from './scenarios/useLibrary';
import { ScenarioStoreContext } from './scenarios/useScenario';
import { App } from './ui/App';
import './ui/app.css';

// Composition root: the built-in plan, the saved scenarios, one scenario store on the last one open, the app.
const plan = norrbottenPlan();
const { library, store } = await startLibrary(plan);
// `npm run bench` (tests/bench/) reads the store's engineMs; only with ?bench in the URL.
if (new URLSearchParams(location.search).has('bench'))
  Object.assign(window, { __budgetverkstadBench: store });
const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root saknas i index.html');
createRoot(root).render(
  <StrictMode>
    <LibraryContext value={library}>
      <ScenarioStoreContext value={store}>
        <App />
      </ScenarioStoreContext>
    </LibraryContext>
  </StrictMode>,
);
