import type { PlanVersionRef } from '../model/revisions/revision';
import type { ScenarioHistory } from '../model/history/scenarioHistory';
import type { Plan } from '../model/planSchema';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type {
  SavedScenario,
  ScenarioRepository,
  UnreadableScenario,
} from '../persistence/scenarioRepository';
import type { StorageStatus } from '../persistence/storageStatus';
import type { TabSync } from '../persistence/tabSync';
import type { ComputeSuspect } from '../persistence/computeMarks';
import type { ComputeWatchdog } from './computeWatchdog';
import type { ScenarioHistoryActions } from './scenarioHistoryActions';
import type { ScenarioStore } from './scenarioStore';

/** Everything the scenario list shows; a new object after every change. */
export type LibraryState = {
  /** Saved scenarios not in the Papperskorg, the most recently changed first. */
  readonly scenarios: readonly SavedScenario[];
  /** Deleted scenarios, recoverable, the most recently deleted first. */
  readonly trash: readonly SavedScenario[];
  /** Records from a newer app version or damaged ones: listed with an explanation, never overwritten. */
  readonly unreadable: readonly UnreadableScenario[];
  /** The built-in examples, read-only. */
  readonly examples: readonly ScenarioDocument[];
  /** The documents of `scenarios`, for 'Exportera alla' and comparisons. */
  readonly documents: readonly ScenarioDocument[];
  /** The id of the scenario open in this tab (a saved one or an example). */
  readonly openId: string;
  readonly storage: StorageStatus;
  /** The latest thing the user should be told (another tab, a copy made), in Swedish. */
  readonly notice: string | undefined;
  readonly lastExportedAt: string | undefined;
  /**
   * The scenario this start did not compute, because the page stopped while computing it or it took longer
   * than the budget (the plan is open instead, see `computeWatchdog`).
   */
  readonly safeMode?: ComputeSuspect | undefined;
};

const byNewest = (key: (s: SavedScenario) => string) => (a: SavedScenario, b: SavedScenario) =>
  key(b).localeCompare(key(a));

/** The derived lists of the state from the records this tab knows. */
export const listsOf = (
  records: ReadonlyMap<string, SavedScenario>,
): Pick<LibraryState, 'scenarios' | 'trash' | 'documents'> => {
  const all = [...records.values()];
  const scenarios = all.filter((s) => s.deletedAt === undefined).sort(byNewest((s) => s.document.updatedAt));
  return {
    scenarios,
    trash: all.filter((s) => s.deletedAt !== undefined).sort(byNewest((s) => s.deletedAt ?? '')),
    documents: scenarios.map((s) => s.document),
  };
};

/** `name`, or `name (2)`, `name (3)` … when it is taken. */
export const uniqueName = (name: string, taken: ReadonlySet<string>): string => {
  const base = name.trim() || 'Namnlöst scenario';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base} (${n})`)) return `${base} (${n})`;
};

/** The scenario to open first: the first candidate that is saved (not deleted) or an example, else the newest. */
export const pickInitial = (
  records: ReadonlyMap<string, SavedScenario>,
  examples: readonly ScenarioDocument[],
  candidates: readonly (string | undefined)[],
): SavedScenario | ScenarioDocument | undefined => {
  for (const id of candidates) {
    if (id === undefined) continue;
    const saved = records.get(id);
    if (saved && saved.deletedAt === undefined) return saved;
    const example = examples.find((e) => e.id === id);
    if (example) return example;
  }
  return listsOf(records).scenarios[0];
};

export const COPY_FROM_OTHER_TAB = ' (kopia från annan flik)';
export const copyName = (name: string): string => `Kopia av ${name}`;

/** A saved scenario as the list shows it (for the UI, which does not import persistence). */
export type LibraryEntry = SavedScenario;
export type UnreadableEntry = UnreadableScenario;

export type LibraryOptions = {
  readonly plan: Plan;
  /** Every plan version this browser has: their scenarios are left to them (all are listed without it). */
  readonly knownPlans?: readonly PlanVersionRef[];
  readonly repository: ScenarioRepository;
  readonly tabSync?: TabSync;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly autosaveDelayMs?: number;
  /** The scenario this tab had open before a reload (sessionStorage), before the one opened last anywhere. */
  readonly preferredOpenId?: string | undefined;
  readonly onOpen?: (id: string) => void;
  /** Marks each computation of a scenario durably, and names the scenarios a start must not compute. */
  readonly watchdog?: ComputeWatchdog;
};

export type ScenarioLibrary = {
  readonly getState: () => LibraryState;
  readonly subscribe: (listener: () => void) => () => void;
  /** The document to create the ScenarioStore with: the last one open, or a fresh 'Mitt scenario'. */
  readonly initialDocument: ScenarioDocument;
  /** Starts autosave and tab sync on the store; returns the store the UI should use (examples copy on edit). */
  readonly attach: (store: ScenarioStore) => ScenarioStore;
  readonly open: (id: string) => Promise<void>;
  readonly createFromPlan: (name?: string) => Promise<ScenarioDocument>;
  readonly duplicate: (id: string) => Promise<ScenarioDocument | undefined>;
  readonly rename: (id: string, name: string) => Promise<void>;
  /** Moves a scenario to the Papperskorg (recoverable with `restore`). */
  readonly remove: (id: string) => Promise<void>;
  readonly restore: (id: string) => Promise<void>;
  readonly resetToPlan: () => void;
  /**
   * Saves copies: always new ids, names suffixed on a clash, never overwriting anything; each with the
   * history its file carried (`histories[i]` for `documents[i]`).
   */
  readonly importCopies: (
    documents: readonly ScenarioDocument[],
    histories?: readonly (ScenarioHistory | undefined)[],
  ) => Promise<readonly ScenarioDocument[]>;
  /** The open scenario's history: versions, status, restore (see scenarioHistoryActions). */
  readonly history: ScenarioHistoryActions;
  /** The saved scenarios (not in the Papperskorg) of a plan version, also one that is not open here. */
  readonly savedOn: (plan: PlanVersionRef) => Promise<readonly ScenarioDocument[]>;
  /** Every saved scenario not in the Papperskorg, with the open one as it is now. */
  readonly allDocuments: () => readonly ScenarioDocument[];
  readonly markExported: (date: Date) => Promise<void>;
  readonly flush: () => Promise<void>;
  /** Whether the open scenario has a change that is not saved yet (or is being saved). */
  readonly hasUnsavedChanges: () => boolean;
  /** For `pagehide`: starts a journal write of unsaved changes at once (see ScenarioRepository.journal). */
  readonly journalNow: () => void;
  readonly dismissNotice: () => void;
  readonly close: () => void;
};
