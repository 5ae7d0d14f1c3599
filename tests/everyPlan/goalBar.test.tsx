import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import vasternorrland from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { evaluateGoals } from '../../src/model/goals';
import { parsePlan } from '../../src/model/parsePlan';
import { GoalCells } from '../../src/ui/GoalCells';
import { ProjectorGoals } from '../../src/ui/projector/ProjectorGoals';
import { compiled, otherOrganisations, PLANS, planById } from './plans';

const cells = (plan: ReturnType<typeof planById>) => {
  const { workbook, results } = compiled(plan);
  const goals = evaluateGoals(plan, results);
  const { years, budgetYears } = workbook.layout;
  return { goals, years, budgetYears };
};

describe.each(PLANS)('the goals of %s', (_name, id) => {
  const plan = planById(id);
  const { goals, years, budgetYears } = cells(plan);

  it('are the plan’s own goals, judged in its own years', () => {
    expect(goals.map((goal) => goal.id)).toEqual(plan.goals.map((goal) => goal.id));
    const html = renderToStaticMarkup(
      <table>
        <tbody>
          {goals.map((goal) => (
            <tr key={goal.id}>
              <GoalCells goal={goal} years={years} budgetYears={budgetYears} />
            </tr>
          ))}
        </tbody>
      </table>,
    );
    for (const year of budgetYears) expect(html).toContain(`data-year="${year}"`);
    for (const other of otherOrganisations(plan)) expect(html).not.toContain(other);
  });
});

describe('a goal the plan has no figures for', () => {
  // Västernorrland publishes a resultatbudget only: a soliditet goal has nothing to be judged on.
  const plan = parsePlan({
    ...vasternorrland,
    goals: [
      ...vasternorrland.goals,
      { id: 'soliditet', kind: 'soliditet', model: 'blandmodell', min: 30, source: { kind: 'entered' } },
    ],
  });
  const { goals, years, budgetYears } = cells(plan);
  const soliditet = goals.find((goal) => goal.id === 'soliditet');

  it('says in the goal bar that it is missing from the plan, and how to add it, across the years', () => {
    if (!soliditet) throw new Error('no soliditet goal');
    expect(soliditet.missing).toMatch(/saknas i planen\. Lägg till/);
    const html = renderToStaticMarkup(
      <table>
        <tbody>
          <tr>
            <GoalCells goal={soliditet} years={years} budgetYears={budgetYears} />
          </tr>
        </tbody>
      </table>,
    );
    expect(html).toContain(`colSpan="${years.length}"`);
    expect(html).toContain('saknas i planen');
    expect(html).not.toContain('Bedöms inte');
  });

  it('says so on the projector too, and a year without a verdict reads “–”', () => {
    const html = renderToStaticMarkup(
      <ProjectorGoals
        goals={goals}
        planGoals={goals}
        years={years}
        budgetYears={budgetYears}
        compare={false}
      />,
    );
    expect(html).toContain('saknas i planen');
    expect(html).not.toContain('·');
  });
});

describe('a balanskrav figure', () => {
  const shownIn = (id: string) => {
    const plan = planById(id);
    const { goals, years, budgetYears } = cells(plan);
    const balanskrav = goals.find((goal) => goal.kind === 'balanskrav');
    if (!balanskrav) throw new Error('no balanskrav goal');
    return renderToStaticMarkup(
      <table>
        <tbody>
          <tr>
            <GoalCells goal={balanskrav} years={years} budgetYears={budgetYears} />
          </tr>
        </tbody>
      </table>,
    );
  };

  it('is shown as the plan prints its resultatbudget: Sjöbo in tenths, Norrbotten in whole mnkr', () => {
    // Sjöbo's resultatbudget prints Årets balanskravsresultat 2024 as −18,6 (−26,1 + 7,5), not −19.
    expect(shownIn('sjobo-2024-2027')).toContain('−18,6 mnkr');
    // Norrbotten prints balanskravsresultat 2027 as 28 and 2029 as −71 mnkr, in whole millions.
    const norrbotten = shownIn('norrbotten-2025-2027');
    expect(norrbotten).toContain('>28 mnkr<');
    expect(norrbotten).toContain('>−71 mnkr<');
  });
});
