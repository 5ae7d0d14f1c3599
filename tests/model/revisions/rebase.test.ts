import { describe, expect, it } from 'vitest';
import sjoboJson from '../../../fixtures/plans/sjobo-2024-2027.json';
import { checkChanges } from '../../../src/model/checkChanges';
import { modelRows } from '../../../src/model/modelRows';
import { parsePlan } from '../../../src/model/parsePlan';
import type { Plan } from '../../../src/model/planSchema';
import { rebaseScenario } from '../../../src/model/revisions/rebase';
import type { ScenarioChanges } from '../../../src/model/scenarioChanges';
import { allYears, budgetYears } from '../../../src/model/years';
import { frameChange, plan } from '../../helpers';

const variant = (change: (json: Record<string, unknown> & Plan) => void): Plan => {
  const json = JSON.parse(JSON.stringify(plan)) as Record<string, unknown> & Plan;
  change(json);
  return parsePlan(json);
};

const scenario: ScenarioChanges = {
  inputs: {
    skattesats: { '2025': 11.44, '2026': 11.44 },
    befolkning: { '2029': 250_000 },
    prisindex: { '2026': 1.8 },
  },
  frameChanges: [
    frameChange({ amounts: { '2025': 50, '2029': 50 } }),
    frameChange({
      id: 'f2',
      name: 'Avgifter',
      namnd: 'Regionstyrelsen',
      kind: 'intakt',
      amounts: { '2026': -11 },
    }),
  ],
};

describe('moving a scenario onto another plan', () => {
  it('onto the plan it came from gives back the same changes, nothing listed', () => {
    expect(rebaseScenario(scenario, plan, plan)).toEqual({
      changes: scenario,
      notCarried: [],
      planMoved: [],
    });
  });

  it('onto a plan with fewer years carries the years it has and lists the rest with the reason', () => {
    const shorter = variant((json) => {
      json.years = { ...json.years, kalkyl: [2028] };
    });
    const moved = rebaseScenario(scenario, plan, shorter);
    expect(moved.changes.inputs).toEqual({
      skattesats: { '2025': 11.44, '2026': 11.44 },
      prisindex: { '2026': 1.8 },
    });
    expect(moved.changes.frameChanges[0]?.amounts).toEqual({ '2025': 50 });
    expect(moved.notCarried.map((n) => `${n.what}: ${n.reason}`)).toEqual([
      'Befolkning 1 november året innan budgetåret 2029: Strategisk plan 2025–2027 räknar till 2028; året 2029 finns inte i den planen.',
      'Ramförändringen ”Kollektivtrafik” 2029 (50,0 mnkr): Strategisk plan 2025–2027 har inte året 2029 (planen räknar 2025–2028).',
    ]);
    expect(checkChanges(modelRows(shorter), allYears(shorter), budgetYears(shorter), moved.changes)).toEqual(
      [],
    );
  });

  it('lists a driver the target does not publish and a nämnd it does not have', () => {
    const other = variant((json) => {
      const { prisindex: _gone, ...drivers } = json.drivers;
      json.drivers = drivers;
      const namnder = json.namnder;
      if (!namnder) throw new Error('Norrbottens plan har nämnder');
      json.namnder = {
        ...namnder,
        list: namnder.list.map((n) => (n.name === 'Regionstyrelsen' ? { ...n, name: 'Styrelsen' } : n)),
      };
    });
    const moved = rebaseScenario(scenario, plan, other);
    expect(moved.changes.inputs.prisindex).toBeUndefined();
    expect(moved.changes.frameChanges.map((c) => c.id)).toEqual(['f1']);
    expect(moved.notCarried.map((n) => n.reason)).toEqual([
      'Strategisk plan 2025–2027 publicerar inte drivaren ”LPIK (uppräkning av ramar)”.',
      'Nämnden ”Regionstyrelsen” finns inte i Strategisk plan 2025–2027.',
    ]);
  });

  it("onto another organisation's plan: its years, its drivers, and what the new plan forecasts differently", () => {
    const sjobo = parsePlan(sjoboJson);
    const moved = rebaseScenario(scenario, plan, sjobo);
    expect(moved.changes.inputs.skattesats).toEqual({ '2025': 11.44, '2026': 11.44 });
    // Every input year and every frame-change amount is carried or listed, never both, never neither.
    const carried = Object.values(moved.changes.inputs).reduce((n, v) => n + Object.keys(v).length, 0);
    const inputsListed = moved.notCarried.filter((n) => n.kind === 'input').length;
    expect(carried + inputsListed).toBe(4);
    expect(moved.planMoved[0]?.text).toMatch(
      /^Skattesats 2025: scenariots 11,44 kr står kvar; planens värde var 11,34 kr och är nu /,
    );
    expect(checkChanges(modelRows(sjobo), allYears(sjobo), budgetYears(sjobo), moved.changes)).toEqual([]);
  });
});
