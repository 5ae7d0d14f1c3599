import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/cli/renderText';
import { evaluateGoals } from '../../src/model/goals';
import { statementTables } from '../../src/model/statementTables';
import { newScenario } from '../../src/scenarios/newScenario';
import { createScenarioStore } from '../../src/scenarios/scenarioStore';
import { ScenarioStoreContext } from '../../src/scenarios/useScenario';
import { SummaryText } from '../../src/ui/summary/PrintSummary';
import { compiled, otherOrganisations, PLANS, planById } from './plans';

const SHEETS = ['Resultatbudget', 'Balansbudget', 'Finansieringsbudget', 'Nyckeltal'] as const;

const cliText = (id: string) => {
  const plan = planById(id);
  const { workbook, results } = compiled(plan);
  return renderText(plan, null, statementTables(workbook, results, SHEETS), evaluateGoals(plan, results));
};

const printed = (id: string) => {
  const plan = planById(id);
  const store = createScenarioStore(
    plan,
    newScenario(plan, 'Förslag', 'test-id', new Date('2026-12-01T12:00:00Z')),
  );
  const html = renderToStaticMarkup(
    <ScenarioStoreContext.Provider value={store}>
      <SummaryText printedAt={new Date('2026-12-01T12:00:00Z')} />
    </ScenarioStoreContext.Provider>,
  );
  store.destroy();
  return html;
};

describe.each(PLANS)('the printed summary and the calculator’s text on %s', (_name, id) => {
  const plan = planById(id);

  it('name the plan’s organisation and no other', () => {
    for (const text of [cliText(id), printed(id)]) {
      expect(text).toContain(plan.organisation.name);
      for (const other of otherOrganisations(plan)) expect(text).not.toContain(other);
    }
  });

  it('show only the plan’s goals', () => {
    const html = printed(id);
    const goalRows = html.match(/class="goal-row"/g) ?? [];
    expect(goalRows.length).toBe(plan.goals.length);
    if (!plan.goals.some((goal) => goal.kind === 'soliditet')) expect(html).not.toContain('Soliditet');
  });
});

describe('the calculator’s text', () => {
  it('prints Sjöbo’s earlier years as Tidigare, its tenths as printed, and no statement it lacks', () => {
    const text = cliText('sjobo-2024-2027');
    const header = text.split('\n').find((line) => line.startsWith('RESULTATBUDGET')) ?? '';
    expect(header.trim().split(/\s+/).slice(1)).toEqual(['2022', '2023', '2024', '2025', '2026', '2027']);
    expect(text).toMatch(/^\s+Tidigare\s+Tidigare\s+Budget\s+Budget\s+Budget\s+Budget$/m);
    // Årets balanskravsresultat 2024 is −18,6 in Sjöbo's resultatbudget (printed in tenths).
    expect(text).toMatch(/^Årets balanskravsresultat \(mnkr\)\s+\S+\s+\S+\s+−18,6/m);
    expect(text).not.toContain('FINANSIERINGSBUDGET');
  });

  it('prints Västernorrland without a balansbudget', () => {
    expect(cliText('vasternorrland-2022-2024')).not.toContain('BALANSBUDGET');
  });
});
