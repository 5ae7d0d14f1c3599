import { describe, expect, it } from 'vitest';
import { amountRuns } from '../../../src/ui/summary/amountRuns';

const YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

describe('amountRuns', () => {
  it('says an amount that is the same every year once, with its years', () => {
    const amounts = Object.fromEntries(YEARS.map((year) => [String(year), -11]));
    expect(amountRuns(amounts, YEARS)).toBe('2025–2030 \u221211,0 per år');
  });

  it('keeps runs apart where the amount changes or a year has none', () => {
    expect(amountRuns({ '2025': 50, '2026': 50, '2028': 20 }, YEARS)).toBe(
      '2025–2026 50,0 per år; 2028 20,0',
    );
    expect(amountRuns({ '2025': 5, '2027': 5 }, YEARS)).toBe('2025 5,0; 2027 5,0');
  });

  it('says nothing for a change without amounts', () => {
    expect(amountRuns({}, YEARS)).toBe('');
  });
});
