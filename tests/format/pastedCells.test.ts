import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  interpretPaste,
  singlePastedCell,
  splitPastedRow,
  type PasteTarget,
} from '../../src/format/pastedCells';
import { modelRows } from '../../src/model/modelRows';
import type { InputRow } from '../../src/model/rowSpec';
import { plan } from '../helpers';

/** Issue 12 §8: at least 10 000 generated inputs per property, quick enough for CI. */
const RUNS = { numRuns: 10_000 } as const;
const rows = modelRows(plan);

describe('splitPastedRow', () => {
  it('splits an Excel row into cells at tabs and rows at any line break', () => {
    expect(splitPastedRow('11,40\t11,50\t\t\r\n')).toEqual([['11,40', '11,50']]);
    expect(splitPastedRow('50\t60\t70')).toEqual([['50', '60', '70']]);
    expect(splitPastedRow('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitPastedRow('1\r2\r\n3\n\n')).toEqual([['1'], ['2'], ['3']]);
    expect(splitPastedRow('"1\n2"\t"a""b"\t3')).toEqual([['1\n2', 'a"b', '3']]);
    expect(splitPastedRow('"50\t60')).toEqual([['"50', '60']]);
    expect(splitPastedRow('')).toEqual([]);
    expect(splitPastedRow('\r\n')).toEqual([]);
  });

  it('gives back the cells that were joined, with no tab or line break inside a cell', () => {
    const cell = fc.string({ maxLength: 8 }).filter((text) => !/[\t\n\r"]/.test(text));
    const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(grid, fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(), (cells, eol, final) => {
        const text = cells.map((r) => r.join('\t')).join(eol) + (final ? eol : '');
        const expected = cells.map((r) => {
          const kept = [...r];
          while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
          return kept;
        });
        while (expected.length > 0 && expected[expected.length - 1]?.length === 0) expected.pop();
        const split = splitPastedRow(text);
        expect(split).toEqual(expected);
        return split.flat().every((c) => !/[\t\n\r]/.test(c));
      }),
      RUNS,
    );
  });

  it('never throws on anything pasted; outside quotes no cell holds a tab or a line break', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const cells = splitPastedRow(text).flat();
        if (cells.join('').length > text.length) return false;
        return text.includes('"') || cells.every((cell) => !/[\t\n\r]/.test(cell));
      }),
      RUNS,
    );
  });
});

describe('singlePastedCell', () => {
  it('takes one cell, also with Excel’s line break after it, and refuses several', () => {
    expect(singlePastedCell('1 234\r\n')).toEqual({ ok: true, text: '1 234' });
    expect(singlePastedCell('50\t60\t70')).toEqual({
      ok: false,
      message: 'Här ryms ett tal, men det du klistrade in har 3 celler. Kopiera en cell i taget.',
    });
    expect(singlePastedCell('50\n60').ok).toBe(false);
  });
});

describe('interpretPaste', () => {
  const befolkning = rows.byId.get('befolkning') as InputRow;
  const targets = (column: number): PasteTarget<number> | string => {
    const year = [2025, 2026, 2027][column];
    if (year === undefined) return 'Raden har inte så många år.';
    const planValue = befolkning.planValue(year);
    return {
      key: year,
      name: `Befolkning ${year}`,
      spec: befolkning,
      cell: { year, current: planValue, plan: planValue },
    };
  };

  it('reads every cell, and asks about an implausible one before anything is applied', () => {
    expect(interpretPaste(splitPastedRow('248 200\t+100\t\t'), (_, c) => targets(c))).toEqual({
      kind: 'values',
      values: [
        { key: 2025, value: 248_200 },
        { key: 2026, value: 248_376 }, // 248 276 + 100
      ],
      questions: [],
    });
    const asked = interpretPaste(splitPastedRow('248 200\t1 000'), (_, c) => targets(c));
    expect(asked).toMatchObject({
      kind: 'values',
      questions: [expect.stringMatching(/^Befolkning 2026: 1\u00a0000\u00a0invånare är 247\u00a0276 färre/)],
    });
  });

  it('refuses the whole paste when one cell is refused or has nowhere to go', () => {
    expect(interpretPaste(splitPastedRow('1\tx'), (_, c) => targets(c))).toMatchObject({
      kind: 'refused',
      message: /^Befolkning 2026: Skriv ett tal.* Inget klistrades in\.$/,
    });
    expect(interpretPaste(splitPastedRow('1\t2\t3\t4'), (_, c) => targets(c))).toEqual({
      kind: 'refused',
      message: 'Raden har inte så många år. Inget klistrades in.',
    });
  });
});
