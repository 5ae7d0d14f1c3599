import { describe, expect, it } from 'vitest';
import { calculateOnce } from '../../src/engine/calculateOnce';
import { createEngine } from '../../src/engine/createEngine';
import { compileWorkbook, computedCells } from '../../src/model/compileWorkbook';
import { FRAME_ACTIVE_TEXT, FRAME_KIND_TEXT } from '../../src/model/frameChangeSheet';
import { FRAME_CHANGE_SHEET } from '../../src/model/rowSpec';
import { NO_CHANGES, type ScenarioChanges } from '../../src/model/scenarioChanges';
import { FORMULA_NAMES } from '../formulaNames';
import { frameChange, plan, valueOf } from '../helpers';

const hostile: ScenarioChanges = {
  inputs: {},
  frameChanges: FORMULA_NAMES.map((name, i) =>
    frameChange({ id: `f${i}`, name, namnd: name, amounts: { '2025': 10 + i, '2027': -i } }),
  ),
};
const plain: ScenarioChanges = {
  inputs: {},
  frameChanges: hostile.frameChanges.map((change, i) => ({ ...change, name: `Namn ${i}`, namnd: 'Nämnd' })),
};

/**
 * A plain build takes 0.1–0.4 s of CPU here. The time is the CPU time of this process, not the wall clock:
 * on a runner shared with other jobs the wall clock says more about them than about the engine, while a
 * formula in a name (ten seconds and more before the fix) costs CPU wherever it runs.
 */
const WELL_UNDER_A_SECOND_MS = 1000;

const timed = <T>(work: () => T): { value: T; ms: number } => {
  const started = process.cpuUsage();
  const value = work();
  const { user, system } = process.cpuUsage(started);
  return { value, ms: (user + system) / 1000 };
};

describe('user text is never code', () => {
  it('computes a scenario whose frame changes are named like formulas in well under a second', () => {
    calculateOnce(plan, plain); // warm the engine's code paths, as the app has when a link is opened
    const { value, ms } = timed(() => calculateOnce(plan, hostile));
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
    // A name changes nothing a statement computes: the figures are those of the same changes with plain names.
    expect(value.results).toEqual(calculateOnce(plan, plain).results);
  });

  it('applies such names to a running engine in well under a second, too', () => {
    const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
    try {
      engine.results();
      const { ms } = timed(() => {
        engine.sync(hostile);
        return engine.results();
      });
      expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
      expect(engine.results()).toEqual(calculateOnce(plan, plain).results);
    } finally {
      engine.destroy();
    }
  });

  it('computes 500 frame changes with formula names in well under a second', () => {
    const many: ScenarioChanges = {
      inputs: {},
      frameChanges: Array.from({ length: 500 }, (_, i) =>
        frameChange({
          id: `f${i}`,
          // Without the ten-second one: on the old engine this test should fail, not run for ten minutes.
          name: FORMULA_NAMES[1 + (i % (FORMULA_NAMES.length - 1))] ?? '',
          amounts: { '2025': 1, '2030': 1 },
        }),
      ),
    };
    calculateOnce(plan, plain);
    const { value, ms } = timed(() => calculateOnce(plan, many));
    expect(ms).toBeLessThan(WELL_UNDER_A_SECOND_MS);
    expect(valueOf(value.results, 'ramforandringar_kostnader', 2025)).toBe(500);
  });

  it('gives the engine no name, nämnd or label at all', () => {
    const cells = computedCells(compileWorkbook(plan, hostile));
    const texts = Object.values(cells).flatMap((sheet) =>
      sheet.flat().filter((cell): cell is string => typeof cell === 'string'),
    );
    // What remains as text is the model's own formulas and the frame changes' typ and aktiv, both fixed words.
    const fixedWords: readonly string[] = [
      ...Object.values(FRAME_KIND_TEXT),
      ...Object.values(FRAME_ACTIVE_TEXT),
    ];
    for (const text of texts) expect(text.startsWith('=') || fixedWords.includes(text)).toBe(true);
    for (const name of FORMULA_NAMES) expect(texts).not.toContain(name);
    expect(texts).not.toContain('Skatteintäkter');
    expect(cells[FRAME_CHANGE_SHEET][1]?.slice(0, 5)).toEqual([null, null, 'kostnad', 'ja', 10]);
  });

  it('keeps the names as written in the compiled sheet the Excel export reads', () => {
    const rows = compileWorkbook(plan, hostile).sheets[FRAME_CHANGE_SHEET].slice(1);
    expect(rows.map((row) => row[0])).toEqual([...FORMULA_NAMES]);
    expect(rows.map((row) => row[1])).toEqual([...FORMULA_NAMES]);
  });
});
