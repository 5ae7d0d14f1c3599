import type { Plan } from '../model/planSchema';
import type { ProjectorDriver } from './projectorDrivers';

/** The 1, 2 or 5 × 10ⁿ nearest to `x` (on a log scale): a step a room can say, e.g. 99 → 100, 7,8 → 10. */
export const roundStep = (x: number): number => {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  const candidates = [1, 2, 5, 10].map((m) => m * power);
  const distance = (c: number) => Math.abs(Math.log(c / x));
  return candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
};

/** Steps as shares of the plan's own level: a kommun of 20 000 inhabitants steps by 10 and 100, a region by 100 and 1 000. */
const STEP_SHARES = {
  befolkning: [0.0004, 0.004],
  effektivisering: [0.001, 0.005],
} as const;

const firstYearLevel = (plan: Plan, id: keyof typeof STEP_SHARES): number | undefined => {
  const first = String(plan.years.budget[0]);
  if (id === 'befolkning') return plan.drivers.befolkning?.values[first];
  const printed = (row: string) =>
    Math.abs(plan.statements.resultatbudget.rows.find((r) => r.id === row)?.values[first] ?? 0);
  return printed('skatteintakter') + printed('generella_statsbidrag') || undefined;
};

/** A driver's two steps from the plan's level where the level matters (befolkning, an efficiency requirement). */
export const stepsOf = (plan: Plan, driver: ProjectorDriver): ProjectorDriver['steps'] => {
  if (driver.id !== 'befolkning' && driver.id !== 'effektivisering') return driver.steps;
  const level = firstYearLevel(plan, driver.id);
  if (level === undefined) return driver.steps;
  const [small, large] = STEP_SHARES[driver.id];
  return [roundStep(level * small), roundStep(level * large)];
};
