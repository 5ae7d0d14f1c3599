import type { Plan } from '../planSchema';
import { sumOf, type FormulaRow } from '../rowSpec';
import { sourceOf } from './sources';

/**
 * Finansieringsbudget (kassaflödesanalys) for the budget years (DOMAIN.md §2). Changes reach the cash flow
 * through årets resultat, the non-cash items (avskrivningar, orealiserad avkastning) and the investments.
 */
export const finansieringsbudgetRows = (plan: Plan): FormulaRow[] => {
  const source = sourceOf(plan, plan.tables.finansieringsbudget.source);
  const row = (spec: Omit<FormulaRow, 'kind' | 'sheet' | 'span' | 'source'>): FormulaRow => ({
    kind: 'formula',
    sheet: 'Finansieringsbudget',
    span: 'budget',
    source,
    ...spec,
  });
  const first = plan.years.budget[0] ?? plan.years.base + 1;
  return [
    row({
      id: 'fb_arets_resultat',
      name: 'Årets_resultat_i_kassaflödet',
      label: 'Årets resultat',
      unit: 'mnkr',
      section: 'Den löpande verksamheten',
      formula: (y, f) => `=${f.ref('arets_resultat', y)}`,
      definition: 'Årets resultat från resultatbudgeten.',
    }),
    row({
      id: 'justering_ej_likvidpaverkande',
      name: 'Justering_ej_likvidpåverkande_poster',
      label: 'Justering för ej likvidpåverkande poster',
      unit: 'mnkr',
      section: 'Den löpande verksamheten',
      formula: (y, f) =>
        `=${f.ref('justering_grund', y)}+${f.ref('tillkommande_avskrivningar', y)}-(${f.ref('orealiserad_avkastning', y)}-${f.ref('plan_orealiserad_avkastning', y)})`,
      definition:
        'Avskrivningar läggs tillbaka och orealiserad avkastning dras av: de påverkar resultatet men inte kassan.',
    }),
    row({
      id: 'ovriga_likviditetspaverkande',
      name: 'Övriga_likviditetspåverkande_poster',
      label: 'Övriga likviditetspåverkande poster',
      unit: 'mnkr',
      section: 'Den löpande verksamheten',
      formula: (y, f) => `=${f.ref('ovriga_likviditetspaverkande_grund', y)}`,
      definition: 'Poster som påverkar likviditeten utan att ingå i resultatet.',
    }),
    row({
      id: 'forandring_kortfristiga_fordringar',
      name: 'Förändring_kortfristiga_fordringar',
      label: 'Ökning/minskning kortfristiga fordringar',
      unit: 'mnkr',
      section: 'Den löpande verksamheten',
      formula: (y, f) => `=${f.ref('forandring_fordringar_grund', y)}`,
      definition: 'Minskade fordringar frigör likviditet (+), ökade binder (−).',
    }),
    row({
      id: 'kassaflode_lopande',
      name: 'Kassaflöde_från_löpande_verksamheten',
      label: 'Kassaflöde från den löpande verksamheten',
      unit: 'mnkr',
      emphasis: 'subtotal',
      section: 'Den löpande verksamheten',
      formula: sumOf(
        'fb_arets_resultat',
        'justering_ej_likvidpaverkande',
        'ovriga_likviditetspaverkande',
        'forandring_kortfristiga_fordringar',
      ),
      definition: 'Det verksamheten själv genererar i likviditet: täljaren i självfinansieringsgraden.',
    }),
    row({
      id: 'investering_finansiella',
      name: 'Investering_finansiella_anläggningstillgångar',
      label: 'Investering i finansiella anläggningstillgångar',
      unit: 'mnkr',
      section: 'Investeringsverksamheten',
      formula: (y, f) => `=-${f.ref('investeringar_finansiella', y)}`,
      definition: 'Utbetalningar för finansiella anläggningstillgångar.',
    }),
    row({
      id: 'investering_immateriella',
      name: 'Investering_immateriella_anläggningstillgångar',
      label: 'Investering i immateriella anläggningstillgångar',
      unit: 'mnkr',
      section: 'Investeringsverksamheten',
      formula: (y, f) => `=-${f.ref('investeringar_immateriella', y)}`,
      definition: 'Utbetalningar för immateriella investeringar.',
    }),
    row({
      id: 'investering_materiella',
      name: 'Investering_materiella_anläggningstillgångar',
      label: 'Investering i materiella anläggningstillgångar',
      unit: 'mnkr',
      section: 'Investeringsverksamheten',
      formula: (y, f) => `=-${f.ref('investeringar_materiella', y)}`,
      definition: 'Utbetalningar för inventarier och fastigheter.',
    }),
    row({
      id: 'kassaflode_investering',
      name: 'Kassaflöde_från_investeringsverksamheten',
      label: 'Kassaflöde från investeringsverksamheten',
      unit: 'mnkr',
      emphasis: 'subtotal',
      section: 'Investeringsverksamheten',
      formula: sumOf('investering_finansiella', 'investering_immateriella', 'investering_materiella'),
      definition: 'Summan av investeringarna: nämnaren i självfinansieringsgraden.',
    }),
    row({
      id: 'kassaflode_finansiering',
      name: 'Kassaflöde_från_finansieringsverksamheten',
      label: 'Kassaflöde från finansieringsverksamheten',
      unit: 'mnkr',
      emphasis: 'subtotal',
      section: 'Finansieringsverksamheten',
      formula: (y, f) => `=${f.ref('minskning_langfristiga_fordringar', y)}`,
      definition: 'Minskning av långfristiga fordringar; regionen har inga räntebärande lån.',
    }),
    row({
      id: 'arets_kassaflode',
      name: 'Årets_kassaflöde',
      label: 'Årets kassaflöde',
      unit: 'mnkr',
      emphasis: 'total',
      section: 'Likvida medel',
      formula: sumOf('kassaflode_lopande', 'kassaflode_investering', 'kassaflode_finansiering'),
      definition: 'Förändringen av likvida medel under året.',
    }),
    row({
      id: 'likvida_medel_borjan',
      name: 'Likvida_medel_vid_årets_början',
      label: 'Likvida medel vid årets början',
      unit: 'mnkr',
      section: 'Likvida medel',
      formula: (y, f) =>
        y === first ? `=${f.ref('ingaende_likvida_medel')}` : `=${f.ref('likvida_medel_slut', y - 1)}`,
      definition: 'Föregående års utgående likvida medel.',
    }),
    row({
      id: 'likvida_medel_slut',
      name: 'Likvida_medel_vid_årets_slut',
      label: 'Likvida medel vid årets slut',
      unit: 'mnkr',
      emphasis: 'total',
      section: 'Likvida medel',
      formula: sumOf('likvida_medel_borjan', 'arets_kassaflode'),
      definition: 'Ingående likvida medel + årets kassaflöde. Negativt betyder att regionen behöver låna.',
    }),
  ];
};
