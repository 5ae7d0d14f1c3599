import { LKBR_KF, type CatalogueRow } from './catalogueRow';

/** Keeps the row's id as its literal type (see `StandardRowId`). */
const kf = <const Id extends string>(
  row: Omit<CatalogueRow, 'statement' | 'basis' | 'id'> & { id: Id },
): CatalogueRow & { readonly id: Id } => ({
  statement: 'finansieringsbudget',
  basis: LKBR_KF,
  ...row,
});
const lopande = 'Den löpande verksamheten';
const investering = 'Investeringsverksamheten';
const finansiering = 'Finansieringsverksamheten';
const likvida = 'Likvida medel';

/** The kassaflödesanalys (finansieringsbudget) in the order of LKBR 8 kap. */
export const KASSAFLODE_ROWS = [
  kf({
    id: 'fb_arets_resultat',
    label: 'Årets resultat',
    name: 'Årets_resultat_i_kassaflödet',
    kind: 'line',
    section: lopande,
    definition: 'Årets resultat från resultatbudgeten.',
  }),
  kf({
    id: 'justering_ej_likvidpaverkande',
    label: 'Justering för ej likvidpåverkande poster',
    kind: 'line',
    section: lopande,
    definition:
      'Avskrivningar läggs tillbaka och orealiserad avkastning dras av: de påverkar resultatet men inte kassan.',
  }),
  kf({
    id: 'ovriga_likviditetspaverkande',
    label: 'Övriga likviditetspåverkande poster',
    kind: 'line',
    section: lopande,
    definition: 'Poster som påverkar likviditeten utan att ingå i resultatet.',
  }),
  kf({
    id: 'forandring_kortfristiga_fordringar',
    label: 'Ökning/minskning kortfristiga fordringar',
    kind: 'line',
    section: lopande,
    definition: 'Minskade fordringar frigör likviditet (+), ökade binder (−).',
  }),
  kf({
    id: 'forandring_kortfristiga_skulder',
    label: 'Ökning/minskning kortfristiga skulder',
    kind: 'line',
    section: lopande,
    definition: 'Ökade kortfristiga skulder frigör likviditet (+).',
  }),
  kf({
    id: 'kassaflode_lopande',
    emphasis: 'subtotal',
    label: 'Kassaflöde från den löpande verksamheten',
    kind: 'sum',
    of: [
      'fb_arets_resultat',
      'justering_ej_likvidpaverkande',
      'ovriga_likviditetspaverkande',
      'forandring_kortfristiga_fordringar',
      'forandring_kortfristiga_skulder',
    ],
    section: lopande,
    definition: 'Det verksamheten själv genererar i likviditet.',
  }),
  kf({
    id: 'investering_immateriella',
    label: 'Investering i immateriella anläggningstillgångar',
    kind: 'line',
    section: investering,
    definition: 'Utbetalningar för immateriella investeringar.',
  }),
  kf({
    id: 'investering_materiella',
    label: 'Investering i materiella anläggningstillgångar',
    kind: 'line',
    section: investering,
    definition: 'Utbetalningar för mark, byggnader, inventarier m.m.',
  }),
  kf({
    id: 'investering_finansiella',
    label: 'Investering i finansiella anläggningstillgångar',
    kind: 'line',
    section: investering,
    definition: 'Utbetalningar för aktier, andelar och lån som lämnas.',
  }),
  kf({
    id: 'forsaljning_anlaggningstillgangar',
    label: 'Försäljning av anläggningstillgångar',
    kind: 'line',
    section: investering,
    definition: 'Inbetalningar när anläggningstillgångar säljs.',
  }),
  kf({
    id: 'kassaflode_investering',
    emphasis: 'subtotal',
    label: 'Kassaflöde från investeringsverksamheten',
    kind: 'sum',
    of: [
      'investering_immateriella',
      'investering_materiella',
      'investering_finansiella',
      'forsaljning_anlaggningstillgangar',
    ],
    section: investering,
    definition: 'Summan av investeringarna, netto.',
  }),
  kf({
    id: 'nyupptagna_lan',
    label: 'Nyupptagna lån',
    kind: 'line',
    section: finansiering,
    definition: 'Inbetalningar från nya långfristiga lån.',
  }),
  kf({
    id: 'amortering',
    label: 'Amortering av skuld',
    kind: 'line',
    section: finansiering,
    definition: 'Utbetalningar för amorteringar (negativt tal).',
  }),
  kf({
    id: 'kassaflode_finansiering',
    emphasis: 'subtotal',
    label: 'Kassaflöde från finansieringsverksamheten',
    kind: 'sum',
    of: ['nyupptagna_lan', 'amortering'],
    section: finansiering,
    definition: 'Lån, amorteringar och minskade långfristiga fordringar.',
  }),
  kf({
    id: 'arets_kassaflode',
    emphasis: 'total',
    label: 'Årets kassaflöde',
    kind: 'sum',
    of: ['kassaflode_lopande', 'kassaflode_investering', 'kassaflode_finansiering'],
    section: likvida,
    definition: 'Förändringen av likvida medel under året.',
  }),
  kf({
    id: 'likvida_medel_borjan',
    label: 'Likvida medel vid årets början',
    kind: 'line',
    section: likvida,
    definition: 'Föregående års utgående likvida medel.',
  }),
  kf({
    id: 'likvida_medel_slut',
    emphasis: 'total',
    label: 'Likvida medel vid årets slut',
    kind: 'sum',
    of: ['likvida_medel_borjan', 'arets_kassaflode'],
    section: likvida,
    definition: 'Ingående likvida medel + årets kassaflöde. Negativt betyder ett lånebehov.',
  }),
] as const satisfies readonly CatalogueRow[];
