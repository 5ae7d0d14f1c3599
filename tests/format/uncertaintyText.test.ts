import { describe, expect, it } from 'vitest';
import {
  basisText,
  headlineText,
  marginText,
  MAX_START_VALUE,
  spreadText,
  START_VALUE,
} from '../../src/format/uncertaintyText';
import { readWholeNumber } from '../../src/format/readWholeNumber';

const parseStartValue = (text: string) => readWholeNumber(text, START_VALUE);

const NBSP = '\u00a0';
/** One standard error of a probability p estimated from n draws: √(p(1 − p)/n). */
const se = (p: number, n: number) => ({ p, standardError: Math.sqrt((p * (1 - p)) / n) });

describe('the start value', () => {
  it('takes a whole number from 0 up, typed the Swedish way', () => {
    expect(parseStartValue('1')).toEqual({ ok: true, value: 1 });
    expect(parseStartValue('0')).toEqual({ ok: true, value: 0 });
    expect(parseStartValue('2 026')).toEqual({ ok: true, value: 2026 });
    expect(parseStartValue(' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseStartValue('4 294 967 295')).toEqual({ ok: true, value: 4_294_967_295 });
  });

  it('refuses fractions, negatives, units, text and figures beyond the generator, in Swedish', () => {
    const message = (text: string) => {
      const parsed = parseStartValue(text);
      return parsed.ok ? `taken as ${parsed.value}` : parsed.message;
    };
    const range = `Startvärdet ska vara mellan 0 och 4${NBSP}294${NBSP}967${NBSP}295.`;
    expect(message('1,5')).toBe('Startvärdet ska vara ett heltal, inte 1,5.');
    expect(message('−3')).toBe(range);
    expect(message('-3')).toBe(range);
    expect(message('3 %')).toMatch(/utan enhet/);
    expect(message('abc')).toMatch(/^Startvärdet: Skriv ett tal/);
    expect(message('')).toBe('Startvärdet saknas.');
    expect(message(String(MAX_START_VALUE + 1))).toBe(range);
  });
});

describe('the assumptions in words', () => {
  it('gives each horizon’s typical error with at least one decimal', () => {
    expect(spreadText({ kind: 'rate', sd: [0.55, 1, 1.3, 1.5] })).toBe(
      `0,55 / 1,0 / 1,3 / 1,5${NBSP}procentenheter`,
    );
    expect(spreadText({ kind: 'level', sd: [0.2, 0.4, 0.6, 0.8] })).toBe(
      `0,2 / 0,4 / 0,6 / 0,8${NBSP}% av nivån`,
    );
    expect(spreadText({ kind: 'return', sd: [9.56] })).toBe(`9,56${NBSP}procentenheter`);
    expect(basisText('publicerat')).toBe('Publicerat');
    expect(basisText('bedömning')).toBe('Bedömning');
  });

  it('states the margin as 1,96 standard errors of the least certain probability, rounded up', () => {
    // p = 0,5 is the least certain: √(0,25/10 000) = 0,005; 1,96 · 0,5 = 0,98 procentenheter → at most 1.
    expect(marginText(10_000, [se(0.9, 10_000), se(0.5, 10_000)])).toBe(
      `Med 10${NBSP}000 dragningar är felmarginalen högst ±1${NBSP}procentenhet (i 19 fall av 20).`,
    );
    // √(0,25/1 000) = 0,01581; 1,96 · 1,581 = 3,099 → 3,1.
    expect(marginText(1_000, [se(0.5, 1_000)])).toContain(`±3,1${NBSP}procentenheter`);
    // √(0,25/50 000) = 0,002236; 1,96 · 0,2236 = 0,438 → 0,5.
    expect(marginText(50_000, [se(0.5, 50_000)])).toContain(`±0,5${NBSP}procentenheter`);
    expect(marginText(1_000, [se(1, 1_000)])).toMatch(/mindre än en tiondels procentenhet/);
  });
});

describe('the headline', () => {
  it('says both chances as percent and in tenths', () => {
    expect(headlineText(2027, 0.62, 0.71)).toBe(
      'Sannolikheten att balanskravet klaras 2027 är 62 % med planen och 71 % med scenariot: i 6 respektive 7 fall av 10.',
    );
  });

  it('says it once when both read the same, and each in its own words otherwise', () => {
    expect(headlineText(2026, 0.54, 0.54)).toBe(
      'Sannolikheten att balanskravet klaras 2026 är 54 % med planen och 54 % med scenariot: i ungefär hälften av fallen med båda.',
    );
    expect(headlineText(2025, 0.37, 0.999)).toBe(
      'Sannolikheten att balanskravet klaras 2025 är 37 % med planen och över 99 % med scenariot: i 4 fall av 10 med planen och i nästan alla fall med scenariot.',
    );
  });
});
