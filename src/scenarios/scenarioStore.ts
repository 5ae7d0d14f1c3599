import { createEngine, type Engine } from '../engine/createEngine';
import { compileWorkbook, type CompiledWorkbook } from '../model/compileWorkbook';
import type { Plan } from '../model/planSchema';
import type { Results } from '../model/results';
import { NO_CHANGES } from '../model/scenarioChanges';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { Year } from '../model/years';
import { applyCommand } from './applyCommand';
import type { Command } from './commands';

/** An immutable snapshot of everything the UI shows; a new object after every command. */
export type ScenarioState = {
  readonly plan: Plan;
  /** The compiled workbook: which rows exist, in which years (its cells are the plan's; results hold the figures). */
  readonly workbook: CompiledWorkbook;
  readonly document: ScenarioDocument;
  readonly results: Results;
  /** The plan without changes, computed once, for the plan and difference views. */
  readonly planResults: Results;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Milliseconds the last command spent in the engine (sync + reading every figure). */
  readonly engineMs: number;
};

export type ScenarioStore = {
  readonly getState: () => ScenarioState;
  readonly subscribe: (listener: () => void) => () => void;
  readonly dispatch: (command: Command) => void;
  /** The formula of a computed cell, for the formula bar. */
  readonly formulaOf: (id: string, year: Year) => string | undefined;
  readonly workbook: Engine['workbook'];
  readonly destroy: () => void;
};

const HISTORY_LIMIT = 200;

/** Typing a note or a name letter by letter is one undo step, not one per keystroke. */
const continuesTyping = (previous: Command | undefined, command: Command): boolean =>
  (command.type === 'scenario/setNote' &&
    previous?.type === 'scenario/setNote' &&
    previous.key === command.key) ||
  (command.type === 'scenario/rename' && previous?.type === 'scenario/rename');

export type ScenarioStoreOptions = {
  readonly now?: () => number;
  /**
   * Runs the first computation of the document: its changes applied to an engine that already holds the
   * plan, and every figure read. This is what the document itself costs (the start-up watchdog times it);
   * building the plan's engine before it costs the same for every scenario, and on a busy machine that
   * alone can take seconds.
   */
  readonly computeFirst?: <T>(compute: () => T) => T;
};

/**
 * The one store: getState / subscribe / dispatch. A command runs through the pure reducer, the difference
 * reaches the engine in one batch, and a new snapshot is published. Undo and redo move between documents
 * (inverse patches by structural sharing), never through HyperFormula's own undo: the workbook is derived.
 */
export const createScenarioStore = (
  plan: Plan,
  document: ScenarioDocument,
  { now = () => performance.now(), computeFirst = (compute) => compute() }: ScenarioStoreOptions = {},
): ScenarioStore => {
  const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
  const planResults = engine.results();
  let past: ScenarioDocument[] = [];
  let future: ScenarioDocument[] = [];
  let lastCommand: Command | undefined;
  const listeners = new Set<() => void>();

  const compute = (next: ScenarioDocument, previous: ScenarioState | undefined): ScenarioState => {
    const started = now();
    engine.sync(next.changes);
    const results = engine.results();
    return {
      plan,
      workbook: engine.workbook,
      document: next,
      results: previous && next.changes === previous.document.changes ? previous.results : results,
      planResults,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      engineMs: now() - started,
    };
  };
  let state = computeFirst(() => compute(document, undefined));

  const publish = (next: ScenarioDocument) => {
    state = compute(next, state);
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispatch: (command) => {
      const current = state.document;
      if (command.type === 'scenario/undo' || command.type === 'scenario/redo') {
        const [from, to] = command.type === 'scenario/undo' ? [past, future] : [future, past];
        const target = from.pop();
        if (!target) return;
        lastCommand = command;
        to.push(current);
        publish(target);
        return;
      }
      const next = applyCommand(current, command);
      if (next === current) return;
      if (command.type === 'scenario/load') {
        past = [];
        future = [];
      } else if (!continuesTyping(lastCommand, command)) {
        past = [...past.slice(-(HISTORY_LIMIT - 1)), current];
        future = [];
      }
      lastCommand = command;
      publish(next);
    },
    formulaOf: (id, year) => engine.formulaOf(id, year),
    workbook: engine.workbook,
    destroy: () => engine.destroy(),
  };
};
