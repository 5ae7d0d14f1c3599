import { LKBR_BR, type CatalogueRow } from './catalogueRow';
import { RESULTATRESERV_FROM_YEAR } from '../balanskrav/regler';

/** The year the resultatreserv replaced the resultatutjämningsreserv: the law's, not a plan's. */
const FROM = RESULTATRESERV_FROM_YEAR.value;

/** Keeps the row's id as its literal type (see `StandardRowId`). */
const br = <const Id extends string>(
  row: Omit<CatalogueRow, 'statement' | 'basis' | 'id'> & { id: Id },
): CatalogueRow & { readonly id: Id } => ({
  statement: 'balansbudget',
  basis: LKBR_BR,
  ...row,
});
const tillgangar = 'Tillgångar';
const skulder = 'Eget kapital, avsättningar och skulder';
const linjen = 'Ansvarsförbindelser och nyckeltal';

/** The balansräkning's rows in the order of LKBR 6 kap., then the memo items and the plan's soliditet. */
export const BALANSRAKNING_ROWS = [
  br({
    id: 'immateriella_anlaggningstillgangar',
    label: 'Immateriella anläggningstillgångar',
    kind: 'line',
    section: tillgangar,
    definition: 'Licenser, utvecklingsutgifter m.m.',
  }),
  br({
    id: 'materiella_anlaggningstillgangar',
    label: 'Materiella anläggningstillgångar',
    kind: 'line',
    section: tillgangar,
    definition:
      'Mark, byggnader, anläggningar, maskiner och inventarier: planens värde + ändrade investeringar − tillkommande avskrivningar.',
  }),
  br({
    id: 'finansiella_anlaggningstillgangar',
    label: 'Finansiella anläggningstillgångar',
    kind: 'line',
    section: tillgangar,
    definition:
      'Aktier, andelar och långfristiga fordringar: planens värde + ändrade finansiella investeringar.',
  }),
  br({
    id: 'anlaggningstillgangar',
    emphasis: 'subtotal',
    label: 'Summa anläggningstillgångar',
    kind: 'sum',
    of: [
      'immateriella_anlaggningstillgangar',
      'materiella_anlaggningstillgangar',
      'finansiella_anlaggningstillgangar',
    ],
    section: tillgangar,
    definition:
      'Tillgångar för stadigvarande bruk: planens värde + ändrade investeringar − tillkommande avskrivningar.',
  }),
  br({
    id: 'bidrag_statlig_infrastruktur',
    label: 'Bidrag till statlig infrastruktur',
    kind: 'line',
    section: tillgangar,
    definition: 'Medfinansiering av statlig infrastruktur som upplöses över tid.',
  }),
  br({
    id: 'forrad',
    label: 'Förråd m.m.',
    kind: 'line',
    section: tillgangar,
    definition: 'Förråd och lager.',
  }),
  br({
    id: 'fordringar',
    label: 'Fordringar',
    kind: 'line',
    section: tillgangar,
    definition: 'Kortfristiga fordringar.',
  }),
  br({
    id: 'exploateringsfastigheter',
    label: 'Exploateringsfastigheter',
    kind: 'line',
    section: tillgangar,
    definition: 'Mark och fastigheter avsedda för försäljning.',
  }),
  br({
    id: 'kortfristiga_placeringar',
    label: 'Kortfristiga placeringar',
    kind: 'line',
    section: tillgangar,
    definition:
      'Finansiella placeringar, till exempel pensionsmedel; ändrad orealiserad avkastning stannar här.',
  }),
  br({
    id: 'kassa_och_bank',
    label: 'Kassa och bank',
    kind: 'line',
    section: tillgangar,
    definition: 'Likvida medel: planens värde + scenariots ändrade kassaflöden, ackumulerade.',
  }),
  br({
    id: 'omsattningstillgangar',
    emphasis: 'subtotal',
    label: 'Summa omsättningstillgångar',
    kind: 'sum',
    of: ['forrad', 'fordringar', 'exploateringsfastigheter', 'kortfristiga_placeringar', 'kassa_och_bank'],
    section: tillgangar,
    definition:
      'Förråd, fordringar, placeringar och likvida medel: planens värde + ändrade kassaflöden och ändrad orealiserad avkastning.',
  }),
  br({
    id: 'summa_tillgangar',
    emphasis: 'total',
    label: 'Summa tillgångar',
    kind: 'sum',
    of: ['anlaggningstillgangar', 'bidrag_statlig_infrastruktur', 'omsattningstillgangar'],
    section: tillgangar,
    definition: 'Anläggningstillgångar + bidrag till infrastruktur + omsättningstillgångar.',
  }),
  br({
    id: 'eget_kapital_ingaende',
    label: 'Eget kapital (ingående)',
    kind: 'line',
    section: skulder,
    definition: 'Föregående års eget kapital: planens värde + tidigare års ändrade resultat.',
  }),
  br({
    id: 'bb_arets_resultat',
    label: 'Årets resultat',
    name: 'Årets_resultat_i_balansen',
    kind: 'line',
    section: skulder,
    definition: 'Årets resultat från resultatbudgeten.',
  }),
  br({
    id: 'resultatutjamningsreserv',
    label: 'Resultatutjämningsreserv',
    kind: 'line',
    section: skulder,
    definition: `Den del av eget kapital som t.o.m. ${FROM - 1} reserverats för att jämna ut intäkter över en konjunkturcykel; en kvarvarande reserv används enligt sina regler.`,
  }),
  br({
    id: 'resultatreserv',
    label: 'Resultatreserv',
    kind: 'line',
    section: skulder,
    definition: `Den del av eget kapital som från ${FROM} reserverats enligt kommunallagen 11 kap. 14 §, högst 5 % av skatteintäkter, generella statsbidrag och utjämning.`,
  }),
  br({
    id: 'ovrigt_eget_kapital',
    label: 'Övrigt eget kapital',
    kind: 'line',
    section: skulder,
    definition:
      'Eget kapital utöver årets resultat och reserver: planens värde + tidigare års ändrade resultat.',
  }),
  br({
    id: 'eget_kapital',
    emphasis: 'subtotal',
    label: 'Summa eget kapital',
    kind: 'sum',
    of: [
      'eget_kapital_ingaende',
      'bb_arets_resultat',
      'resultatutjamningsreserv',
      'resultatreserv',
      'ovrigt_eget_kapital',
    ],
    section: skulder,
    definition: 'Eget kapital inklusive årets resultat.',
  }),
  br({
    id: 'avsattning_pensioner',
    label: 'Avsättningar för pensioner och liknande förpliktelser',
    kind: 'line',
    section: skulder,
    definition: 'Pensioner intjänade från 1998 som redovisas som avsättning.',
  }),
  br({
    id: 'andra_avsattningar',
    label: 'Andra avsättningar',
    kind: 'line',
    section: skulder,
    definition: 'Övriga avsättningar, till exempel för deponier.',
  }),
  br({
    id: 'avsattningar',
    emphasis: 'subtotal',
    label: 'Summa avsättningar',
    kind: 'sum',
    of: ['avsattning_pensioner', 'andra_avsattningar'],
    section: skulder,
    definition: 'Avsättningar för pensioner och andra avsättningar.',
  }),
  br({
    id: 'langfristiga_skulder',
    label: 'Långfristiga skulder',
    kind: 'line',
    section: skulder,
    definition: 'Lån och andra skulder som förfaller senare än om ett år.',
  }),
  br({
    id: 'kortfristiga_skulder',
    label: 'Kortfristiga skulder',
    kind: 'line',
    section: skulder,
    definition: 'Leverantörsskulder, semesterlöneskuld och andra skulder som förfaller inom ett år.',
  }),
  br({
    id: 'skulder',
    emphasis: 'subtotal',
    label: 'Summa skulder',
    kind: 'sum',
    of: ['langfristiga_skulder', 'kortfristiga_skulder'],
    section: skulder,
    definition: 'Långfristiga och kortfristiga skulder.',
  }),
  br({
    id: 'summa_eget_kapital_och_skulder',
    emphasis: 'total',
    label: 'Summa eget kapital, avsättningar och skulder',
    kind: 'sum',
    of: ['eget_kapital', 'avsattningar', 'skulder'],
    section: skulder,
    definition: 'Ska vara lika med summa tillgångar.',
  }),
  br({
    id: 'ansvarsforbindelse_pensioner',
    label: 'Pensionsförpliktelser (ansvarsförbindelse)',
    kind: 'memo',
    section: linjen,
    definition: 'Pensioner intjänade före 1998, redovisade utanför balansräkningen (blandmodellen).',
  }),
  br({
    id: 'borgensataganden',
    label: 'Borgensåtaganden',
    kind: 'memo',
    section: linjen,
    definition: 'Borgen för bolag, föreningar och andra, redovisad utanför balansräkningen.',
  }),
  br({
    id: 'soliditet_blandmodell',
    label: 'Soliditet, blandmodell',
    kind: 'ratio',
    section: linjen,
    definition: 'Eget kapital inklusive årets resultat / summa tillgångar.',
  }),
  br({
    id: 'soliditet_fullfondering',
    label: 'Soliditet, fullfondering (inkl. ansvarsförbindelse)',
    kind: 'ratio',
    section: linjen,
    definition: '(Eget kapital − ansvarsförbindelse för pensioner) / summa tillgångar.',
  }),
] as const satisfies readonly CatalogueRow[];
