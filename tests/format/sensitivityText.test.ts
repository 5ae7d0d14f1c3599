import { describe, expect, it } from 'vitest';
import { effectText, moveText, stepText } from '../../src/format/sensitivityText';

describe('the tornado’s words', () => {
  it('says a move in procentenheter or in percent of the level', () => {
    expect(moveText(1.3, 'rate')).toBe('±1,3 procentenheter');
    expect(moveText(0.55, 'rate')).toBe('±0,55 procentenheter');
    expect(moveText(0.6, 'level')).toBe('±0,6 % av nivån');
  });

  it('gives an effect its sign and unit, in tenths below 100 mnkr', () => {
    expect(effectText(-344.1, 'mnkr')).toBe('−344\u00a0mnkr');
    expect(effectText(19.85, 'mnkr')).toBe('+19,9\u00a0mnkr');
    expect(effectText(-0.5069, 'procent')).toBe('−0,5\u00a0p.e.');
    expect(effectText(0, 'mnkr')).toBe('0,0\u00a0mnkr');
  });
});

describe('the two-way table’s head', () => {
  it('names each move in öre or in typical errors', () => {
    expect(stepText(-10, 'ore')).toBe('−10\u00a0öre');
    expect(stepText(20, 'ore')).toBe('+20\u00a0öre');
    expect(stepText(1, 'fel')).toBe('+1 typiskt fel');
    expect(stepText(-2, 'fel')).toBe('−2 typiska fel');
    expect(stepText(0, 'fel')).toBe('som i scenariot');
  });
});
