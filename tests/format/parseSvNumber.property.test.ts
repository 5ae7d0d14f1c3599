import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  formatKr,
  formatMnkr,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../../src/format/formatNumber';
import { parseSvNumber } from '../../src/format/parseSvNumber';
import { editText } from '../../src/ui/grid/cellDisplay';

/** Issue 12 §8: at least 10 000 generated inputs per property, quick enough for CI. */
const RUNS = { numRuns: 10_000 } as const;
const BREAKS = ['\t', '\n', '\r', '\r\n', '\u2028', '\v'];
const SPACES = [' ', '\u00a0', '\u202f', '\u2009', '\u2007'];
const MINUSES = ['-', '\u2212', '\u2013', '\u2014', '\u2012'];

/** Text that looks like numbers a person types or pastes, tabs and stray separators included. */
const numberish = fc
  .array(
    fc.constantFrom(
      ...'0123456789'.split(''),
      ...SPACES,
      ...MINUSES,
      ...BREAKS,
      ',',
      '.',
      '+',
      '%',
      ' öre',
      ' mnkr',
      ' kr',
      '(',
      ')',
      'e',
      '\u200b',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  numberish,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom(...'0123456789'.split('')), { minLength: min, maxLength: max })
    .map((d) => d.join(''));
const leadGroup = fc.tuple(fc.constantFrom(...'123456789'.split('')), digits(0, 2)).map(([a, b]) => a + b);

describe('parseSvNumber, generated input', () => {
  it('never throws and never returns NaN, Infinity or −0; a tab or line break is never in a number', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const parsed = parseSvNumber(text);
        if (!parsed.ok) return typeof parsed.message === 'string' && parsed.message.length > 0;
        return (
          Number.isFinite(parsed.value) &&
          !Object.is(parsed.value, -0) &&
          new Decimal(parsed.exact).toNumber() === parsed.value &&
          !/[\t\n\r\v\f\u2028\u2029]/.test(text)
        );
      }),
      RUNS,
    );
  });

  it('refuses a readable number as soon as a tab or line break is inside or around it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom(...BREAKS),
        fc.nat(12),
        (n, br, at) => {
          const text = formatNumber(n, 0);
          const cut = Math.min(at, text.length);
          return !parseSvNumber(text.slice(0, cut) + br + text.slice(cut)).ok;
        },
      ),
      RUNS,
    );
  });

  it('reads back every number the app formats, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const exact = new Decimal(n).dividedBy(10 ** decimals);
        const value = exact.toNumber();
        const texts = [
          formatNumber(value, decimals),
          formatSigned(value, decimals),
          formatMnkr(value, decimals),
          formatKr(value, decimals),
          formatPercent(value, decimals),
          editText(value),
        ];
        return texts.every((text) => {
          const parsed = parseSvNumber(text);
          return parsed.ok && parsed.value === value;
        });
      }),
      RUNS,
    );
  });

  it('reads groups of three digits with any space, and refuses any other grouping', () => {
    const groups = fc.array(digits(1, 5), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(leadGroup, groups, fc.constantFrom(...SPACES), (lead, rest, space) => {
        const parsed = parseSvNumber([lead, ...rest].join(space));
        const wellFormed = rest.every((group) => group.length === 3);
        if (wellFormed) return parsed.ok && parsed.value === Number([lead, ...rest].join(''));
        return !parsed.ok && /tre och tre/.test(parsed.message);
      }),
      RUNS,
    );
  });

  it('refuses a dot before exactly three digits (1.000, 12.345, 1.000.000) and suggests the spaced form', () => {
    fc.assert(
      fc.property(leadGroup, fc.array(digits(3, 3), { minLength: 1, maxLength: 3 }), (lead, groups) => {
        const parsed = parseSvNumber([lead, ...groups].join('.'));
        return !parsed.ok && parsed.message.startsWith(`Menade du ${[lead, ...groups].join('\u00a0')}`);
      }),
      RUNS,
    );
  });

  it('keeps a leading minus of any kind', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.constantFrom(...MINUSES),
        fc.boolean(),
        (n, minus, gap) => {
          const parsed = parseSvNumber(`${minus}${gap ? ' ' : ''}${formatNumber(n / 100, 2)}`);
          return parsed.ok && parsed.sign === '-' && parsed.value === -n / 100;
        },
      ),
      RUNS,
    );
  });
});
