import { useLayoutEffect, useRef } from 'react';
import type { GoalStatus } from '../model/goals';
import { selectGoals } from '../scenarios/selectors';
import { useScenario } from '../scenarios/useScenario';
import { GoalCells } from './GoalCells';
import { YearHeaderCells } from './YearHeaderCells';

/** A scenario shown without being open (a share link's preview): its name and its goals. */
export type GoalBarScenario = { readonly name: string; readonly goals: readonly GoalStatus[] };

/**
 * Keeps `--goal-bar-height` on the root equal to the bar's height, so that a view's sticky header sticks
 * right below the bar instead of over it (app.css). The bar's height changes only with the window's width.
 */
const useHeightProperty = () => {
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--goal-bar-height', `${element.offsetHeight}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--goal-bar-height');
    };
  }, []);
  return bar;
};

/**
 * Balanskravet and the three financial goals per year, always in sight, in a form that reads in greyscale
 * and on a washed-out projector (see GoalCells). While a shared link is previewed, they are that scenario's
 * goals, and the bar says so.
 */
export const GoalBar = ({ shared }: { shared?: GoalBarScenario | undefined }) => {
  const own = useScenario(selectGoals);
  const goals = shared?.goals ?? own;
  const years = useScenario((state) => state.workbook.layout.years);
  const budgetYears = useScenario((state) => state.workbook.layout.budgetYears);
  const bar = useHeightProperty();
  return (
    <section
      ref={bar}
      className={shared ? 'goal-bar goal-bar-shared' : 'goal-bar'}
      aria-label={
        shared
          ? `Balanskravet och de finansiella målen för det delade scenariot ”${shared.name}”`
          : 'Balanskravet och de finansiella målen'
      }
    >
      <table className="goal-table">
        <thead>
          <tr>
            <th scope="col">
              {shared ? (
                <>
                  Mål i det delade scenariot
                  <span className="requirement goal-bar-scenario">{shared.name}</span>
                </>
              ) : (
                'Mål'
              )}
            </th>
            <YearHeaderCells years={years} budgetYears={budgetYears} />
          </tr>
        </thead>
        <tbody>
          {goals.map((goal) => (
            <tr key={goal.id} data-goal={goal.id}>
              <th scope="row">
                {goal.label}
                <span className="requirement">{goal.requirement}</span>
              </th>
              <GoalCells goal={goal} years={years} budgetYears={budgetYears} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
