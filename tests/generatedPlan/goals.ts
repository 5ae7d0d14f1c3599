import type { PlanJson } from './drivers';
import type { LedgerYear } from './ledger';
import type { Random } from './random';
import type { GenYears, RbFigures } from './resultatbudget';
import type { GoalShape, PlanShape } from './shape';

type Goal = PlanJson['goals'][number];
const SOURCE = { kind: 'document', document: 'plan', section: 'Finansiella mål' } as const;

/** What the goals read from the generated figures, in units; `undefined` where the plan does not print it. */
export type GoalFigures = {
  readonly printed: (id: string, year: number) => number | undefined;
  readonly balanskravsresultat: (year: number) => number;
  readonly ledger: readonly LedgerYear[];
  readonly rb: RbFigures;
};

/** A run of consecutive years out of `years`, at least one. */
const runOf = (r: Random, years: readonly number[]) => {
  const from = r.int(0, years.length - 1);
  return years.slice(from, r.int(from + 1, years.length));
};
const percent = (num: number, den: number) => Math.round((num / den) * 1000) / 10;

/** Whether the plan lacks the figures a goal needs: the generator's own account of what it printed. */
export const goalLacksFigures = (shape: PlanShape, goal: GoalShape): boolean => {
  const { bb, fb, drivers: d, rb } = shape;
  switch (goal.kind) {
    case 'resultatandel':
      return (
        (goal.row === 'verksamhetens_resultat' && !rb.vr) ||
        (goal.row === 'resultat_efter_finansiella_poster' && !rb.refp)
      );
    case 'soliditet':
      return bb === null || (goal.model === 'fullfondering' && !bb.ansvarsRow && !d.ansvarsDriver);
    case 'sjalvfinansieringsgrad':
      return goal.definition === 'kassaflode'
        ? fb === null ||
            (fb.lopande === 'parts' && fb.noLopandeSum) ||
            (fb.investering === 'parts' && fb.noInvesteringSum)
        : (d.investments === 'none' && (fb === null || fb.investering === 'single')) ||
            rb.operating === 'netOnly' ||
            rb.noAvskrivningar;
    case 'skuldandel':
      return bb === null || bb.skulder === 'single';
  }
};

const judgedOf = (
  r: Random,
  goal: GoalShape & { judged: string; years: boolean },
  years: readonly number[],
) => {
  const chosen = goal.years ? runOf(r, years) : undefined;
  const judged = goal.judged === 'none' ? undefined : (goal.judged as 'each' | 'average');
  const period = judged === 'average' || (judged === undefined && chosen) ? (chosen ?? years) : undefined;
  return { fields: { ...(judged && { judged }), ...(chosen && { years: chosen }) }, period };
};

const oneGoal = (
  shape: PlanShape,
  r: Random,
  years: GenYears,
  figures: GoalFigures,
  goal: GoalShape,
  id: string,
): Goal => {
  const base = (y: number) => figures.rb.revenue(y);
  const entry = (y: number) => figures.ledger.find((e) => e.year === y);
  const publish = 'published' in goal && goal.published && !goalLacksFigures(shape, goal);
  switch (goal.kind) {
    case 'resultatandel': {
      const min = r.pick([0, 0.5, 1, 2]);
      const { fields } = judgedOf(r, goal, years.modelled);
      const num = (y: number) =>
        goal.row === 'balanskravsresultat'
          ? figures.balanskravsresultat(y)
          : (figures.printed(goal.row, y) ?? NaN);
      const published = Object.fromEntries(
        runOf(r, years.modelled).map((y) => [String(y), percent(num(y), base(y))]),
      );
      return {
        id,
        kind: 'resultatandel',
        row: goal.row,
        min,
        source: SOURCE,
        ...fields,
        ...(goal.max && { max: min + r.pick([1, 2, 3]) }),
        ...(publish && { published }),
      };
    }
    case 'soliditet': {
      const full = goal.model === 'fullfondering';
      const value = (y: number) => {
        const e = entry(y);
        const assets = figures.printed('summa_tillgangar', y) ?? NaN;
        return e ? percent(e.egetKapital - (full ? e.ansvar : 0), assets) : NaN;
      };
      const published = Object.fromEntries(runOf(r, years.budget).map((y) => [String(y), value(y)]));
      return {
        id,
        kind: 'soliditet',
        model: goal.model,
        min: r.int(0, 50),
        source: SOURCE,
        ...(publish && { published }),
      };
    }
    case 'sjalvfinansieringsgrad': {
      const { fields, period } = judgedOf(r, goal, years.budget);
      const flows = (y: number) => entry(y)?.flows;
      const invested = (y: number) =>
        (flows(y)?.materiella ?? 0) + (flows(y)?.immateriella ?? 0) + (flows(y)?.finansiella ?? 0);
      const num = (y: number) =>
        goal.definition === 'kassaflode'
          ? (figures.printed('kassaflode_lopande', y) ?? NaN)
          : figures.rb.result(y) - (figures.printed('avskrivningar', y) ?? NaN);
      const den = (y: number) =>
        goal.definition === 'kassaflode'
          ? -(figures.printed('kassaflode_investering', y) ?? NaN)
          : invested(y);
      const over = period ?? years.budget.slice(0, 1);
      const sum = (f: (y: number) => number) => over.reduce((total, y) => total + f(y), 0);
      const published = percent(sum(num), sum(den));
      return {
        id,
        kind: 'sjalvfinansieringsgrad',
        definition: goal.definition,
        min: r.pick([50, 80, 100]),
        source: SOURCE,
        ...fields,
        ...(publish && Number.isFinite(published) && { published }),
      };
    }
    case 'skuldandel':
      return { id, kind: 'skuldandel', debt: goal.debt, max: r.pick([20, 50, 100, 150]), source: SOURCE };
  }
};

/** Balanskravet, always, and the shape's goals with ids `mal1`, `mal2`, … */
export const generateGoals = (shape: PlanShape, r: Random, years: GenYears, figures: GoalFigures): Goal[] => [
  { id: 'balanskrav', kind: 'balanskrav', source: SOURCE, ...(shape.balanskravMin && { min: r.int(0, 20) }) },
  ...shape.goals.map((goal, i) => ({
    ...oneGoal(shape, r, years, figures, goal, `mal${i + 1}`),
    ...(r.chance(0.2) && { label: `Mål ${i + 1}`, shortLabel: `M${i + 1}` }),
  })),
];
