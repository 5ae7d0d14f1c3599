import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSvNumber } from '../../src/format/parseSvNumber';

const value = (text: string) => {
  const parsed = parseSvNumber(text);
  return parsed.ok ? parsed.value : parsed.message;
};

describe('parseSvNumber', () => {
  it.each([
    ['11,44', 11.44],
    ['1 234', 1234],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['\u22122,5', -2.5],
    ['–2,5', -2.5],
    ['-2.5', -2.5],
    ['11.44', 11.44],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['+50', 50],
    [' 3 % ', 3],
    ['−5 %', -5],
    ['867 mnkr', 867],
    [',5', 0.5],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 9);
  });

  it('marks percent and relative öre', () => {
    expect(parseSvNumber('3 %')).toEqual({ ok: true, value: 3, percent: true, relativeKronor: undefined });
    expect(parseSvNumber('+10 öre')).toEqual({ ok: true, value: 0.1, percent: false, relativeKronor: 0.1 });
    expect(parseSvNumber('−5 öre')).toEqual({
      ok: true,
      value: -0.05,
      percent: false,
      relativeKronor: -0.05,
    });
  });

  it.each([
    ['', /tom/],
    ['tio', /Skriv ett tal/],
    ['11,4,4', /decimaltecken/],
    ['1,2.3', /decimaltecken/],
    ['12abc', /Skriv ett tal/],
    ['1e5', /Skriv ett tal/],
    ['5 % öre', /öre eller procent|Skriv ett tal/],
    ['9'.repeat(20), /för stort/],
  ])('refuses %j with a Swedish message', (text, message) => {
    const parsed = parseSvNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const parsed = parseSvNumber(text);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
    );
  });
});
