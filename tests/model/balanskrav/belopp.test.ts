import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { mnkrText } from '../../../src/model/balanskrav/belopp';

describe('mnkrText', () => {
  it('writes mnkr the Swedish way: decimal comma, no-break space groups, the true minus sign', () => {
    expect(mnkrText(new Decimal('-18.6'))).toBe('\u221218,6\u00a0mnkr');
    expect(mnkrText(new Decimal('1322.3'))).toBe('1\u00a0322,3\u00a0mnkr');
    expect(mnkrText(new Decimal('185'))).toBe('185\u00a0mnkr');
    // 1 % of 1 322,3 = 13,223: shown exactly, up to three decimals
    expect(mnkrText(new Decimal('13.223'))).toBe('13,223\u00a0mnkr');
    expect(mnkrText(new Decimal('0.12345'))).toBe('0,123\u00a0mnkr');
    expect(mnkrText(new Decimal('-0'))).toBe('0\u00a0mnkr');
  });
});
