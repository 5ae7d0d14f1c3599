import { listedWith } from './scenarioPlan';
import type { ScenarioDocument } from '../model/scenarioDocument';
import type { SavedScenario } from '../persistence/scenarioRepository';
import { holdTabPresence } from '../persistence/tabPresence';
import { createTabSync } from '../persistence/tabSync';
import { startAutosave, type Autosave } from './autosave';
import type { Command } from './commands';
import { startEditJournaling, type EditJournaling } from './editJournaling';
import { exampleScenarios, isExampleId } from './examples';
import {
  COPY_FROM_OTHER_TAB,
  copyName,
  listsOf,
  pickInitial,
  uniqueName,
  type LibraryOptions,
  type LibraryState,
  type ScenarioLibrary,
} from './libraryState';
import { newScenario } from './newScenario';
import { recoverJournal } from './recoverJournal';
import { scenarioHistoryActions } from './scenarioHistoryActions';
import type { ScenarioStore } from './scenarioStore';
import { renameLegacyStartScenarios, START_SCENARIO_NAME, withCurrentName } from './startScenarioName';

export type { LibraryOptions, ScenarioLibrary } from './libraryState';

const EDITS_NOTHING: ReadonlySet<Command['type']> = new Set([
  'scenario/load',
  'scenario/undo',
  'scenario/redo',
]);

/** Opens the saved scenarios: reads every record, picks the one to show, and returns the library store. */
export const openLibrary = async (options: LibraryOptions): Promise<ScenarioLibrary> => {
  const { plan, repository } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const tabSync = options.tabSync ?? createTabSync();
  const { tab } = tabSync;
  // Held while this tab lives, so that no other tab's start takes this tab's journal (see recoverJournal).
  const leave = holdTabPresence(tab);
  const contents = await repository.loadAll();
  const settings = await repository.loadSettings();
  // Each plan version has its own scenarios: those of another one here stay stored, listed where it is open;
  // those of a plan that is gone (deleted, or never imported) are listed with every plan, saying which they need.
  const ofPlan = (saved: SavedScenario) =>
    options.knownPlans === undefined || listedWith(saved.document.plan, plan, options.knownPlans);
  const records = new Map(contents.scenarios.filter(ofPlan).map((s) => [s.document.id, s]));
  const recovered = await recoverJournal(repository, records, newId, now);
  const examples = exampleScenarios(plan);
  const listeners = new Set<() => void>();

  const stamp = (document: ScenarioDocument, id: string, name: string): ScenarioDocument => ({
    ...document,
    id,
    name: name.slice(0, 200),
    createdAt: now().toISOString(),
    updatedAt: now().toISOString(),
  });
  const takenNames = () =>
    new Set([...[...records.values()].map((s) => s.document.name), ...examples.map((e) => e.name)]);
  const renamed = await renameLegacyStartScenarios(repository, records, takenNames, (saved) => {
    if (repository.status().kind === 'indexeddb')
      tabSync.post({ type: 'scenario/saved', id: saved.document.id, revision: saved.revision });
  });

  const picked = pickInitial(records, examples, [options.preferredOpenId, settings.lastOpenId]);
  // A scenario that froze or slowed an earlier start is not computed now: the plan opens, and says why.
  const safeMode =
    picked && options.watchdog?.suspectOf('document' in picked ? picked.document.id : picked.id);
  let initial = safeMode
    ? newScenario(plan, uniqueName(START_SCENARIO_NAME, takenNames()), newId(), now())
    : picked;
  if (!initial) {
    const fresh = newScenario(plan, START_SCENARIO_NAME, newId(), now());
    const result = await repository.save(fresh, { expectedRevision: 0 });
    initial = result.ok ? result.saved : fresh;
    if (result.ok) records.set(fresh.id, result.saved);
  }
  const initialDocument = 'document' in initial ? initial.document : initial;
  options.onOpen?.(initialDocument.id);
  let openBase = 'document' in initial ? initial.revision : 0;
  let store: ScenarioStore | undefined;
  let autosave: Autosave | undefined;
  let journaling: EditJournaling | undefined;
  let detach: () => void = () => undefined;
  let state: LibraryState = {
    ...listsOf(records),
    unreadable: contents.unreadable,
    examples,
    openId: initialDocument.id,
    storage: repository.status(),
    notice: recovered ?? renamed ?? contents.scenarios.find((s) => s.repaired !== undefined)?.repaired,
    lastExportedAt: settings.lastExportedAt,
    safeMode,
  };

  const setState = (patch: Partial<LibraryState>) => {
    state = { ...state, ...patch, ...listsOf(records), storage: repository.status() };
    for (const listener of listeners) listener();
  };
  const remember = (saved: SavedScenario) => {
    records.set(saved.document.id, saved);
    if (repository.status().kind === 'indexeddb')
      tabSync.post({ type: 'scenario/saved', id: saved.document.id, revision: saved.revision });
  };
  const rememberOpen = (id: string) => {
    options.onOpen?.(id);
    void repository.updateSettings((s) => ({ ...s, lastOpenId: id })).catch(() => undefined);
  };

  /** Shows a document in the store, saved at `revision` (0: not saved yet, an example); `save` it if new. */
  const show = (document: ScenarioDocument, revision: number, notice?: string, save = false) => {
    openBase = revision;
    if (!save) autosave?.accept(document);
    const load = () => store?.dispatch({ type: 'scenario/load', document });
    if (options.watchdog) options.watchdog.watch(document, load);
    else load();
    setState({ openId: document.id, safeMode: undefined, ...(notice === undefined ? {} : { notice }) });
    rememberOpen(document.id);
  };

  const saveNew = async (document: ScenarioDocument): Promise<ScenarioDocument> => {
    const result = await repository.save(document, { expectedRevision: 0 });
    if (result.ok) remember(result.saved);
    setState({});
    return result.ok ? result.saved.document : document;
  };

  /** Another tab saved the open scenario while this one had changes: keep both, ours as a copy. */
  const keepBoth = async (theirs: SavedScenario | undefined, why?: string) => {
    if (!store) return;
    const ours = store.getState().document;
    const copy = stamp(ours, newId(), uniqueName(`${ours.name}${COPY_FROM_OTHER_TAB}`, takenNames()));
    if (theirs) records.set(theirs.document.id, theirs);
    show(
      copy,
      0,
      why ??
        `”${ours.name}” ändrades samtidigt i en annan flik. Båda versionerna finns kvar: dina ändringar är sparade som ”${copy.name}”, som är öppet här.`,
    );
    await persistOpen(copy);
    journaling?.drop(ours.id);
  };

  const persistOpen = async (document: ScenarioDocument): Promise<void> => {
    if (isExampleId(document.id)) return;
    const saved = { ...document, updatedAt: now().toISOString() };
    const settle = journaling?.saving(document.id);
    const result = await repository.save(saved, { expectedRevision: openBase });
    if (result.ok) {
      if (state.openId === document.id) openBase = result.saved.revision;
      settle?.(result.saved.revision);
      remember(result.saved);
      setState({});
    } else if (result.reason === 'conflict') await keepBoth(result.current);
    else await keepBoth(undefined, `${result.message} Dina ändringar sparades som en kopia.`);
  };

  const onOtherTab = async (id: string) => {
    const record = await repository.load(id);
    if (record?.kind === 'scenario' && ofPlan(record)) records.set(id, record);
    setState({});
    if (record?.kind !== 'scenario' || id !== state.openId || record.revision <= openBase) return;
    await autosave?.flush();
    if (id !== state.openId || record.revision <= openBase || autosave?.isDirty()) return;
    show(
      record.document,
      record.revision,
      `”${record.document.name}” ändrades i en annan flik och visas nu i sin senaste version.`,
    );
  };

  const current = (id: string): ScenarioDocument | undefined =>
    id === state.openId && store
      ? store.getState().document
      : (records.get(id)?.document ?? examples.find((e) => e.id === id));

  const update = async (id: string, deletedAt: string | undefined, name?: string) => {
    const result = await repository.update(id, (saved) => ({
      document:
        name === undefined ? saved.document : { ...saved.document, name, updatedAt: now().toISOString() },
      deletedAt,
    }));
    if (result?.ok) remember(result.saved);
    setState(result && !result.ok && result.reason === 'protected' ? { notice: result.message } : {});
  };

  const library: ScenarioLibrary = {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    initialDocument,
    history: scenarioHistoryActions({
      repository,
      now,
      openId: () => state.openId,
      flush: () => autosave?.flush() ?? Promise.resolve(),
      replace: (document) => store?.dispatch({ type: 'scenario/replace', document }),
      openCopy: async (document, notice) => {
        const [copy] = await library.importCopies([document]);
        if (!copy) return;
        await library.open(copy.id);
        setState({ notice: notice(copy.name) });
      },
    }),
    attach: (attached) => {
      store = attached;
      autosave = startAutosave(attached, persistOpen, options.autosaveDelayMs);
      journaling = startEditJournaling(attached, autosave, repository, tab, () => openBase);
      const unsubscribe = tabSync.subscribe(
        (message) => message.type === 'scenario/saved' && void onOtherTab(message.id),
      );
      const unwatch = repository.onStatusChange(() => setState({}));
      detach = () => {
        unsubscribe();
        unwatch();
        journaling?.stop();
        autosave?.stop();
      };
      return {
        ...attached,
        dispatch: (command) => {
          const open = attached.getState().document;
          if (isExampleId(open.id) && !EDITS_NOTHING.has(command.type)) {
            const copy = stamp(open, newId(), uniqueName(copyName(open.name), takenNames()));
            show(
              copy,
              0,
              `Exemplet ”${open.name}” är skrivskyddat. Ändringen gjordes i en ny kopia, ”${copy.name}”.`,
              true,
            );
          }
          attached.dispatch(command);
        },
      };
    },
    open: async (id) => {
      if (id === state.openId) return;
      await autosave?.flush();
      const example = examples.find((e) => e.id === id);
      const saved = records.get(id);
      if (example) show(example, 0);
      else if (saved) show(saved.document, saved.revision);
    },
    createFromPlan: async (name = 'Nytt scenario') => {
      await autosave?.flush();
      const document = await saveNew(newScenario(plan, uniqueName(name, takenNames()), newId(), now()));
      show(document, records.get(document.id)?.revision ?? 0);
      return document;
    },
    duplicate: async (id) => {
      const source = current(id);
      if (!source) return undefined;
      await autosave?.flush();
      const document = await saveNew(stamp(source, newId(), uniqueName(copyName(source.name), takenNames())));
      show(document, records.get(document.id)?.revision ?? 0);
      return document;
    },
    rename: async (id, name) => {
      const trimmed = name.trim().slice(0, 200);
      if (!trimmed || isExampleId(id)) return;
      if (id === state.openId && store) store.dispatch({ type: 'scenario/rename', name: trimmed });
      else await update(id, records.get(id)?.deletedAt, trimmed);
    },
    remove: async (id) => {
      if (!records.has(id)) return;
      options.watchdog?.forgive(id);
      if (state.safeMode?.id === id) setState({ safeMode: undefined });
      if (id === state.openId) await autosave?.flush();
      await update(id, now().toISOString());
      if (id !== state.openId) return;
      const next = state.scenarios[0];
      if (next) show(next.document, next.revision);
      else await library.createFromPlan(START_SCENARIO_NAME);
    },
    restore: (id) => update(id, undefined),
    resetToPlan: () => store?.dispatch({ type: 'scenario/resetToPlan' }),
    importCopies: async (documents, histories = []) => {
      const imported: ScenarioDocument[] = [];
      for (const [i, document] of documents.entries()) {
        const copy = stamp(document, newId(), uniqueName(withCurrentName(document).name, takenNames()));
        imported.push(await saveNew(copy));
        const history = histories[i];
        if (history) await library.history.adopt(copy, history);
      }
      return imported;
    },
    savedOn: async ({ id, version }) =>
      (await repository.loadAll()).scenarios
        .filter(
          (s) =>
            s.deletedAt === undefined && s.document.plan.id === id && s.document.plan.version === version,
        )
        .map((s) => s.document),
    allDocuments: () => state.documents.map((d) => (d.id === state.openId ? (current(d.id) ?? d) : d)),
    markExported: async (date) => {
      const settings = await repository.updateSettings((s) => ({ ...s, lastExportedAt: date.toISOString() }));
      setState({ lastExportedAt: settings.lastExportedAt });
    },
    flush: () => autosave?.flush() ?? Promise.resolve(),
    hasUnsavedChanges: () => autosave?.isDirty() ?? false,
    journalNow: () => journaling?.journalNow(),
    dismissNotice: () => setState({ notice: undefined }),
    close: () => {
      detach();
      tabSync.close();
      leave();
    },
  };
  return library;
};
