import type { Plan } from '../planSchema';

/**
 * A table's source as a reader cites it: the document as the plan names it, then the section as the plan
 * words it ("Strategisk plan 2025–2027, Region Norrbotten, avsnitt Resultatbudget …"). A document the plan
 * does not list is cited by its section alone: the key (`sp2025`) is the file's, never a reader's word.
 *
 * @example
 *   sourceOf(plan, { document: 'sp2025', section: 'avsnitt Balansbudget' });
 *   // "Strategisk plan 2025–2027, Region Norrbotten, avsnitt Balansbudget"
 */
export const sourceOf = (
  plan: Plan,
  source: { readonly document: string; readonly section: string },
): string => {
  const document = plan.sources[source.document];
  return document === undefined ? source.section : `${document}, ${source.section}`;
};

/**
 * The relations the model computes with where the plan states or implies them (DOMAIN.md §4), worded for
 * the formula bar's "Källa" instead of naming the project's own notes.
 */
export const RELATIONS = {
  skatt: 'Modellens samband (planens skatteberäkning: skatteintäkter = skatteunderlag × skattesats / 100)',
  befolkning:
    'Modellens samband (planens text: befolkningen påverkar skatt och generella statsbidrag per 100 invånare)',
  investeringar:
    'Modellens samband (ändrade investeringar skrivs av linjärt från året efter, över avskrivningstiden)',
  ramar: 'Modellens samband (ändrad LPIK räknas i procentenheter på föregående års ramar och ackumuleras)',
  balanskravsresultat:
    'Modellens samband (kommunallagen 11 kap.: årets resultat utan orealiserad avkastning på pensionsportföljen)',
  anlaggningstillgangar:
    'Modellens samband (anläggningstillgångar = föregående års + investeringar − avskrivningar)',
  soliditet: 'Modellens samband (soliditet = eget kapital / summa tillgångar)',
  sjalvfinansieringsgrad:
    'Modellens samband (kassaflöde från den löpande verksamheten / kassaflöde från investeringsverksamheten)',
} as const;
