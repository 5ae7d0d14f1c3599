import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesArbitrary } from '../arbitraries';
import { BUDGET_YEARS, compute, planResults, valueOf, YEARS } from '../helpers';

const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), what).toBeLessThan(1e-6);

describe('accounting identities hold for any scenario', () => {
  it('the balance sheet balances, eget kapital chains and the cash flow adds up', () => {
    fc.assert(
      fc.property(changesArbitrary, (changes) => {
        const r = compute(changes);
        const v = (id: string, year: number) => valueOf(r, id, year);
        for (const year of BUDGET_YEARS) {
          close(v('summa_tillgangar', year), v('summa_eget_kapital_och_skulder', year), `balans ${year}`);
          close(
            v('arets_kassaflode', year),
            v('kassaflode_lopande', year) +
              v('kassaflode_investering', year) +
              v('kassaflode_finansiering', year),
            `kassaflöde ${year}`,
          );
          close(
            v('likvida_medel_slut', year),
            v('likvida_medel_borjan', year) + v('arets_kassaflode', year),
            `likvida ${year}`,
          );
          close(
            v('omsattningstillgangar', year) - valueOf(planResults, 'omsattningstillgangar', year),
            v('likvida_medel_slut', year) -
              valueOf(planResults, 'likvida_medel_slut', year) +
              v('forandring_pensionsmedel', year),
            `likvida i balansen ${year}`,
          );
          if (year > 2025) {
            close(
              v('eget_kapital_ingaende', year),
              v('eget_kapital_ingaende', year - 1) + v('arets_resultat', year - 1),
              `EK ${year}`,
            );
            close(
              v('likvida_medel_borjan', year),
              v('likvida_medel_slut', year - 1),
              `ingående likvida ${year}`,
            );
            close(
              v('anlaggningstillgangar', year),
              v('anlaggningstillgangar', year - 1) -
                v('kassaflode_investering', year) +
                v('avskrivningar', year) -
                v('kassaflode_finansiering', year),
              `anläggningstillgångar ${year}`,
            );
          }
        }
        for (const year of YEARS) {
          close(
            v('balanskravsresultat', year),
            v('arets_resultat', year) + v('orealiserade_vinster_vardepapper', year),
            `BKR ${year}`,
          );
          close(
            v('arets_resultat', year),
            v('verksamhetens_intakter', year) +
              v('verksamhetens_kostnader', year) +
              v('avskrivningar', year) +
              v('skatteintakter', year) +
              v('generella_statsbidrag', year) +
              v('finansiella_intakter', year) +
              v('finansiella_kostnader', year),
            `årets resultat ${year}`,
          );
          close(
            v('skatteintakter', year),
            (v('skatteunderlag', year) * v('skattesats', year)) / 100,
            `skatt ${year}`,
          );
        }
      }),
      { numRuns: 60 },
    );
  });
});
