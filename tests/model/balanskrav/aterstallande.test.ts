import { describe, expect, it } from 'vitest';
import { aterstallande } from '../../../src/model/balanskrav/aterstallande';

const NBSP = '\u00a0';
const mnkr = (text: string) => `${text}${NBSP}mnkr`;
const series = (first: number, values: number[]) =>
  values.map((balanskravsresultat, i) => ({ year: first + i, balanskravsresultat }));
const none = { earlier: [], decisions: [], restoreYears: 3 };

describe('aterstallande: oldest first within three years', () => {
  // 2024 −10 (due 2027), 2025 −20 (due 2028), then +4, +3, +15, +8.
  const years = aterstallande(series(2024, [-10, -20, 4, 3, 15, 8]), none);
  const left = (i: number) => years[i]?.deficits.map((d) => [d.year, d.left.toString(), d.status]);

  it('gives each deficit its deadline three years after its year', () => {
    expect(years[0]?.deficits[0]?.deadline).toBe(2027);
    expect(years[0]?.deficits[0]?.text).toBe(
      `Underskottet 2024 på ${mnkr('10')} ska återställas senast 2027`,
    );
    expect(years[1]?.deficits[1]?.deadline).toBe(2028);
    // left at the end of 2025: 10 + 20 = 30
    expect(years[1]?.left.toString()).toBe('30');
    expect(years[1]?.atgardsplanKravs).toBe(true);
  });

  it('restores the oldest deficit first, partly', () => {
    // 2026: +4 goes to 2024's 10 → 6 left; 2025's 20 untouched.
    expect(years[2]?.restoredThisYear.toString()).toBe('4');
    expect(left(2)).toEqual([
      [2024, '6', 'pagar'],
      [2025, '20', 'pagar'],
    ]);
    expect(years[2]?.deficits[0]?.text).toBe(
      `Av underskottet 2024 återstår ${mnkr('6')} att återställa senast 2027`,
    );
    expect(years[2]?.aterstallsInteITid).toBe(false);
  });

  it('flags a deficit left after its deadline', () => {
    // 2027: +3 → 2024's deficit has 3 left at the end of its last year.
    expect(left(3)).toEqual([
      [2024, '3', 'forsenad'],
      [2025, '20', 'pagar'],
    ]);
    expect(years[3]?.aterstallsInteITid).toBe(true);
    expect(years[3]?.messages).toEqual([
      'Åtgärdsplan krävs',
      'Återställs inte i tid',
      `Underskottet 2024 återställs inte i tid: ${mnkr('3')} återstår efter 2027`,
      // 2025's deficit is untouched so far
      `Underskottet 2025 på ${mnkr('20')} ska återställas senast 2028`,
    ]);
  });

  it('still restores a late deficit first, then the next', () => {
    // 2028: +15 → 3 to 2024 (restored, late), 12 to 2025 → 8 left at the end of 2025's last year.
    expect(years[4]?.restoredThisYear.toString()).toBe('15');
    expect(left(4)).toEqual([
      [2024, '0', 'aterstalld'],
      [2025, '8', 'forsenad'],
    ]);
    expect(years[4]?.aterstallsInteITid).toBe(true);
    // 2029: +8 restores the rest; nothing waits, no flag.
    expect(years[5]?.left.toString()).toBe('0');
    expect(years[5]?.atgardsplanKravs).toBe(false);
    expect(years[5]?.aterstallsInteITid).toBe(false);
    expect(years[5]?.deficits.map((d) => d.text)).toEqual([
      `Underskottet 2025 på ${mnkr('20')} är återställt`,
    ]);
  });

  it('restores no more than is owed', () => {
    // −5 then +12: 5 restored, not 12.
    const [, second] = aterstallande(series(2024, [-5, 12]), none);
    expect(second?.restoredThisYear.toString()).toBe('5');
    expect(second?.left.toString()).toBe('0');
  });
});

describe('aterstallande: synnerliga skäl', () => {
  const reason = 'Engångskostnad för ändrad diskonteringsränta i RIPS';

  it('lifts the duty for the amount the decision names', () => {
    // −10 in 2024, 4 lifted: 6 to restore by 2027.
    const [y] = aterstallande(series(2024, [-10]), {
      ...none,
      decisions: [{ year: 2024, amount: 4, reason }],
    });
    expect(y?.left.toString()).toBe('6');
    expect(y?.deficits[0]?.lifted.toString()).toBe('4');
    expect(y?.deficits[0]?.text).toBe(
      `Av underskottet 2024 återstår ${mnkr('6')} att återställa senast 2027; ${mnkr('4')} återställs inte av synnerliga skäl (${reason})`,
    );
  });

  it('lifts the whole deficit when the decision names no amount, and never more than the deficit', () => {
    const [whole] = aterstallande(series(2024, [-10]), { ...none, decisions: [{ year: 2024, reason }] });
    expect(whole?.left.toString()).toBe('0');
    expect(whole?.atgardsplanKravs).toBe(false);
    expect(whole?.deficits[0]?.text).toBe(
      `Underskottet 2024 på ${mnkr('10')} återställs inte: synnerliga skäl (${reason})`,
    );
    const [capped] = aterstallande(series(2024, [-10]), {
      ...none,
      decisions: [{ year: 2024, amount: 25, reason }],
    });
    expect(capped?.deficits[0]?.lifted.toString()).toBe('10');
  });

  it('lifts nothing for another year', () => {
    const [y] = aterstallande(series(2024, [-10]), { ...none, decisions: [{ year: 2025, reason }] });
    expect(y?.left.toString()).toBe('10');
  });
});

describe('aterstallande: deficits from before the plan', () => {
  it('restores an earlier deficit first and keeps its own deadline', () => {
    // 4,8 left from 2023 (due 2026), −18,6 in 2024 (due 2027), +40 in 2025 restores 4,8 + 18,6 = 23,4.
    const years = aterstallande(series(2024, [-18.6, 40]), {
      ...none,
      earlier: [{ year: 2023, amount: 4.8 }],
    });
    expect(years[0]?.deficits.map((d) => [d.year, d.deadline, d.beforePlan])).toEqual([
      [2023, 2026, true],
      [2024, 2027, false],
    ]);
    // 4,8 + 18,6 = 23,4
    expect(years[0]?.left.toString()).toBe('23.4');
    expect(years[1]?.restoredThisYear.toString()).toBe('23.4');
    expect(years[1]?.left.toString()).toBe('0');
  });

  it('flags an earlier deficit already at its deadline in the first year', () => {
    // 5 left from 2021, due 2024: a zero result in 2024 leaves it late.
    const [late] = aterstallande(series(2024, [0]), { ...none, earlier: [{ year: 2021, amount: 5 }] });
    expect(late?.aterstallsInteITid).toBe(true);
    // +5 in 2024 restores it in its last year: in time.
    const [inTime] = aterstallande(series(2024, [5]), { ...none, earlier: [{ year: 2021, amount: 5 }] });
    expect(inTime?.aterstallsInteITid).toBe(false);
    expect(inTime?.left.toString()).toBe('0');
  });

  it('refuses an earlier deficit that is not earlier, and years that skip', () => {
    expect(() => aterstallande(series(2024, [0]), { ...none, earlier: [{ year: 2024, amount: 1 }] })).toThrow(
      RangeError,
    );
    expect(() =>
      aterstallande(
        [
          { year: 2024, balanskravsresultat: 0 },
          { year: 2026, balanskravsresultat: 0 },
        ],
        none,
      ),
    ).toThrow(RangeError);
  });

  it('follows the horizon given as a parameter', () => {
    // With a two-year horizon (the rule before 2005, prop. 2003/04:105), 2024's deficit is due 2026.
    const [y] = aterstallande(series(2024, [-1]), { ...none, restoreYears: 2 });
    expect(y?.deficits[0]?.deadline).toBe(2026);
  });
});
