import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { norrbottenPlan } from './model/norrbottenPlan';
import { newScenario } from './scenarios/newScenario';
import { createScenarioStore } from './scenarios/scenarioStore';
import { ScenarioStoreContext } from './scenarios/useScenario';
import { App } from './ui/App';
import './ui/app.css';

// Composition root: the built-in plan, one scenario store, the app.
const plan = norrbottenPlan();
const store = createScenarioStore(
  plan,
  newScenario(plan, 'Planen som beslutad', crypto.randomUUID(), new Date()),
);
const root = document.getElementById('root');
if (!root) throw new Error('Elementet #root saknas i index.html');
createRoot(root).render(
  <StrictMode>
    <ScenarioStoreContext value={store}>
      <App />
    </ScenarioStoreContext>
  </StrictMode>,
);
