import type { CompiledWorkbook } from './compileWorkbook';
import { numberAt, type Results } from './results';
import type { Year } from './years';

/** What "Vad krävs?" aims for; every target is met when its margin is at least zero. */
export type GoalSeekTarget =
  /** Balanskravsresultat at least the plan's minimum (0) in every given year. */
  | { readonly kind: 'balanskrav'; readonly years: readonly Year[] }
  /** Balanskravsresultat at least "Resultat krav 1 %" in every given year. */
  | { readonly kind: 'resultatkrav'; readonly years: readonly Year[] }
  /** Verksamhetens resultat at least the goal's lower limit (1 %) in every given year. */
  | { readonly kind: 'verksamhetensResultat'; readonly years: readonly Year[] }
  /** Självfinansieringsgrad over the plan period at least the goal (60 %). */
  | { readonly kind: 'sjalvfinansiering' }
  /** One row in one year at least (`minst`) or at most (`högst`) a value. */
  | {
      readonly kind: 'value';
      readonly rowId: string;
      readonly year: Year;
      readonly value: number;
      readonly direction: 'minst' | 'högst';
    };

const minOver = (values: readonly (number | undefined)[]): number =>
  values.some((v) => v === undefined || !Number.isFinite(v))
    ? Number.NEGATIVE_INFINITY
    : Math.min(...(values as number[]));

/**
 * How far the results are from the target, in the target's own unit (mnkr or procentenheter): positive or
 * zero when met; the worst year decides. A formula error counts as missing the target.
 */
export const targetMargin = (
  workbook: Pick<CompiledWorkbook, 'plan' | 'layout'>,
  target: GoalSeekTarget,
  results: Results,
): number => {
  const goals = workbook.plan.goals;
  const at = (id: string, year: Year) => numberAt(results, id, year);
  const minus = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a - b;
  switch (target.kind) {
    case 'balanskrav':
      return minOver(target.years.map((y) => minus(at('balanskravsresultat', y), goals.balanskrav.min)));
    case 'resultatkrav':
      return minOver(target.years.map((y) => minus(at('balanskravsresultat', y), at('resultatkrav', y))));
    case 'verksamhetensResultat':
      return minOver(
        target.years.map((y) =>
          minus(at('verksamhetens_resultat_andel', y), goals.verksamhetensResultat.min),
        ),
      );
    case 'sjalvfinansiering': {
      const first = workbook.layout.budgetYears[0] ?? 0;
      return minOver([
        minus(at('sjalvfinansieringsgrad_planperiod', first), goals.sjalvfinansieringsgrad.min),
      ]);
    }
    case 'value': {
      const value = at(target.rowId, target.year);
      const margin = target.direction === 'minst' ? minus(value, target.value) : minus(target.value, value);
      return minOver([margin]);
    }
  }
};
