import { describe, expect, it } from 'vitest';
import { readSynnerligaSkal } from '../../src/format/readSynnerligaSkal';

// Sjöbo's 2024 as decided: a balanskravsresultat of −18,6 mnkr, so a deficit of 18,6 mnkr.
const year2024 = { year: 2024, deficit: 18.6, max: 1_000_000, decimals: 1 } as const;
const NBSP = '\u00a0';

describe('readSynnerligaSkal', () => {
  it('takes a positive amount within the deficit, typed the Swedish way, with the reason trimmed', () => {
    expect(readSynnerligaSkal('10', ' Pandemins kostnader ', year2024)).toEqual({
      kind: 'ok',
      amount: 10,
      reason: 'Pandemins kostnader',
    });
    expect(readSynnerligaSkal('4,8 mnkr', 'Skäl', year2024)).toMatchObject({ kind: 'ok', amount: 4.8 });
    expect(readSynnerligaSkal('+2,5', 'Skäl', year2024)).toMatchObject({ kind: 'ok', amount: 2.5 });
    // Exactly the deficit is no question.
    expect(readSynnerligaSkal('18,6', 'Skäl', year2024)).toMatchObject({ kind: 'ok', amount: 18.6 });
  });

  it('refuses what is not a positive amount in mnkr, with a Swedish message naming the amount field', () => {
    const refusal = (text: string) => readSynnerligaSkal(text, 'Skäl', year2024);
    expect(refusal('tio')).toMatchObject({ kind: 'refused', field: 'amount' });
    expect(refusal('')).toMatchObject({ kind: 'refused', field: 'amount' });
    expect(refusal('1.000')).toMatchObject({ kind: 'refused', field: 'amount' });
    expect(refusal('−5')).toEqual({
      kind: 'refused',
      field: 'amount',
      message:
        'Skriv beloppet som ett positivt tal: den del av underskottet som inte ska återställas, till exempel 10.',
    });
    expect(refusal('-0,5')).toMatchObject({ kind: 'refused', field: 'amount' });
    expect(refusal('0')).toMatchObject({ kind: 'refused', field: 'amount' });
    expect(refusal('5 %')).toMatchObject({
      kind: 'refused',
      message: 'Skriv beloppet i mnkr, till exempel 10 eller 4,8.',
    });
    expect(refusal('1 000 001')).toEqual({
      kind: 'refused',
      field: 'amount',
      message: `Beloppet får vara högst 1${NBSP}000${NBSP}000${NBSP}mnkr.`,
    });
  });

  it('requires a reason of at most 500 characters', () => {
    expect(readSynnerligaSkal('10', '   ', year2024)).toEqual({
      kind: 'refused',
      field: 'reason',
      message: 'Skriv skälen för fullmäktiges beslut.',
    });
    expect(readSynnerligaSkal('10', 'x'.repeat(500), year2024).kind).toBe('ok');
    expect(readSynnerligaSkal('10', 'x'.repeat(501), year2024)).toEqual({
      kind: 'refused',
      field: 'reason',
      message: 'Skälen får vara högst 500 tecken; nu är de 501.',
    });
  });

  it('asks about an amount above the deficit, offering the deficit, since only that counts', () => {
    expect(readSynnerligaSkal('25', 'Skäl', year2024)).toEqual({
      kind: 'question',
      amount: 25,
      reason: 'Skäl',
      question: `Underskottet 2024 är 18,6${NBSP}mnkr. Bara det räknas, inte 25${NBSP}mnkr. Registrera 18,6${NBSP}mnkr?`,
      deficit: 18.6,
    });
    expect(readSynnerligaSkal('18,65', 'Skäl', year2024)).toMatchObject({ kind: 'question', deficit: 18.6 });
  });

  it('asks about a decision for a year without a deficit', () => {
    const reading = readSynnerligaSkal('10', 'Skäl', { ...year2024, year: 2025, deficit: 0 });
    expect(reading).toMatchObject({ kind: 'question', amount: 10, deficit: undefined });
    expect(reading.kind === 'question' && reading.question).toContain('2025 har inget underskott');
  });
});
