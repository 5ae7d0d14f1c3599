import { KL_BALANSKRAV, KL_RESERV, KL_RUR, LKBR_RR, type CatalogueRow } from './catalogueRow';
import { RESULTATRESERV_FROM_YEAR } from '../balanskrav/regler';

/** The year the resultatreserv replaced the resultatutjämningsreserv: the law's, not a plan's. */
const FROM = RESULTATRESERV_FROM_YEAR.value;

/** Keeps the row's id as its literal type, so `StandardRowId` lists every id (a misspelt one fails to compile). */
const rr = <const Id extends string>(
  row: Omit<CatalogueRow, 'statement' | 'basis' | 'id'> & { id: Id; basis?: string },
): CatalogueRow & { readonly id: Id } => ({
  statement: 'resultatbudget',
  basis: LKBR_RR,
  ...row,
});
const verksamhet = 'Verksamheten';
const finansiering = 'Skatter, statsbidrag och finansnetto';
const balanskrav = 'Balanskravsutredning';

/** The resultaträkning's rows in the order of LKBR 5 kap., then the balanskravsutredning and "resultat krav". */
export const RESULTATRAKNING_ROWS = [
  rr({
    id: 'verksamhetens_intakter',
    label: 'Verksamhetens intäkter',
    kind: 'line',
    section: verksamhet,
    level: {},
    definition: 'Avgifter, ersättningar och andra intäkter i verksamheten, med scenariots ramförändringar.',
  }),
  rr({
    id: 'verksamhetens_kostnader',
    label: 'Verksamhetens kostnader',
    kind: 'line',
    section: verksamhet,
    level: {},
    definition:
      'Personal, köpt verksamhet, material m.m. (negativt tal), med ändrad uppräkning och scenariots ramförändringar.',
  }),
  rr({
    id: 'verksamhetens_nettokostnad_fore_avskrivningar',
    label: 'Verksamhetens nettokostnad före avskrivningar',
    kind: 'sum',
    of: ['verksamhetens_intakter', 'verksamhetens_kostnader'],
    section: verksamhet,
    level: {},
    definition:
      'Intäkter och kostnader netto, före avskrivningar. Tryckt utan sina delar bär raden både ändrad uppräkning och ramförändringar.',
  }),
  rr({
    id: 'avskrivningar',
    label: 'Avskrivningar',
    kind: 'line',
    section: verksamhet,
    level: {},
    definition:
      'Planenliga avskrivningar (negativt tal), med avskrivningar på ändrade investeringar från året efter.',
  }),
  rr({
    id: 'verksamhetens_nettokostnad',
    emphasis: 'subtotal',
    label: 'Verksamhetens nettokostnad',
    kind: 'sum',
    of: ['verksamhetens_nettokostnad_fore_avskrivningar', 'avskrivningar'],
    section: verksamhet,
    definition: 'Intäkter − kostnader − avskrivningar: det som skatt och statsbidrag ska finansiera.',
  }),
  rr({
    id: 'skatteintakter',
    label: 'Skatteintäkter',
    kind: 'line',
    section: finansiering,
    definition:
      'Skatteunderlag × skattesats / 100, och de skatteposter som inte följer skattesatsen (slutavräkningar).',
  }),
  rr({
    id: 'generella_statsbidrag',
    label: 'Generella statsbidrag och utjämning',
    kind: 'line',
    section: finansiering,
    level: {},
    definition:
      'Utjämning och generella statsbidrag, med befolkningens och skatteunderlagstillväxtens effekt.',
  }),
  rr({
    id: 'verksamhetens_resultat',
    emphasis: 'subtotal',
    label: 'Verksamhetens resultat',
    kind: 'sum',
    of: ['verksamhetens_nettokostnad', 'skatteintakter', 'generella_statsbidrag'],
    section: finansiering,
    definition: 'Nettokostnad + skatteintäkter + generella statsbidrag och utjämning.',
  }),
  rr({
    id: 'finansiella_intakter',
    label: 'Finansiella intäkter',
    kind: 'line',
    section: finansiering,
    level: {},
    definition: 'Ränteintäkter, utdelningar och avkastning på finansiella placeringar.',
  }),
  rr({
    id: 'finansiella_kostnader',
    label: 'Finansiella kostnader',
    kind: 'line',
    section: finansiering,
    level: {},
    definition: 'Räntekostnader, bland annat på pensionsskulden (negativt tal).',
  }),
  rr({
    id: 'resultat_efter_finansiella_poster',
    emphasis: 'subtotal',
    label: 'Resultat efter finansiella poster',
    kind: 'sum',
    of: ['verksamhetens_resultat', 'finansiella_intakter', 'finansiella_kostnader'],
    section: finansiering,
    definition: 'Verksamhetens resultat + finansnetto.',
  }),
  rr({
    id: 'orealiserade_kursforandringar',
    label: 'Orealiserade kursförändringar',
    kind: 'line',
    section: finansiering,
    level: {},
    definition:
      'Värdeförändringar på finansiella placeringar som inte är realiserade, när planen trycker dem på egen rad.',
  }),
  rr({
    id: 'extraordinara_intakter',
    label: 'Extraordinära intäkter',
    kind: 'line',
    section: finansiering,
    level: {},
    definition: 'Intäkter av sällsynt slag och väsentliga belopp.',
  }),
  rr({
    id: 'extraordinara_kostnader',
    label: 'Extraordinära kostnader',
    kind: 'line',
    section: finansiering,
    level: {},
    definition: 'Kostnader av sällsynt slag och väsentliga belopp (negativt tal).',
  }),
  rr({
    id: 'extraordinara_poster',
    label: 'Extraordinära poster',
    kind: 'sum',
    of: ['extraordinara_intakter', 'extraordinara_kostnader'],
    section: finansiering,
    level: {},
    definition: 'Extraordinära intäkter och kostnader netto.',
  }),
  rr({
    id: 'arets_resultat',
    emphasis: 'total',
    label: 'Årets resultat',
    kind: 'sum',
    of: ['resultat_efter_finansiella_poster', 'orealiserade_kursforandringar', 'extraordinara_poster'],
    section: finansiering,
    definition: 'Resultat efter finansiella poster och extraordinära poster. Ökar eget kapital.',
  }),
  rr({
    id: 'realisationsvinster',
    label: 'Realisationsvinster',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_BALANSKRAV,
    definition:
      'Samtliga realisationsvinster avgår i balanskravsutredningen (negativt tal), utom de lagen undantar.',
  }),
  rr({
    id: 'realisationsvinster_undantag',
    label: 'Realisationsvinster enligt undantag',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_BALANSKRAV,
    definition:
      'Realisationsvinster som enligt lagens undantag får räknas i balanskravsresultatet (läggs tillbaka, positivt tal).',
  }),
  rr({
    id: 'realisationsforluster_undantag',
    label: 'Realisationsförluster enligt undantag',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_BALANSKRAV,
    definition:
      'Realisationsförluster som enligt lagens undantag inte belastar balanskravsresultatet (läggs tillbaka, positivt tal).',
  }),
  rr({
    id: 'orealiserade_vinster_vardepapper',
    label: 'Orealiserade vinster och förluster i värdepapper',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_BALANSKRAV,
    definition:
      'Orealiserade värdeförändringar ingår i årets resultat men inte i balanskravsresultatet och räknas därför bort.',
  }),
  rr({
    id: 'aterforing_orealiserade_forluster',
    label: 'Återföring av orealiserade förluster i värdepapper',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_BALANSKRAV,
    definition: 'Tidigare års orealiserade förluster som återförs.',
  }),
  rr({
    id: 'resultat_efter_balanskravsjusteringar',
    emphasis: 'subtotal',
    label: 'Årets resultat efter balanskravsjusteringar',
    kind: 'sum',
    of: [
      'arets_resultat',
      'realisationsvinster',
      'realisationsvinster_undantag',
      'realisationsforluster_undantag',
      'orealiserade_vinster_vardepapper',
      'aterforing_orealiserade_forluster',
    ],
    section: balanskrav,
    basis: KL_BALANSKRAV,
    definition: 'Årets resultat med balanskravsjusteringarna.',
  }),
  rr({
    id: 'reservation_resultatreserv',
    // From 2024 a reservation goes to the resultatreserv (prop. 2022/23:119); older plans print the RUR's name.
    label: 'Medel till resultatreserv',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_RESERV,
    definition: `Reservering (negativt tal): till resultatreserven från ${FROM}, till resultatutjämningsreserven före. Högst den del av resultatet som överstiger 1 % (2 % vid negativt eget kapital inklusive ansvarsförbindelsen) av skatteintäkter, generella statsbidrag och utjämning, sedan väntande underskott återställts; resultatreserven högst 5 % av samma summa.`,
  }),
  rr({
    id: 'anvandning_resultatreserv',
    label: 'Medel från resultatreserv',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_RESERV,
    definition: `Användning av resultatreserven (från ${FROM}) för att täcka ett underskott: högst reservens saldo och högst till ett balanskravsresultat på noll.`,
  }),
  rr({
    id: 'anvandning_resultatutjamningsreserv',
    label: 'Medel från resultatutjämningsreserv',
    kind: 'line',
    section: balanskrav,
    level: {},
    basis: KL_RUR,
    definition: `Användning av en resultatutjämningsreserv (avsatt t.o.m. ${FROM - 1}, används enligt sina regler) för att täcka ett underskott: högst reservens saldo och högst till noll.`,
  }),
  rr({
    id: 'balanskravsresultat',
    emphasis: 'total',
    label: 'Balanskravsresultat',
    kind: 'sum',
    of: [
      'resultat_efter_balanskravsjusteringar',
      'reservation_resultatreserv',
      'anvandning_resultatutjamningsreserv',
      'anvandning_resultatreserv',
    ],
    section: balanskrav,
    basis: KL_BALANSKRAV,
    definition:
      'Årets resultat efter balanskravsjusteringar och reserver. Får inte vara negativt; ett underskott ska återställas inom tre år.',
  }),
  rr({
    id: 'resultatkrav',
    label: 'Resultatkrav',
    kind: 'ratio',
    section: balanskrav,
    definition: 'Planens resultatkrav i procent av skatteintäkter, generella statsbidrag och utjämning.',
  }),
  rr({
    id: 'behov_av_atgarder',
    label: 'Behov av åtgärder',
    kind: 'ratio',
    section: balanskrav,
    definition:
      'Resultatkrav − balanskravsresultat: vad som fattas (+) eller finns över (−) för att nå kravet.',
  }),
] as const satisfies readonly CatalogueRow[];
