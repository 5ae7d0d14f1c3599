import type { FormulaContext, FormulaRow } from '../rowSpec';
import type { Year } from '../years';

/**
 * The relations the model computes with where the plan states or implies them, worded for the formula bar's
 * "Källa" (never the project's own notes).
 */
export const RELATIONS = {
  skatt: 'Modellens samband (planens skatteberäkning: skatteintäkter = skatteunderlag × skattesats / 100)',
  befolkning:
    'Modellens samband (planens text: befolkningen påverkar skatt och generella statsbidrag per 100 invånare)',
  investeringar:
    'Modellens samband (ändrade investeringar skrivs av linjärt från året efter, över avskrivningstiden)',
  ramar:
    'Modellens samband (ändrat prisindex räknas i procentenheter på föregående års ramar och ackumuleras)',
  balanskravsresultat:
    'Modellens samband (kommunallagen 11 kap.: årets resultat utan orealiserade vinster och förluster på värdepapper)',
  egetKapital: 'Modellens samband (eget kapital = föregående års + årets resultat)',
  likvidaMedel: 'Modellens samband (likvida medel = föregående års + årets kassaflöde)',
  anlaggningstillgangar:
    'Modellens samband (anläggningstillgångar = föregående års + investeringar − avskrivningar)',
  pensionsportfoljen:
    'Modellens samband (pensionsportföljen växer med sin orealiserade avkastning, som inte är likvida medel)',
  soliditet: 'Modellens samband (soliditet = eget kapital / summa tillgångar)',
  sjalvfinansieringsgrad:
    'Modellens samband (kassaflöde från den löpande verksamheten / kassaflöde från investeringsverksamheten)',
} as const;

export const derivedRow = (
  spec: Omit<FormulaRow, 'kind' | 'sheet' | 'section'> & { section?: string },
): FormulaRow => ({
  kind: 'formula',
  sheet: 'Antaganden',
  section: 'Beräknat ur antagandena',
  ...spec,
});

/** `=A_2025` in the first budget year, `=A_2024+…` otherwise: the previous year's cell where there is one. */
export const previous = (id: string, y: Year, f: FormulaContext): string | undefined =>
  f.has(id, y - 1) ? f.ref(id, y - 1) : undefined;
