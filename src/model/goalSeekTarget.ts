import type { CompiledWorkbook } from './compileWorkbook';
import { goalDefinitions, goalRowIds } from './goals';
import { numberAt, type Results } from './results';
import type { Year } from './years';

/** What "Vad krävs?" aims for; every target is met when its margin is at least zero. */
export type GoalSeekTarget =
  /**
   * One of the plan's goals, on its binding side (at least its lower limit, or at most its upper limit when
   * it has only that), in every given year; a goal judged over a period has one figure.
   */
  | { readonly kind: 'goal'; readonly goalId: string; readonly years: readonly Year[] }
  /** Balanskravsresultat at least the plan's resultatkrav ("Resultat krav 1 %") in every given year. */
  | { readonly kind: 'resultatkrav'; readonly years: readonly Year[] }
  /**
   * Every deficit restored by the end of `year` (kommunallagen 11 kap. 12 §): nothing left to restore then, the
   * earlier deficits, the plan's own and any deficit of the years before included.
   */
  | { readonly kind: 'aterstallt'; readonly year: Year }
  /** One row in one year at least (`minst`) or at most (`högst`) a value. */
  | {
      readonly kind: 'value';
      readonly rowId: string;
      readonly year: Year;
      readonly value: number;
      readonly direction: 'minst' | 'högst';
    };

const minOver = (values: readonly (number | undefined)[]): number =>
  values.length === 0 || values.some((v) => v === undefined || !Number.isFinite(v))
    ? Number.NEGATIVE_INFINITY
    : Math.min(...(values as number[]));

const minus = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? undefined : a - b;

/** The goal's margin on its binding side in `year`: value − min, or max − value for an upper limit only. */
const goalMargin = (
  workbook: Pick<CompiledWorkbook, 'plan' | 'layout'>,
  goalId: string,
  year: Year,
  results: Results,
): number | undefined => {
  const goal = workbook.plan.goals.find((g) => g.id === goalId);
  const definition = goalDefinitions(workbook.plan).find((g) => g.id === goalId);
  if (!goal || !definition || definition.missing) return undefined;
  const ids = goalRowIds(goalId);
  const value = numberAt(results, ids.value, year);
  if (goal.kind === 'skuldandel') return minus(goal.max, value);
  return minus(value, goal.kind === 'balanskrav' ? (goal.min ?? 0) : goal.min);
};

/** The years a goal target is judged in: the given ones, or the one cell of a goal judged over a period. */
export const goalTargetYears = (
  workbook: Pick<CompiledWorkbook, 'plan' | 'layout'>,
  goalId: string,
  years: readonly Year[],
): readonly Year[] => {
  const definition = goalDefinitions(workbook.plan).find((g) => g.id === goalId);
  if (definition?.span === 'first') return workbook.layout.budgetYears.slice(0, 1);
  if (definition?.span === 'budget') return years.filter((y) => workbook.layout.budgetYears.includes(y));
  return years;
};

/**
 * How far the results are from the target, in the target's own unit (mnkr or procentenheter): positive or
 * zero when met; the worst year decides. A formula error or a goal the plan lacks counts as missing it.
 */
export const targetMargin = (
  workbook: Pick<CompiledWorkbook, 'plan' | 'layout'>,
  target: GoalSeekTarget,
  results: Results,
): number => {
  const at = (id: string, year: Year) => numberAt(results, id, year);
  switch (target.kind) {
    case 'goal':
      return minOver(
        goalTargetYears(workbook, target.goalId, target.years).map((y) =>
          goalMargin(workbook, target.goalId, y, results),
        ),
      );
    case 'resultatkrav':
      return minOver(target.years.map((y) => minus(at('balanskravsresultat', y), at('resultatkrav', y))));
    case 'aterstallt': {
      const left = at('kvar_att_aterstalla', target.year);
      return minOver([left === undefined ? undefined : -left]);
    }
    case 'value': {
      const value = at(target.rowId, target.year);
      const margin = target.direction === 'minst' ? minus(value, target.value) : minus(target.value, value);
      return minOver([margin]);
    }
  }
};
