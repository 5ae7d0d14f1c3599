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
    ['1234', 1234],
    ['1 234 567', 1234567],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['1\u2009234\u2009567,25', 1234567.25],
    ['\u22122,5', -2.5],
    ['–2,5', -2.5],
    ['—2,5', -2.5],
    ['\u2212 5', -5],
    ['-2.5', -2.5],
    ['11.44', 11.44],
    ['1.5', 1.5],
    ['0.500', 0.5],
    ['1.2345', 1.2345],
    ['1.234,5', 1234.5],
    ['1.234.567,5', 1234567.5],
    ['1 234.5', 1234.5],
    ['+50', 50],
    [' 3 % ', 3],
    ['−5 %', -5],
    ['867 mnkr', 867],
    ['50 Mkr', 50],
    ['248 103 invånare', 248103],
    ['25 år', 25],
    [',5', 0.5],
    ['1,000', 1],
    ['\u200b1\u00a0234\ufeff', 1234],
    ['\uff15\uff10', 50],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('keeps the typed sign and unit for the caller to read', () => {
    expect(parseSvNumber('3 %')).toEqual({
      ok: true,
      value: 3,
      exact: '3',
      sign: undefined,
      suffix: 'procent',
    });
    expect(parseSvNumber('+10 öre')).toEqual({ ok: true, value: 10, exact: '10', sign: '+', suffix: 'ore' });
    expect(parseSvNumber('\u22125 öre')).toEqual({
      ok: true,
      value: -5,
      exact: '-5',
      sign: '-',
      suffix: 'ore',
    });
    expect(parseSvNumber('+0,5 p.e.')).toMatchObject({ value: 0.5, sign: '+', suffix: 'procentenheter' });
    expect(parseSvNumber('0')).toEqual({
      ok: true,
      value: 0,
      exact: '0',
      sign: undefined,
      suffix: undefined,
    });
    expect(Object.is(value('-0'), 0)).toBe(true);
  });

  it.each([
    ['', /tom/],
    ['tio', /Skriv ett tal/],
    ['11,4,4', /decimaltecken/],
    ['1,2.3', /decimaltecken/],
    ['12abc', /Skriv ett tal/],
    ['1e5', /Skriv ett tal/],
    ['5 % öre', /öre eller procent/],
    ['5 mnkr kr', /en enhet/],
    ['9'.repeat(20), /för stort/],
    ['(50)', /minustecken/],
    ['5-', /Skriv ett tal/],
  ])('refuses %j with a Swedish message', (text, message) => {
    const parsed = parseSvNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it.each(['50\t60\t70', '50\n60', '50\r60', '50\r\n', '\t5', '1\u2028000'])(
    'never reads a tab or a line break as part of a number: %j',
    (text) => {
      expect(value(text)).toMatch(/tabb eller radbrytning/);
    },
  );

  it.each(['248 53', '12 34', '1 23', '1234 567', '1 2345', '12 345 67', '1 234,5 6'])(
    'refuses digit groups other than three: %j',
    (text) => {
      expect(value(text)).toMatch(/tre och tre/);
    },
  );

  it('refuses a dot before three digits as ambiguous, with a suggestion', () => {
    expect(value('1.000')).toBe(
      'Menade du 1\u00a0000 eller 1,000? Skriv tusental med mellanslag (1\u00a0000) och decimaler med komma (1,5).',
    );
    expect(value('1.000.000')).toBe(
      'Menade du 1\u00a0000\u00a0000? Skriv tusental med mellanslag (1\u00a0000\u00a0000) och decimaler med komma (1,5).',
    );
    expect(value('\u221212.345')).toMatch(/^Menade du \u221212\u00a0345 eller \u221212,345\?/);
  });
});
