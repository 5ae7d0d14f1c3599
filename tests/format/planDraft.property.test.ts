import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftToPlan } from '../../src/format/planDraftPlan';
import { pasteBlock, pasteRow, type PasteGrid } from '../../src/format/planDraftPaste';
import { draftGridRows } from '../../src/format/planDraftRows';
import { emptyStatement, type DraftStatement, type PlanDraft } from '../../src/model/planDraft';
import { matchLabel, normaliseLabel } from '../../src/model/planDraftMatch';
import { newDraft } from '../../src/model/planDraftPresets';
import { CATALOGUE } from '../../src/model/catalogue/catalogue';

const YEARS = [2024, 2025, 2026, 2027];
const ROWS = draftGridRows('resultatbudget', emptyStatement()).map((r) => r.id);
const LABELS = CATALOGUE.resultatbudget.map((r) => r.label);

/** Text a spreadsheet cell may hold: Swedish numbers, garbage, units, blanks, labels. */
const cellText = fc.oneof(
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .map((n) => n.toFixed(1).replace('.', ',').replace('-', '−')),
  fc.integer({ min: -99999, max: 99999 }).map((n) => n.toLocaleString('sv-SE')),
  fc.constantFrom('', ' ', '1.000', 'NaN', 'Infinity', '1e9', '(50)', '12 34', '−', '—', 'x', '#REF!', '5 %'),
  fc.string({ maxLength: 8 }),
);
const labelText = fc.oneof(
  fc.constantFrom(...LABELS),
  fc.constantFrom(...LABELS).map((l) => `SUMMA ${l.toUpperCase()} (mnkr)`),
  fc.string({ maxLength: 20 }),
);
const block = (withLabels: boolean) =>
  fc.array(
    fc
      .tuple(withLabels ? labelText : cellText, fc.array(cellText, { maxLength: 6 }))
      .map(([a, rest]) => [a, ...rest]),
    { minLength: 1, maxLength: 12 },
  );
const grid = (row: number, column: number): PasteGrid => ({
  statement: 'resultatbudget',
  rowIds: ROWS,
  years: YEARS,
  row,
  column,
});
const draftWith = (statement: DraftStatement): PlanDraft => ({
  ...newDraft('kommun'),
  organisation: { name: 'Test kommun', kind: 'kommun', code: '' },
  planName: 'Test',
  years: { firstBudget: '2024', budget: 4, kalkyl: 0, history: 0 },
  statements: { resultatbudget: statement },
});
const allValues = (draft: PlanDraft) =>
  (draftToPlan(draft)?.statements.resultatbudget.rows ?? []).flatMap((r) => Object.values(r.values));

describe('pasting any block into a new plan', () => {
  it('never yields NaN or an infinite figure, labelled or not', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean().chain((l) => block(l)),
        fc.nat(ROWS.length),
        fc.nat(4),
        (_, b, r, c) => {
          const out = pasteBlock(emptyStatement(), b, grid(r, c));
          for (const value of allValues(draftWith(out.statement))) expect(Number.isFinite(value)).toBe(true);
        },
      ),
    );
  });

  it('a block of numbers changes only the cells under it', () => {
    fc.assert(
      fc.property(block(false), fc.nat(ROWS.length - 1), fc.nat(3), (b, r, c) => {
        // Label-looking first cells would make it a labelled block: keep the block numeric-only here.
        const numeric = b.map((row) => row.map((text) => (/\p{L}/u.test(text) ? '' : text)));
        const before: DraftStatement = {
          ...emptyStatement(),
          cells: Object.fromEntries(ROWS.map((id) => [id, Object.fromEntries(YEARS.map((y) => [y, '7']))])),
        };
        const after = pasteBlock(before, numeric, grid(r, c)).statement;
        ROWS.forEach((id, ri) =>
          YEARS.forEach((year, ci) => {
            const inside =
              ri >= r && ri < r + numeric.length && ci >= c && ci - c < (numeric[ri - r]?.length ?? 0);
            if (!inside) expect(after.cells[id]?.[year]).toBe('7');
          }),
        );
      }),
    );
  });

  it('pasting the same labelled block twice gives what pasting it once gave', () => {
    fc.assert(
      fc.property(block(true), (b) => {
        const once = pasteBlock(emptyStatement(), b, grid(0, 0));
        const twice = pasteBlock(once.statement, b, grid(0, 0));
        expect(twice.statement).toEqual(once.statement);
      }),
    );
  });

  it('matching is idempotent: a label and its normal form match the same row', () => {
    fc.assert(
      fc.property(labelText, (label) => {
        expect(normaliseLabel(normaliseLabel(label))).toBe(normaliseLabel(label));
        const match = matchLabel(label, 'resultatbudget');
        if (match && match.how !== 'close')
          expect(matchLabel(normaliseLabel(label), 'resultatbudget')?.id).toBe(match.id);
      }),
    );
  });
});

describe('pasting a row of figures into a driver', () => {
  it('fills the years from the selected one and nothing else', () => {
    fc.assert(
      fc.property(block(false), fc.nat(3), (b, column) => {
        const before = Object.fromEntries(YEARS.map((y) => [String(y), '7']));
        const after = pasteRow(before, b, YEARS, column);
        YEARS.forEach((year, c) => {
          const inside = c >= column && c - column < (b[0]?.length ?? 0);
          if (!inside) expect(after[String(year)]).toBe('7');
          else expect(after[String(year)] ?? '').toBe((b[0]?.[c - column] ?? '').trim());
        });
      }),
    );
  });
});
