import { describe, expect, it } from 'vitest';
import {
  checkChanges,
  checkScenario,
  FRAME_AMOUNT_BOUNDS,
  isFrameAmountAllowed,
} from '../../src/model/checkChanges';
import { MAX_FRAME_CHANGES } from '../../src/model/frameChangeSheet';
import { modelRows } from '../../src/model/modelRows';
import type { FrameChange, ScenarioChanges } from '../../src/model/scenarioChanges';
import { BUDGET_YEARS, frameChange, plan, YEARS } from '../helpers';

const rows = modelRows(plan);
const check = (changes: ScenarioChanges) => checkChanges(rows, YEARS, BUDGET_YEARS, changes);
const withAmount = (value: number): ScenarioChanges => ({
  inputs: {},
  frameChanges: [frameChange({ name: 'Kollektivtrafik', amounts: { '2026': value } })],
});
/** The next double above and below a value: the least step past a bound. */
const nextUp = (x: number) => x + Math.abs(x) * Number.EPSILON;
const nextDown = (x: number) => x - Math.abs(x) * Number.EPSILON;

describe('checkChanges: frame-change amounts', () => {
  it('takes the bounds of an mnkr input in the grid, ±1 000 000 mnkr', () => {
    const mnkrInput = rows.byId.get('investeringar_finansiella');
    expect(mnkrInput?.kind === 'input' ? mnkrInput.bounds : undefined).toEqual(FRAME_AMOUNT_BOUNDS);
    expect(FRAME_AMOUNT_BOUNDS).toEqual({ min: -1_000_000, max: 1_000_000 });
  });

  it('accepts an amount at either bound and refuses the least step beyond', () => {
    expect(check(withAmount(1_000_000))).toEqual([]);
    expect(check(withAmount(-1_000_000))).toEqual([]);
    expect(check(withAmount(0))).toEqual([]);
    expect(check(withAmount(1_000_001))).toEqual([
      'Ramförändringen "Kollektivtrafik" 2026: 1\u00a0000\u00a0001 mnkr ligger utanför det tillåtna (\u22121\u00a0000\u00a0000 till 1\u00a0000\u00a0000 mnkr).',
    ]);
    expect(check(withAmount(-1_000_001))).toHaveLength(1);
    expect(check(withAmount(nextUp(1_000_000)))).toHaveLength(1);
    expect(check(withAmount(nextDown(-1_000_000)))).toHaveLength(1);
    expect(isFrameAmountAllowed(nextDown(1_000_000))).toBe(true);
  });

  it('refuses an amount that is not a finite number', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(check(withAmount(value))).toHaveLength(1);
  });

  it('accepts 500 frame changes and refuses 501', () => {
    const many = (count: number): ScenarioChanges => ({
      inputs: {},
      frameChanges: Array.from({ length: count }, (_, i): FrameChange =>
        frameChange({ id: `f${i}`, amounts: {} }),
      ),
    });
    expect(MAX_FRAME_CHANGES).toBe(500);
    expect(check(many(500))).toEqual([]);
    expect(check(many(501))).toEqual(['Högst 500 ramförändringar ryms i ett scenario.']);
  });

  it('still names a year the plan does not have', () => {
    expect(check({ inputs: {}, frameChanges: [frameChange({ name: 'X', amounts: { '2031': 1 } })] })).toEqual(
      ['Ramförändringen "X": året 2031 finns inte i planen.'],
    );
  });
});

describe('inputs a migrated scenario keeps from plan format v1', () => {
  it('flags an input plan v2 removed as unknown, in Swedish, and keeps the others', () => {
    const changes = {
      inputs: { avsattningar_grund: { '2025': 12 }, skattesats: { '2025': 11.5 } },
      frameChanges: [],
    };
    expect(checkChanges(rows, YEARS, BUDGET_YEARS, changes)).toEqual([
      'Antagandet "avsattningar_grund" finns inte längre i planformatet; värdet finns kvar i scenariot men räknas inte.',
    ]);
  });
});

describe('checkScenario', () => {
  const document = (planId: string, changes: ScenarioChanges) => ({
    plan: { id: planId, version: 1, name: 'En plan', organisation: 'En organisation' },
    changes,
  });

  it('refuses a scenario made for another plan, whatever its changes', () => {
    expect(checkScenario(plan, rows, document('gotland-2025', withAmount(1)))).toEqual([
      `Scenariot gäller En plan, En organisation, inte ${plan.name}, ${plan.organisation.name}.`,
    ]);
  });

  it('checks the changes of a scenario made for this plan', () => {
    expect(checkScenario(plan, rows, document(plan.id, withAmount(1)))).toEqual([]);
    expect(checkScenario(plan, rows, document(plan.id, withAmount(2e6)))).toHaveLength(1);
    expect(
      checkScenario(
        plan,
        rows,
        document(plan.id, { inputs: { skattesats: { '2025': 0 } }, frameChanges: [] }),
      ),
    ).toEqual(['Skattesats 2025: 0 ligger utanför det tillåtna (1 till 40).']);
  });
});

describe('checkScenario with plan versions (issue 16 §1)', () => {
  const made = (version: number) => ({
    plan: { id: plan.id, version, name: plan.name, organisation: plan.organisation.name },
    changes: { inputs: {}, frameChanges: [] },
  });
  const known = [
    { id: plan.id, version: plan.version },
    { id: plan.id, version: plan.version + 1 },
  ];

  it('sends a scenario of another version this browser has to that version, never onto the open one', () => {
    expect(checkScenario(plan, rows, made(plan.version + 1), known)).toEqual([
      `Scenariot gjordes för version ${plan.version + 1} av planen, och version ${plan.version} är öppen. Välj version ${plan.version + 1} i rubriken och öppna scenariot där; under ”Ny prognos och versioner…” kan det sedan flyttas till en annan version.`,
    ]);
    expect(checkScenario(plan, rows, made(plan.version), known)).toEqual([]);
  });

  it('takes a scenario of a version not here onto the open version, as before versions were kept', () => {
    expect(checkScenario(plan, rows, made(plan.version + 5), known)).toEqual([]);
  });
});
