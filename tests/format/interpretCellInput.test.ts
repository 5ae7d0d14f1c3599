import { describe, expect, it } from 'vitest';
import { interpretCellInput, splitPastedRow } from '../../src/format/interpretCellInput';

const skattesats = { label: 'Skattesats', unit: 'kr', bounds: { min: 5, max: 20 } } as const;
const investeringar = {
  label: 'Materiella investeringar',
  unit: 'mnkr',
  bounds: { min: 0, max: 1_000_000 },
} as const;
const befolkning = { label: 'Befolkning', unit: 'invanare', bounds: { min: 1, max: 20_000_000 } } as const;
const lpik = { label: 'LPIK', unit: 'procent', bounds: { min: -20, max: 30 } } as const;

describe('interpretCellInput', () => {
  it('takes +10 öre relative to the current skattesats, exactly', () => {
    expect(interpretCellInput('+10 öre', skattesats, 11.34)).toEqual({ ok: true, value: 11.44 });
    expect(interpretCellInput('−5 öre', skattesats, 11.34)).toEqual({ ok: true, value: 11.29 });
    expect(interpretCellInput('+10 öre', investeringar, 867).ok).toBe(false);
  });

  it('reads a signed percentage on an amount as a relative change, and % on a percent row as the value', () => {
    expect(interpretCellInput('+20 %', investeringar, 867)).toEqual({ ok: true, value: 1040.4 });
    expect(interpretCellInput('−10 %', investeringar, 500)).toEqual({ ok: true, value: 450 });
    expect(interpretCellInput('20 %', investeringar, 867)).toMatchObject({ ok: false, message: /\+20 %/ });
    expect(interpretCellInput('−5 %', lpik, 0.8)).toEqual({ ok: true, value: -5 });
  });

  it('enforces whole inhabitants and the row bounds with Swedish messages', () => {
    expect(interpretCellInput('248 103,5', befolkning, 248103)).toEqual({
      ok: false,
      message: 'Befolkningen anges i hela invånare.',
    });
    expect(interpretCellInput('0,5', skattesats, 11.34)).toEqual({
      ok: false,
      message: 'Skattesats ska ligga mellan 5,00 och 20,00 kr.',
    });
    expect(interpretCellInput('-1', investeringar, 867)).toMatchObject({
      ok: false,
      message: /ska ligga mellan/,
    });
  });

  it('splits a row pasted from Excel into cells, dropping trailing empties', () => {
    expect(splitPastedRow('11,40\t11,50\t\t\r\n')).toEqual([['11,40', '11,50']]);
    expect(splitPastedRow('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
