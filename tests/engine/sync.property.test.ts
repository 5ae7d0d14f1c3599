import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { changesArbitrary } from '../arbitraries';
import { compute, plan } from '../helpers';

describe('engine.sync', () => {
  it('after any sequence of scenarios gives exactly what a fresh workbook gives for the last one', () => {
    const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
    try {
      fc.assert(
        fc.property(fc.array(changesArbitrary, { minLength: 1, maxLength: 4 }), (sequence) => {
          // Reading after every step: each read after the first updates only the cells the engine reports.
          for (const changes of sequence) {
            engine.sync(changes);
            engine.results();
          }
          const last = sequence[sequence.length - 1] ?? NO_CHANGES;
          expect(engine.results()).toEqual(compute(last));
        }),
        { numRuns: 40 },
      );
    } finally {
      engine.destroy();
    }
    // 40 fresh HyperFormula workbooks to compare with: ~18 s alone, twice that on a busy 2-core runner.
  }, 120_000);

  it('returns to the plan exactly when the changes are undone', () => {
    const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
    const before = engine.results();
    engine.sync({ inputs: { skattesats: { 2025: 11.44 } }, frameChanges: [] });
    expect(engine.results()).not.toEqual(before);
    engine.sync(NO_CHANGES);
    expect(engine.results()).toEqual(before);
    engine.destroy();
  });

  it('keeps the object of every row an edit does not reach, and gives changed rows new ones', () => {
    const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
    const before = engine.results();
    engine.sync({ inputs: { prisindex: { 2030: 2.5 } }, frameChanges: [] });
    const after = engine.results();
    const changed = Object.keys(after.cells).filter((id) => after.cells[id] !== before.cells[id]);
    const differs = Object.keys(after.cells).filter(
      (id) => JSON.stringify(after.cells[id]) !== JSON.stringify(before.cells[id]),
    );
    expect(changed).toEqual(differs);
    expect(changed).toContain('prisindex');
    expect(changed).not.toContain('skattesats');
    expect(after.cells['skatteintakter']).toBe(before.cells['skatteintakter']);
    expect(after).toEqual(compute({ inputs: { prisindex: { 2030: 2.5 } }, frameChanges: [] }));
    engine.destroy();
  });

  it('shows readable formulas with named cells', () => {
    const engine = createEngine(compileWorkbook(plan, NO_CHANGES), NO_CHANGES);
    expect(engine.formulaOf('skatteintakter', 2025)).toBe('=Skatteunderlag_2025*Skattesats_2025/100');
    expect(engine.formulaOf('arets_resultat', 2026)).toBe(
      '=Verksamhetens_resultat_2026+Finansiella_intäkter_2026+Finansiella_kostnader_2026',
    );
    engine.destroy();
  });
});
