import { describe, expect, it } from 'vitest';
import norrbottenJson from '../../fixtures/plans/norrbotten-2025-2027.json';
import sjoboJson from '../../fixtures/plans/sjobo-2024-2027.json';
import vasternorrlandJson from '../../fixtures/plans/vasternorrland-2022-2024.json';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { aterstallandeLine } from '../../src/format/aterstallandeLine';
import { balanskravStatus } from '../../src/model/balanskravStatus';
import { parsePlan } from '../../src/model/parsePlan';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';

const NBSP = '\u00a0';
const lineOf = (json: unknown, decimals: number, changes: ScenarioChanges = NO_CHANGES) => {
  const { workbook, results } = calculateOnce(parsePlan(json), changes);
  const status = balanskravStatus(workbook, results, {});
  if (!status) throw new Error('ingen balanskravsutredning');
  return aterstallandeLine(status, decimals);
};

describe('aterstallandeLine', () => {
  it('Sjöbo as decided: 2024’s deficit of 18,6 and 2023’s 4,8 are restored by 2025’s 40,0', () => {
    expect(lineOf(sjoboJson, 1)).toEqual({ kind: 'ok', text: 'Varje underskott återställs inom tre år' });
  });

  it('Sjöbo with 60 mnkr of realisationsvinster a year from 2025: 2023’s 4,8 is left after its deadline 2026', () => {
    const gains = {
      inputs: { realisationsvinster_grund: { 2025: -60, 2026: -60, 2027: -60 } },
      frameChanges: [],
    };
    expect(lineOf(sjoboJson, 1, gains)).toEqual({
      kind: 'sent',
      text: `Återställs inte i tid: 4,8${NBSP}mnkr av underskottet 2023 återstår efter 2026`,
    });
  });

  it('Sjöbo with a loss only in 2027 (38 − 60 = −22): one deficit left, due 2030', () => {
    const gains = { inputs: { realisationsvinster_grund: { 2027: -60 } }, frameChanges: [] };
    expect(lineOf(sjoboJson, 1, gains)).toEqual({
      kind: 'atgardsplan',
      text: `Åtgärdsplan krävs: 22,0${NBSP}mnkr att återställa senast 2030`,
    });
  });

  it('Norrbotten as decided: −71 (2029) and −130 (2030) are left after 2030, 71 of it due 2032', () => {
    expect(lineOf(norrbottenJson, 0)).toEqual({
      kind: 'atgardsplan',
      text: `Åtgärdsplan krävs: 201${NBSP}mnkr att återställa efter 2030, 71${NBSP}mnkr av det senast 2032`,
    });
  });

  it('Västernorrland: no negative balanskravsresultat (50, 50, 10), nothing to restore', () => {
    expect(lineOf(vasternorrlandJson, 0)).toEqual({ kind: 'ok', text: 'Inga underskott att återställa' });
  });
});
