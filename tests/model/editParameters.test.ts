import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import {
  checkCorrelation,
  checkSpread,
  checkStep,
  CORRELATION_PAIRS,
  correlationOf,
  editedModel,
  modelEdited,
  NO_EDITS,
  validEdits,
  withCorrelation,
  withSpread,
  withStep,
  type ParameterEdits,
} from '../../src/model/uncertainty/editParameters';
import { DEFAULT_UNCERTAINTY, type UncertaintyId } from '../../src/model/uncertainty/parameters';
import { plan } from '../helpers';

const driver = (id: UncertaintyId) => {
  const found = DEFAULT_UNCERTAINTY.find((d) => d.id === id);
  if (!found) throw new Error(id);
  return found;
};
const skatteunderlag = driver('skatteunderlag');
const befolkning = driver('befolkning');
const SP = 'skatteunderlag|prisindex';
const SA = 'skatteunderlag|pensionsavkastning';
const PA = 'prisindex|pensionsavkastning';

describe('a typical error the user types', () => {
  it('is refused at zero or below, questioned above five times the source, taken between', () => {
    // Source 1 år fram: 1,0 procentenheter; five times is 5,0.
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 1, 0)).toEqual({
      kind: 'refused',
      reason: 'notPositive',
    });
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 1, -0.5).kind).toBe('refused');
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 1, 5)).toEqual({ kind: 'ok' });
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 1, 5.1)).toEqual({
      kind: 'question',
      reason: 'farAbove',
      source: 1,
    });
    // Innevarande år: 0,55 · 5 = 2,75.
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 0, 2.8).kind).toBe('question');
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 0, 2.7).kind).toBe('ok');
  });

  it('may not make a level’s error shrink further ahead (it persists and grows)', () => {
    // befolkning 0,2 / 0,4 / 0,6 / 0,8 % av nivån.
    expect(checkSpread(befolkning, befolkning.sd, 2, 0.3)).toEqual({
      kind: 'refused',
      reason: 'levelShrinks',
      before: 0.4,
    });
    expect(checkSpread(befolkning, befolkning.sd, 1, 0.7)).toEqual({
      kind: 'refused',
      reason: 'levelAboveLater',
      later: 0.6,
    });
    expect(checkSpread(befolkning, befolkning.sd, 3, 1)).toEqual({ kind: 'ok' });
    // A rate's error is drawn anew each year: it may be smaller further ahead.
    expect(checkSpread(skatteunderlag, skatteunderlag.sd, 2, 0.5)).toEqual({ kind: 'ok' });
  });

  it('is kept per horizon, and the source returns when every figure equals it again', () => {
    const edited = withSpread(NO_EDITS, skatteunderlag, 1, 2);
    expect(edited.spreads.skatteunderlag).toEqual([0.55, 2, 1.3, 1.5]);
    expect(modelEdited(edited)).toBe(true);
    const back = withSpread(edited, skatteunderlag, 1, 1);
    expect(back.spreads).toEqual({});
    expect(modelEdited(back)).toBe(false);
  });
});

describe('a correlation the user types', () => {
  it('is refused outside −1…1', () => {
    expect(checkCorrelation(NO_EDITS, SP, 1.5)).toEqual({ kind: 'refused', reason: 'outOfRange' });
    expect(checkCorrelation(NO_EDITS, SP, -1.01)).toEqual({ kind: 'refused', reason: 'outOfRange' });
    expect(checkCorrelation(NO_EDITS, SP, -0.3)).toEqual({ kind: 'ok' });
  });

  it('is refused when the set is not positive definite (determinant 1 − a² − b² − c² + 2abc ≤ 0)', () => {
    // With the sources' skatteunderlag–pension 0,2 and prisindex–pension 0: det = 1 − ρ² − 0,04.
    // ρ = 0,99: 1 − 0,9801 − 0,04 = −0,0201 < 0; ρ = 0,97: 1 − 0,9409 − 0,04 = 0,0191 > 0.
    expect(checkCorrelation(NO_EDITS, SP, 0.99)).toMatchObject({
      kind: 'refused',
      reason: 'notPositiveDefinite',
    });
    expect(checkCorrelation(NO_EDITS, SP, 0.97)).toEqual({ kind: 'ok' });
    // ρ = 1 leaves 1 − 1 = 0 on the first minor: refused too, though inside the range.
    expect(checkCorrelation(NO_EDITS, SP, 1).kind).toBe('refused');
  });

  it('refuses two drivers that each follow a third closely moving against each other', () => {
    // s–p 0,7 and s–a 0,7: det = 1 − 0,49 − 0,49 = 0,02 > 0, the pair is fine.
    const close = withCorrelation(withCorrelation(NO_EDITS, SP, 0.7), SA, 0.7);
    expect(checkCorrelation(NO_EDITS, SP, 0.7).kind).toBe('ok');
    expect(checkCorrelation(withCorrelation(NO_EDITS, SP, 0.7), SA, 0.7).kind).toBe('ok');
    // p–a −0,5: 1 − 0,49 − 0,49 − 0,25 + 2·0,7·0,7·(−0,5) = −0,72; p–a +0,5: 1 − 1,23 + 0,49 = 0,26.
    const refused = checkCorrelation(close, PA, -0.5);
    expect(refused).toEqual({
      kind: 'refused',
      reason: 'notPositiveDefinite',
      pairs: [
        { a: 'skatteunderlag', b: 'prisindex', rho: 0.7 },
        { a: 'skatteunderlag', b: 'pensionsavkastning', rho: 0.7 },
        { a: 'prisindex', b: 'pensionsavkastning', rho: -0.5 },
      ],
    });
    expect(checkCorrelation(close, PA, 0.5).kind).toBe('ok');
  });

  it('returns to the sources’ figure when typed equal to it', () => {
    expect(correlationOf(NO_EDITS, 'prisindex', 'skatteunderlag')).toBe(0.4);
    const edited = withCorrelation(NO_EDITS, SP, 0.6);
    expect(correlationOf(edited, 'prisindex', 'skatteunderlag')).toBe(0.6);
    expect(withCorrelation(edited, SP, 0.4).correlations).toEqual({});
    expect(CORRELATION_PAIRS.map(({ a, b }) => `${a}|${b}`)).toEqual([SP, SA, PA]);
  });
});

describe('an own tornado step', () => {
  it('is above zero, questioned above five times the largest source figure', () => {
    // skatteunderlag's largest typical error is 1,5; five times is 7,5.
    expect(checkStep(skatteunderlag, 0.5)).toEqual({ kind: 'ok' });
    expect(checkStep(skatteunderlag, 0).kind).toBe('refused');
    expect(checkStep(skatteunderlag, 7.6)).toEqual({ kind: 'question', reason: 'farAbove', source: 1.5 });
    expect(withStep(withStep(NO_EDITS, 'skatteunderlag', 0.5), 'skatteunderlag', undefined).steps).toEqual(
      {},
    );
    expect(modelEdited(withStep(NO_EDITS, 'skatteunderlag', 0.5))).toBe(false);
  });
});

describe('the edited model', () => {
  it('puts the user’s figures in the sources’ place and lists every pair', () => {
    const edits = withCorrelation(withSpread(NO_EDITS, skatteunderlag, 2, 3), PA, 0.1);
    const model = editedModel(edits);
    expect(model.drivers.find((d) => d.id === 'skatteunderlag')?.sd).toEqual([0.55, 1, 3, 1.5]);
    expect(model.drivers.find((d) => d.id === 'befolkning')?.sd).toEqual(befolkning.sd);
    expect(model.correlations).toEqual([
      { a: 'skatteunderlag', b: 'prisindex', rho: 0.4 },
      { a: 'skatteunderlag', b: 'pensionsavkastning', rho: 0.2 },
      { a: 'prisindex', b: 'pensionsavkastning', rho: 0.1 },
    ]);
  });

  it('widens the band when the skatteunderlag’s error is larger', () => {
    // Tax income is skatteunderlag × skattesats: a wider error in its growth spreads balanskravsresultat more.
    const wide = editedModel({ ...NO_EDITS, spreads: { skatteunderlag: [1.1, 2, 2.6, 3] } });
    const band = (model?: ReturnType<typeof editedModel>) => {
      const summary = simulate(plan, [NO_CHANGES], { draws: 2000, seed: 3, ...(model ? { model } : {}) });
      const last = summary?.scenarios[0]?.years.at(-1)?.balanskravsresultat;
      return last ? last.p95 - last.p5 : Number.NaN;
    };
    expect(band(wide)).toBeGreaterThan(1.5 * band());
  });
});

describe('edits read back', () => {
  const good: ParameterEdits = {
    spreads: { skatteunderlag: [0.55, 10, 1.3, 1.5] },
    correlations: { [SP]: 0.5 },
    steps: { befolkning: 0.5 },
  };

  it('stand when each figure would be taken (a questioned one was confirmed)', () => {
    expect(validEdits(good)).toEqual(good);
    expect(validEdits(NO_EDITS)).toEqual(NO_EDITS);
  });

  it('do not stand with a figure the editor refuses', () => {
    expect(validEdits({ ...good, spreads: { skatteunderlag: [0.55, -1, 1.3, 1.5] } })).toBeUndefined();
    expect(validEdits({ ...good, spreads: { skatteunderlag: [0.55, 1] } })).toBeUndefined();
    expect(validEdits({ ...good, spreads: { befolkning: [0.2, 0.5, 0.4, 0.8] } })).toBeUndefined();
    expect(validEdits({ ...good, correlations: { [SP]: 0.99 } })).toBeUndefined();
    expect(validEdits({ ...good, correlations: { 'befolkning|prisindex': 0.1 } })).toBeUndefined();
    expect(validEdits({ ...good, steps: { skatteunderlag: 0 } })).toBeUndefined();
  });
});
