import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatKr,
  formatMnkr,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../../src/format/formatNumber';
import { parseSvNumber } from '../../src/format/parseSvNumber';

describe('formatNumber', () => {
  it('formats sv-SE: no-break space groups, decimal comma, the minus sign', () => {
    expect(formatNumber(1234.5, 1)).toBe('1\u00a0234,5');
    expect(formatNumber(-10841.5, 0)).toBe('\u221210\u00a0842');
    expect(formatNumber(0.05, 1)).toBe('0,1');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatMnkr(1234.5, 1)).toBe('1\u00a0234,5\u00a0mnkr');
    expect(formatKr(11.34)).toBe('11,34\u00a0kr');
    expect(formatPercent(1.2149)).toBe('1,2\u00a0%');
    expect(formatSigned(69.894, 1)).toBe('+69,9');
    expect(formatSigned(-35, 0)).toBe('\u221235');
    expect(formatSigned(0.01, 0)).toBe('0');
  });

  it('rounds half-up from the unrounded value', () => {
    expect(formatNumber(132.5, 0)).toBe('133');
    expect(formatNumber(-35.5, 0)).toBe('\u221236');
    expect(formatNumber(2.675, 2)).toBe('2,68');
  });

  it('parses back what it formats', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const value = n / 10 ** decimals;
        const parsed = parseSvNumber(formatNumber(value, decimals));
        expect(parsed.ok && parsed.value).toBeCloseTo(value, 6);
      }),
    );
  });
});
