import type { PlanVersionRef } from '../model/revisions/revision';
import type { Plan } from '../model/planSchema';
import { browserStorage, computeMarks } from '../persistence/computeMarks';
import { memoryBackend } from '../persistence/memoryBackend';
import { createScenarioRepository, openScenarioRepository } from '../persistence/scenarioRepository';
import { storageFailure } from '../persistence/storageStatus';
import { flushWhenHidden } from './autosave';
import { startComputeWatchdog } from './computeWatchdog';
import { openLibrary, type ScenarioLibrary } from './scenarioLibrary';
import { createScenarioStore, type ScenarioStore } from './scenarioStore';

const TAB_KEY = 'budgetverkstad:oppet-scenario';

/** Which scenario this tab shows, so a reload reopens it even when another tab opened another one since. */
const readTabOpenId = (): string | undefined => {
  try {
    return sessionStorage.getItem(TAB_KEY) ?? undefined;
  } catch {
    return undefined;
  }
};
const writeTabOpenId = (id: string) => {
  try {
    sessionStorage.setItem(TAB_KEY, id);
  } catch {
    // No session storage: the scenario opened last in any tab is reopened instead.
  }
};

/**
 * For the composition root: the saved scenarios (IndexedDB, or memory with a Swedish explanation when the
 * browser cannot store), the store opened on the last scenario, autosave flushed when the page is hidden.
 * Every computation of a scenario is watched: one that froze or slowed a start is not computed at the next.
 */
export const startLibrary = async (
  plan: Plan,
  knownPlans?: readonly PlanVersionRef[],
): Promise<{ readonly library: ScenarioLibrary; readonly store: ScenarioStore }> => {
  const watchdog = startComputeWatchdog(computeMarks(browserStorage()));
  const tab = {
    preferredOpenId: readTabOpenId(),
    onOpen: writeTabOpenId,
    watchdog,
    ...(knownPlans ? { knownPlans } : {}),
  };
  let library: ScenarioLibrary;
  try {
    library = await openLibrary({ plan, repository: await openScenarioRepository(), ...tab });
  } catch (error) {
    const repository = createScenarioRepository(memoryBackend(), storageFailure(error, 'unavailable'));
    library = await openLibrary({ plan, repository, ...tab });
  }
  const { initialDocument } = library;
  // Only the scenario's own computation is watched, not the plan's engine built before it: that takes the
  // same for every scenario (and for the plan safe mode would open), and seconds on a busy machine.
  const store = library.attach(
    createScenarioStore(plan, initialDocument, {
      computeFirst: (compute) => watchdog.watch(initialDocument, compute),
    }),
  );
  flushWhenHidden(library.flush, library.journalNow);
  return { library, store };
};
