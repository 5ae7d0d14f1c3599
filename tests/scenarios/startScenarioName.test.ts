import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryBackend } from '../../src/persistence/memoryBackend';
import { scenarioKey } from '../../src/persistence/scenarioRecord';
import { createScenarioRepository } from '../../src/persistence/scenarioRepository';
import type { TabSync } from '../../src/persistence/tabSync';
import { openLibrary, type ScenarioLibrary } from '../../src/scenarios/scenarioLibrary';
import { createScenarioStore, type ScenarioStore } from '../../src/scenarios/scenarioStore';
import { plan } from '../helpers';

/** A record saved by version 0.1.0, whose first scenario was named "Planen som beslutad". */
const legacy = JSON.parse(readFileSync('fixtures/persisted/v1/planen-som-beslutad.json', 'utf8')) as {
  data: { id: string; name: string; updatedAt: string; changes: object };
};
const withSkattesats = {
  ...legacy,
  data: { ...legacy.data, changes: { inputs: { skattesats: { '2025': 11.44 } }, frameChanges: [] } },
};

const silentTabs = (): TabSync => ({
  tab: 't',
  post: () => undefined,
  subscribe: () => () => undefined,
  close: () => undefined,
});
const opened: { library: ScenarioLibrary; store: ScenarioStore }[] = [];
afterEach(() => {
  for (const { library, store } of opened.splice(0)) {
    library.close();
    store.destroy();
  }
});

const open = async (seed: readonly (readonly [string, unknown])[]) => {
  const repository = createScenarioRepository(memoryBackend(seed));
  let ids = 0;
  const library = await openLibrary({
    plan,
    repository,
    tabSync: silentTabs(),
    newId: () => `id-${(ids += 1)}`,
  });
  const store = library.attach(createScenarioStore(plan, library.initialDocument));
  opened.push({ library, store });
  return { library, store, repository };
};

describe('the scenario a user starts with', () => {
  it('is "Mitt scenario" in a fresh browser, never a name that says it is the plan', async () => {
    const { store } = await open([]);
    expect(store.getState().document.name).toBe('Mitt scenario');
  });

  it('saved by an earlier version as "Planen som beslutad", opens renamed with its changes and date kept', async () => {
    const { library, store, repository } = await open([[scenarioKey(legacy.data.id), withSkattesats]]);
    const document = store.getState().document;
    expect(document.id).toBe(legacy.data.id);
    expect(document.name).toBe('Mitt scenario');
    expect(document.changes.inputs.skattesats?.['2025']).toBe(11.44);
    expect(document.updatedAt).toBe(legacy.data.updatedAt);
    expect(library.getState().notice).toMatch(/heter nu ”Mitt scenario”/);
    const stored = await repository.load(legacy.data.id);
    expect(stored?.kind === 'scenario' ? stored.document.name : undefined).toBe('Mitt scenario');
  });

  it('gets a free name when "Mitt scenario" is taken, and an imported legacy scenario is renamed too', async () => {
    const other = { ...legacy, data: { ...legacy.data, id: 'a-1', name: 'Mitt scenario' } };
    const { library } = await open([
      [scenarioKey(legacy.data.id), legacy],
      [scenarioKey('a-1'), other],
    ]);
    expect(
      library
        .getState()
        .scenarios.map((s) => s.document.name)
        .sort(),
    ).toEqual(['Mitt scenario', 'Mitt scenario (2)']);
    const [imported] = await library.importCopies([
      { ...library.initialDocument, name: 'Planen som beslutad' },
    ]);
    expect(imported?.name).toBe('Mitt scenario (3)');
  });
});
