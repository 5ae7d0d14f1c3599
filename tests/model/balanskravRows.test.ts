import { describe, expect, it } from 'vitest';
import norrbottenJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import vasternorrlandJson from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { modelRows } from '../../src/model/modelRows';
import { parsePlan } from '../../src/model/parsePlan';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { valueOf } from '../helpers';

const sjobo = parsePlan(sjoboJson);
const run = (changes: ScenarioChanges = NO_CHANGES) => calculateOnce(sjobo, changes).results;
const planned = (id: string, values: Record<string, number>): ScenarioChanges => ({
  inputs: { [`${id}_grund`]: values },
  frameChanges: [],
});
// Skatteintäkter + generella statsbidrag och utjämning as Sjöbo's resultatbudget prints them.
const BASE = { 2025: 1042.8 + 324.4, 2026: 1091.4 + 337.4 } as const;

const CHAIN = [
  'arets_resultat',
  'realisationsvinster',
  'realisationsvinster_undantag',
  'realisationsforluster_undantag',
  'orealiserade_vinster_vardepapper',
  'aterforing_orealiserade_forluster',
  'resultat_efter_balanskravsjusteringar',
  'reservation_resultatreserv',
  'anvandning_resultatutjamningsreserv',
  'anvandning_resultatreserv',
  'balanskravsresultat',
];

describe.each([
  ['Region Norrbotten', norrbottenJson],
  ['Sjöbo kommun', sjoboJson],
  ['Region Västernorrland', vasternorrlandJson],
])('%s: the whole balanskravsutredning as rows', (_name, json) => {
  const rows = modelRows(parsePlan(json));
  it('has every row of the utredning, in order, each with a definition and a legal source', () => {
    const rb = rows.ofSheet('Resultatbudget').map((row) => row.id);
    const at = CHAIN.map((id) => rb.indexOf(id));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const id of CHAIN.slice(1)) {
      expect(rows.byId.get(id)?.definition).not.toBe('');
      expect(rows.byId.get(id)?.source).toMatch(/[Kk]ommunallagen|prop\./);
    }
  });
});

describe('Sjöbo kommun: the balanskravsutredning by hand', () => {
  const results = run();
  it('reproduces the published rows: −4,8 in 2023 and −18,6 in 2024 after the RUR withdrawals', () => {
    expect(valueOf(results, 'anvandning_resultatutjamningsreserv', 2023)).toBeCloseTo(14.6, 9);
    expect(valueOf(results, 'anvandning_resultatutjamningsreserv', 2024)).toBeCloseTo(7.5, 9);
    expect(valueOf(results, 'balanskravsresultat', 2024)).toBeCloseTo(-26.1 + 7.5, 9);
    expect(valueOf(results, 'anvandning_resultatreserv', 2024)).toBe(0);
  });

  it('carries the RUR from the balance sheet (84,8 at the end of 2023) and shows it there: 77,3 from 2024', () => {
    expect(valueOf(results, 'saldo_resultatutjamningsreserv', 2024)).toBeCloseTo(84.8 - 7.5, 9);
    expect(valueOf(results, 'saldo_resultatutjamningsreserv', 2027)).toBeCloseTo(77.3, 9);
    expect(valueOf(results, 'resultatutjamningsreserv', 2025)).toBeCloseTo(77.3, 9);
    expect(valueOf(results, 'saldo_resultatreserv', 2027)).toBe(0);
  });

  it('counts what is left to restore: 4,8 after 2023, 4,8 + 18,6 after 2024, restored by 2025’s 40,0', () => {
    expect(valueOf(results, 'kvar_att_aterstalla', 2022)).toBe(0);
    expect(valueOf(results, 'kvar_att_aterstalla', 2023)).toBeCloseTo(4.8, 9);
    expect(valueOf(results, 'kvar_att_aterstalla', 2024)).toBeCloseTo(4.8 + 18.6, 9);
    expect(valueOf(results, 'kvar_att_aterstalla', 2025)).toBe(0);
  });

  it('allows in 2025 only what is left above 1 % after restoring the 23,4: 40,0 − 13,672 − 23,4', () => {
    expect(valueOf(results, 'tillaten_reservation', 2025)).toBeCloseTo(40 - 0.01 * BASE[2025] - 23.4, 9);
    const cut = run(planned('reservation_resultatreserv', { '2025': -50 }));
    expect(valueOf(cut, 'reservation_resultatreserv', 2025)).toBeCloseTo(-(40 - 0.01 * BASE[2025] - 23.4), 9);
    expect(valueOf(cut, 'kvar_att_aterstalla', 2025)).toBeCloseTo(0, 9);
    expect(valueOf(cut, 'saldo_resultatreserv', 2025)).toBeCloseTo(40 - 0.01 * BASE[2025] - 23.4, 9);
  });

  it('reserves nothing while the deficit waits: 2024’s planned −10 is refused', () => {
    const cut = run(planned('reservation_resultatreserv', { '2024': -10 }));
    expect(valueOf(cut, 'reservation_resultatreserv', 2024)).toBeCloseTo(0, 9);
    expect(valueOf(cut, 'balanskravsresultat', 2024)).toBeCloseTo(-18.6, 9);
  });

  it('cuts a planned −100 in 2026 to the part above 1 %: 44,0 − 14,288, and the reserve holds it', () => {
    const cut = run(planned('reservation_resultatreserv', { '2026': -100 }));
    expect(valueOf(cut, 'reservation_resultatreserv', 2026)).toBeCloseTo(-(44 - 0.01 * BASE[2026]), 9);
    expect(valueOf(cut, 'balanskravsresultat', 2026)).toBeCloseTo(0.01 * BASE[2026], 9);
    expect(valueOf(cut, 'saldo_resultatreserv', 2027)).toBeCloseTo(44 - 0.01 * BASE[2026], 9);
  });

  it('uses the RUR at most to zero and moves it inside eget kapital, whose total does not change', () => {
    const used = run(planned('anvandning_resultatutjamningsreserv', { '2024': 200 }));
    expect(valueOf(used, 'anvandning_resultatutjamningsreserv', 2024)).toBeCloseTo(26.1, 9);
    expect(valueOf(used, 'balanskravsresultat', 2024)).toBeCloseTo(0, 9);
    expect(valueOf(used, 'resultatutjamningsreserv', 2024)).toBeCloseTo(84.8 - 26.1, 9);
    expect(
      valueOf(used, 'ovrigt_eget_kapital', 2024) - valueOf(results, 'ovrigt_eget_kapital', 2024),
    ).toBeCloseTo(26.1 - 7.5, 9);
    for (const year of [2024, 2025, 2026, 2027])
      expect(valueOf(used, 'eget_kapital', year)).toBeCloseTo(valueOf(results, 'eget_kapital', year), 9);
  });

  it('uses no more than the reserve holds: 300 wanted in 2026 after a year of −400', () => {
    const deep: ScenarioChanges = {
      inputs: {
        anvandning_resultatutjamningsreserv_grund: { '2026': 300 },
        verksamhetens_kostnader_grund: {
          '2026': valueOf(results, 'verksamhetens_kostnader_grund', 2026) - 400,
        },
      },
      frameChanges: [],
    };
    const used = run(deep);
    expect(valueOf(used, 'anvandning_resultatutjamningsreserv', 2026)).toBeCloseTo(77.3, 9);
    expect(valueOf(used, 'saldo_resultatutjamningsreserv', 2026)).toBeCloseTo(0, 9);
  });
});
