import type { FrameChange } from '../model/scenarioChanges';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { Year } from '../model/years';

/** Everything a user can do to a scenario, as typed, serialisable commands. */
export type Command =
  /** Sets an input for one year; `value: undefined` resets it to the plan's value. */
  | {
      readonly type: 'scenario/setInput';
      readonly id: string;
      readonly year: Year;
      readonly value: number | undefined;
    }
  /**
   * Sets several inputs and years at once (rows pasted from Excel, a projector step, a goal-seek answer) as
   * one undo step; `null` resets that year to the plan.
   */
  | {
      readonly type: 'scenario/setInputs';
      readonly inputs: Readonly<Record<string, Readonly<Record<string, number | null>>>>;
    }
  | { readonly type: 'scenario/addFrameChange'; readonly change: FrameChange }
  | { readonly type: 'scenario/updateFrameChange'; readonly change: FrameChange }
  | { readonly type: 'scenario/removeFrameChange'; readonly id: string }
  | { readonly type: 'scenario/setNote'; readonly key: string; readonly note: string }
  /**
   * Records fullmäktige's decision that `amount` mnkr of the year's deficit is not restored for synnerliga
   * skäl, with its reason, as one undo step; `amount: undefined` withdraws the scenario's decision.
   */
  | {
      readonly type: 'scenario/setSynnerligaSkal';
      readonly year: Year;
      readonly amount: number | undefined;
      readonly reason: string;
    }
  | { readonly type: 'scenario/rename'; readonly name: string }
  | { readonly type: 'scenario/resetToPlan' }
  | { readonly type: 'scenario/load'; readonly document: ScenarioDocument }
  /**
   * Puts a whole document in place of the open one (a version restored from the history) as one undo step:
   * unlike `scenario/load`, which opens a scenario and starts its undo afresh.
   */
  | { readonly type: 'scenario/replace'; readonly document: ScenarioDocument }
  | { readonly type: 'scenario/undo' }
  | { readonly type: 'scenario/redo' };
