import { describe, expect, it } from 'vitest';
import { sumParts, type SumRowShape } from '../../src/model/catalogue/sumParts';

const printed = (...ids: string[]): SumRowShape[] => ids.map((id) => ({ id }));

describe('sumParts', () => {
  it('replaces a part the plan does not print by its own parts (Sjöbo prints no nettokostnad före avskrivningar)', () => {
    const rows = printed(
      'verksamhetens_intakter',
      'verksamhetens_kostnader',
      'avskrivningar',
      'verksamhetens_nettokostnad',
    );
    expect(sumParts(rows, 'verksamhetens_nettokostnad')).toEqual([
      'verksamhetens_intakter',
      'verksamhetens_kostnader',
      'avskrivningar',
    ]);
  });

  it('sums Norrbotten-shaped equity and debt that print no "Summa eget kapital" and no "Summa skulder"', () => {
    const rows = printed(
      'anlaggningstillgangar',
      'omsattningstillgangar',
      'summa_tillgangar',
      'eget_kapital_ingaende',
      'bb_arets_resultat',
      'avsattningar',
      'langfristiga_skulder',
      'kortfristiga_skulder',
      'summa_eget_kapital_och_skulder',
    );
    expect(sumParts(rows, 'summa_eget_kapital_och_skulder')).toEqual([
      'eget_kapital_ingaende',
      'bb_arets_resultat',
      'avsattningar',
      'langfristiga_skulder',
      'kortfristiga_skulder',
    ]);
    expect(sumParts(rows, 'summa_tillgangar')).toEqual(['anlaggningstillgangar', 'omsattningstillgangar']);
  });

  it('reads a standard sum printed without any of its parts as a line', () => {
    expect(sumParts(printed('anlaggningstillgangar', 'summa_tillgangar'), 'anlaggningstillgangar')).toEqual(
      [],
    );
  });

  it('keeps a printed sum as one part and does not reach through it', () => {
    const rows = printed(
      'immateriella_anlaggningstillgangar',
      'materiella_anlaggningstillgangar',
      'anlaggningstillgangar',
      'kassa_och_bank',
      'summa_tillgangar',
    );
    expect(sumParts(rows, 'summa_tillgangar')).toEqual(['anlaggningstillgangar', 'kassa_och_bank']);
  });

  it('skips absent lines and expands an absent sum whose parts are printed (extraordinära poster)', () => {
    const rows = printed(
      'resultat_efter_finansiella_poster',
      'extraordinara_intakter',
      'extraordinara_kostnader',
      'arets_resultat',
    );
    expect(sumParts(rows, 'arets_resultat')).toEqual([
      'resultat_efter_finansiella_poster',
      'extraordinara_intakter',
      'extraordinara_kostnader',
    ]);
  });

  it('returns the parts in the order the plan prints them', () => {
    const rows = printed('skatteintakter', 'generella_statsbidrag', 'verksamhetens_nettokostnad');
    expect(sumParts([...rows, { id: 'verksamhetens_resultat' }], 'verksamhetens_resultat')).toEqual([
      'skatteintakter',
      'generella_statsbidrag',
      'verksamhetens_nettokostnad',
    ]);
  });

  it("counts a plan's own line in the sum it names, never a varav row", () => {
    const rows: SumRowShape[] = [
      { id: 'verksamhetens_intakter' },
      { id: 'varav_jamforelsestorande', kind: 'varav', of: ['verksamhetens_intakter'] },
      // A varav row is shown, never summed, even when it also names a sum in `in`.
      {
        id: 'varav_reavinst',
        kind: 'varav',
        of: ['verksamhetens_intakter'],
        in: 'verksamhetens_nettokostnad_fore_avskrivningar',
      },
      { id: 'verksamhetens_kostnader' },
      { id: 'egna_avgifter', kind: 'line', in: 'verksamhetens_nettokostnad_fore_avskrivningar' },
      { id: 'verksamhetens_nettokostnad_fore_avskrivningar' },
    ];
    expect(sumParts(rows, 'verksamhetens_nettokostnad_fore_avskrivningar')).toEqual([
      'verksamhetens_intakter',
      'verksamhetens_kostnader',
      'egna_avgifter',
    ]);
    expect(sumParts(rows, 'verksamhetens_intakter')).toEqual([]);
    expect(sumParts(rows, 'varav_jamforelsestorande')).toEqual([]);
  });

  it("sums a plan's own sum row from its `of`, expanding a standard part it does not print", () => {
    const rows: SumRowShape[] = [
      { id: 'verksamhetens_intakter' },
      { id: 'verksamhetens_kostnader' },
      { id: 'avskrivningar' },
      { id: 'netto_och_avskrivningar', kind: 'sum', of: ['verksamhetens_nettokostnad_fore_avskrivningar'] },
    ];
    expect(sumParts(rows, 'netto_och_avskrivningar')).toEqual([
      'verksamhetens_intakter',
      'verksamhetens_kostnader',
    ]);
  });

  it('has no parts for a line, a memo row or an id the statement does not know', () => {
    const rows = printed('skatteintakter', 'borgensataganden');
    expect(sumParts(rows, 'skatteintakter')).toEqual([]);
    expect(sumParts(rows, 'borgensataganden')).toEqual([]);
    expect(sumParts(rows, 'okand_rad')).toEqual([]);
  });
});
