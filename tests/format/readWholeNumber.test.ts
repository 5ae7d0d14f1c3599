import { describe, expect, it } from 'vitest';
import { readWholeNumber } from '../../src/format/readWholeNumber';

const draws = { what: 'Antalet dragningar', min: 1, max: 100_000 };

describe('readWholeNumber', () => {
  it('takes a whole number as a Swede writes it', () => {
    expect(readWholeNumber('10 000', draws)).toEqual({ ok: true, value: 10_000 });
    expect(readWholeNumber('2000', draws)).toEqual({ ok: true, value: 2000 });
  });

  it('refuses in Swedish what is not a whole number within the limits', () => {
    expect(readWholeNumber('1,5', draws)).toEqual({
      ok: false,
      message: 'Antalet dragningar ska vara ett heltal, inte 1,5.',
    });
    expect(readWholeNumber('0', draws)).toEqual({
      ok: false,
      message: 'Antalet dragningar ska vara mellan 1 och 100\u00a0000.',
    });
    expect(readWholeNumber('200000', draws).ok).toBe(false);
    expect(readWholeNumber('5 %', draws).ok).toBe(false);
    expect(readWholeNumber('+5', draws).ok).toBe(false);
    expect(readWholeNumber(' ', draws)).toEqual({ ok: false, message: 'Antalet dragningar saknas.' });
    expect(readWholeNumber('tio', draws)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Antalet dragningar: /),
    });
  });
});
