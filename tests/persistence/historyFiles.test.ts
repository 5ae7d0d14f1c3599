import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addVersion,
  emptyHistory,
  historyOfCopy,
  type ScenarioHistory,
} from '../../src/model/history/scenarioHistory';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { readHistoryData } from '../../src/persistence/historyData';
import { readHistoryRecord } from '../../src/persistence/historyRecord';
import { MIGRATIONS } from '../../src/persistence/migrations';
import { parseScenarioFile, parseScenarioFiles } from '../../src/persistence/parseScenarioFile';
import {
  allScenariosExport,
  allScenariosFileText,
  importScenarios,
  scenarioFileText,
} from '../../src/persistence/scenarioFiles';
import {
  decodeShareFragment,
  encodeShareFragment,
  MAX_SHARE_FRAGMENT,
} from '../../src/persistence/shareLink';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const FILE = 'fixtures/persisted-history/v4/norrbotten-vardplatser-fil.json';
const fileWith = (mutate: (history: Record<string, unknown>) => void) => {
  const file = json(FILE) as { data: { history: Record<string, unknown> } };
  mutate(file.data.history);
  return JSON.stringify(file);
};
const { history: fixtureHistory, ...fixtureDocument } = (json(FILE) as { data: Record<string, unknown> })
  .data;
const NOW = new Date('2026-12-02T10:00:00.000Z');
const copies = { now: NOW, newId: () => 'kopia-1' };

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

describe('a scenario file that carries its history (schema version 4)', () => {
  it('reads the scenario as it is now and every version, with its status and notes (frozen fixture)', () => {
    const read = parseScenarioFile(readFileSync(FILE, 'utf8'));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario).toEqual(fixtureDocument);
    expect(read.history).toEqual(fixtureHistory);
    expect(read.history?.versions.map((v) => [v.seq, v.kind, v.status, v.note])).toEqual([
      [1, 'automatisk', 'utkast', ''],
      [2, 'sparad', 'utkast', 'Efter mötet med partigruppen'],
      [3, 'status', 'for_beslut', 'Till regionstyrelsen 9 december'],
    ]);
    expect(read.historyProblem).toBeUndefined();
  });

  it('reads the stored history record of the same scenario (frozen fixture)', () => {
    const raw = deepFreeze(json('fixtures/persisted-history/v4/norrbotten-vardplatser-historik.json'));
    expect(readHistoryRecord(raw, fixtureDocument.id as string)).toEqual({
      kind: 'history',
      history: fixtureHistory,
    });
    expect(readHistoryRecord(raw, 'ett-annat-scenario').kind).toBe('damaged');
  });

  it('migrates a version 3 file to version 4 keeping everything, with no history', () => {
    const { revision: _r, ...v3 } = json('fixtures/persisted/v3/sjobo-rur.json');
    const read = parseScenarioFile(JSON.stringify(v3));
    expect(read).toEqual({
      ok: true,
      scenario: v3.data,
      history: undefined,
      historyProblem: undefined,
      migratedFrom: 3,
    });
    // Version 3 had no history: a file claiming version 3 with one is not a version 3 file.
    const claimed = { ...v3, data: { ...(v3.data as object), history: fixtureHistory } };
    expect(parseScenarioFile(JSON.stringify(claimed)).ok).toBe(false);
  });

  it('takes each version’s document through later migrations too, without changing what it read', () => {
    const v5: typeof MIGRATIONS = [
      ...MIGRATIONS,
      {
        from: 4,
        describe: 'test: a suffix',
        up: (d) => ({ ...(d as object), name: `${(d as { name: string }).name} (v5)` }),
      },
    ];
    const raw = deepFreeze(structuredClone(fixtureHistory));
    const read = readHistoryData(raw, 4, fixtureDocument.id as string, v5);
    expect(read.ok && read.history.versions.map((v) => v.document.name)).toEqual([
      'Förslag till nämnden (v5)',
      'Förslag till nämnden (v5)',
      'Förslag till nämnden (v5)',
    ]);
    expect(raw).toEqual(fixtureHistory);
  });

  it.each([
    [
      'a version’s figure is text',
      (h: Record<string, unknown>) => {
        const versions = h.versions as {
          document: { changes: { inputs: { skattesats: Record<string, unknown> } } };
        }[];
        if (versions[1]) versions[1].document.changes.inputs.skattesats['2026'] = 'tolv';
      },
      'versions.1.document.changes.inputs.skattesats.2026',
    ],
    [
      'the versions are not a list',
      (h: Record<string, unknown>) => {
        h.versions = 'trasig';
      },
      'versions',
    ],
    [
      'a version belongs to another scenario',
      (h: Record<string, unknown>) => {
        h.scenarioId = 'ett-annat';
      },
      '',
    ],
    [
      'the versions are out of order',
      (h: Record<string, unknown>) => {
        h.nextSeq = 2;
      },
      '',
    ],
    [
      'an unknown status',
      (h: Record<string, unknown>) => {
        h.status = 'godkand';
      },
      'status',
    ],
  ])('keeps the scenario and says so in Swedish when the history is broken: %s', (_what, mutate, path) => {
    const read = parseScenarioFile(fileWith(mutate));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.scenario).toEqual(fixtureDocument);
    expect(read.history).toBeUndefined();
    expect(read.historyProblem?.message).toBe(
      'Historiken för ”Förslag till nämnden” i filen är skadad och lästes inte in; scenariot lästes in som det är nu.',
    );
    expect(read.historyProblem?.problems.length).toBeGreaterThan(0);
    expect(read.historyProblem?.problems.join(' ')).toContain(path);
    const imported = importScenarios(fileWith(mutate), copies);
    expect(imported.ok && [imported.documents.length, imported.histories, imported.notices.length]).toEqual([
      1,
      [undefined],
      1,
    ]);
  });

  it('imports the history with the copy: every version under the copy’s new id', () => {
    const imported = importScenarios(readFileSync(FILE, 'utf8'), copies);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const [history] = imported.histories;
    expect(imported.documents[0]?.id).toBe('kopia-1');
    expect(history?.scenarioId).toBe('kopia-1');
    expect(history?.versions.map((v) => v.document.id)).toEqual(['kopia-1', 'kopia-1', 'kopia-1']);
    expect(history?.versions.map((v) => ({ ...v.document, id: fixtureDocument.id }))).toEqual(
      (fixtureHistory as ScenarioHistory).versions.map((v) => v.document),
    );
    // Exported again and read back: the same history.
    const again = parseScenarioFile(
      scenarioFileText(imported.documents[0] as ScenarioDocument, NOW, history),
    );
    expect(again.ok && again.history).toEqual(history);
  });

  it('carries histories in a file of all scenarios, and one broken history costs only that history', () => {
    const document = fixtureDocument as ScenarioDocument;
    const other = { ...document, id: 'andra', name: 'Andra' };
    const text = allScenariosFileText(
      [document, other],
      NOW,
      new Map([[document.id, fixtureHistory as ScenarioHistory]]),
    );
    const read = parseScenarioFiles(text);
    expect(read.ok && read.histories).toEqual([fixtureHistory, undefined]);
    const broken = JSON.parse(text) as { data: { scenarios: { history?: { versions: unknown } }[] } };
    const first = broken.data.scenarios[0];
    if (first?.history) first.history.versions = [1];
    const partly = parseScenarioFiles(JSON.stringify(broken));
    expect(partly.ok && [partly.scenarios.length, partly.histories, partly.historyProblems.length]).toEqual([
      2,
      [undefined, undefined],
      1,
    ]);
  });

  it('a link carries only the current version, and stays within its limit', async () => {
    const read = parseScenarioFile(readFileSync(FILE, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const fragment = await encodeShareFragment(read.scenario, NOW);
    expect(fragment.length).toBeLessThan(MAX_SHARE_FRAGMENT);
    const decoded = await decodeShareFragment(fragment);
    expect(decoded).toEqual({ ok: true, scenario: read.scenario });
  });
});

describe('the size of a long history', () => {
  const proposal = (json('fixtures/scenarios/budgetforslag-v-2023.json') as { data: ScenarioDocument }).data;
  /** 200 versions of a real proposal, each with its figures moved a little, as 200 working sessions would. */
  const long = (): ScenarioHistory => {
    let history = emptyHistory(proposal.id);
    for (let i = 0; i < 200; i += 1) {
      const frameChanges = proposal.changes.frameChanges.map((c) => ({
        ...c,
        amounts: Object.fromEntries(Object.entries(c.amounts).map(([y, a]) => [y, a + i / 10])),
      }));
      history = addVersion(
        history,
        { ...proposal, changes: { ...proposal.changes, frameChanges } },
        {
          kind: i % 10 === 0 ? 'sparad' : 'automatisk',
          note: i % 10 === 0 ? `Version ${i} inför gruppmötet` : '',
          savedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
        },
      );
    }
    return history;
  };

  it('keeps 200 versions of the Norrbotten proposal, and its file with them imports back whole', () => {
    const history = long();
    expect(history.versions).toHaveLength(200);
    const text = scenarioFileText(proposal, NOW, history);
    expect(new TextEncoder().encode(text).length).toBeLessThan(2_000_000);
    const read = parseScenarioFile(text);
    expect(read.ok && read.history?.versions.length).toBe(200);
  });

  it('a file of all scenarios stays importable: histories that do not fit are named, the others come back whole', () => {
    const scenarios = ['a', 'b', 'c', 'd'].map((id) => ({ ...proposal, id, name: `Förslag ${id}` }));
    const histories = new Map(scenarios.map((d) => [d.id, historyOfCopy(long(), d.id)]));
    const sizes = [...histories.values()].map((h) => new TextEncoder().encode(JSON.stringify(h)).length);
    // Each history alone fits in a file; all four together do not.
    expect(Math.max(...sizes)).toBeLessThan(2_000_000);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(2_000_000);

    const { text, withoutHistory } = allScenariosExport(scenarios, NOW, histories);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(2_000_000);
    expect(withoutHistory.length).toBeGreaterThan(0);
    const read = parseScenarioFiles(text);
    if (!read.ok) throw new Error(read.message);
    expect(read.scenarios).toEqual(scenarios);
    read.scenarios.forEach((scenario, i) => {
      const left = withoutHistory.includes(scenario.name);
      expect([scenario.name, read.histories[i]]).toEqual([
        scenario.name,
        left ? undefined : histories.get(scenario.id),
      ]);
    });
  });

  it('writes a history at its byte bound on one line, so that the file still imports back whole', () => {
    let history = emptyHistory(proposal.id);
    // Three times the proposal's frame changes: about 6 kB a version, so 200 of them pass the byte bound.
    const many = (i: number) =>
      [0, 1, 2].flatMap((n) =>
        proposal.changes.frameChanges.map((c) => ({
          ...c,
          id: `${c.id}-${n}`,
          amounts: { ...c.amounts, '2028': i, '2029': i, '2030': i },
        })),
      );
    for (let i = 0; i < 200; i += 1)
      history = addVersion(
        history,
        { ...proposal, changes: { ...proposal.changes, frameChanges: many(i) } },
        { kind: 'automatisk', savedAt: NOW.toISOString() },
      );
    expect(history.pruned).toBeGreaterThan(0);
    const text = scenarioFileText(proposal, NOW, history);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(2_000_000);
    const read = parseScenarioFile(text);
    expect(read.ok && read.history?.versions.length).toBe(history.versions.length);
  });
});
