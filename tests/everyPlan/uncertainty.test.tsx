import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { DEFAULT_UNCERTAINTY } from '../../src/model/uncertainty/parameters';
import { allYears } from '../../src/model/years';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { ScenarioStoreContext } from '../../src/scenarios/useScenario';
import { simulatedPair } from '../../src/scenarios/useSimulation';
import { ChanceTable } from '../../src/ui/uncertainty/ChanceTable';
import { SimulationProvider } from '../../src/ui/uncertainty/SimulationContext';
import { UncertaintyAssumptions } from '../../src/ui/uncertainty/UncertaintyAssumptions';
import { SimulationHeadline } from '../../src/ui/uncertainty/UncertaintyView';
import { internalWords } from '../internalWords';
import { compiled, otherOrganisations, PLANS, planById } from './plans';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(/\s+/g, ' ');

describe.each(PLANS)('Hur säkert? on %s', (_name, id) => {
  const plan = planById(id);
  const summary = simulate(plan, [NO_CHANGES, NO_CHANGES], { draws: 200, seed: 7 });
  const pair = summary && simulatedPair(summary);
  const store = createScenarioStore(
    plan,
    newScenario(plan, 'Förslag', 'test-id', new Date('2026-12-01T12:00:00Z')),
  );
  const html = pair
    ? renderToStaticMarkup(
        <ScenarioStoreContext.Provider value={store}>
          <SimulationProvider>
            <SimulationHeadline pair={pair} />
            <ChanceTable pair={pair} />
            <UncertaintyAssumptions draws={pair.draws} chances={pair.plan.years.map((y) => y.balanskrav)} />
          </SimulationProvider>
        </ScenarioStoreContext.Provider>,
      )
    : '';
  store.destroy();

  it('speaks of the plan’s own last budget year and shows every modelled year', () => {
    const last = plan.years.budget.at(-1);
    expect(text(html)).toContain(`Sannolikheten att balanskravet klaras ${last} är`);
    for (const year of allYears(plan)) expect(html).toContain(`data-year="${year}"`);
    for (const other of otherOrganisations(plan)) expect(html).not.toContain(other);
  });

  it('lists the drivers the plan has and no other, and no internal word', () => {
    const { workbook } = compiled(plan);
    for (const driver of DEFAULT_UNCERTAINTY) {
      const has = workbook.rows.byId.get(driver.inputId)?.kind === 'input';
      expect(html.includes(`data-driver="${driver.id}"`), driver.id).toBe(has);
    }
    expect(internalWords(text(html))).toEqual([]);
    expect(text(html)).not.toMatch(/\bp(5|25|50|75|95)\b|\bseed\b/i);
  });

  it('shows the plan’s goals other than the balanskrav, each with the plan and the scenario', () => {
    const goals = plan.goals.filter((goal) => goal.kind !== 'balanskrav');
    for (const goal of goals) expect(html).toContain(`data-line="mal-${goal.id}"`);
    expect(html).not.toContain('data-line="mal-balanskrav"');
  });
});
