/**
 * Sjöbo kommun's Resultatbudget, Budget 2024 med plan 2025–2027, as a person copies it from a spreadsheet:
 * tab-separated, a header row, labels in the first column, the "Not" column, Swedish numbers with "-" as
 * published (https://finansiellinfo.se/Sjobo/Budget-2024/Resultatbudget.html; ../shared/plans/README.md §1a).
 */
export const SJOBO_RESULTATBUDGET_TSV = [
  'Rad\tNot\tBokslut 2022\tBudget 2023\tBudget 2024\tPlan 2025\tPlan 2026\tPlan 2027',
  'Verksamhetens intäkter\t1\t282,3\t372,4\t335,6\t352,3\t368,5\t385,5',
  'varav jämförelsestörande post\t\t0,1\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Verksamhetens kostnader\t2\t-1 452,8\t-1 628,8\t-1 656,2\t-1 647,8\t-1 719,6\t-1 792,1',
  'varav jämförelsestörande post\t\t0,0\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Avskrivningar\t\t-29,3\t-35,9\t-37,7\t-40,5\t-42,5\t-44,0',
  'Verksamhetens nettokostnader\t\t-1 199,8\t-1 292,3\t-1 358,3\t-1 336,0\t-1 393,6\t-1 450,6',
  'Skatteintäkter\t3\t922,7\t951,2\t995,3\t1 042,8\t1 091,4\t1 134,0',
  'Generella statsbidrag och utjämning\t4\t325,0\t311,2\t327,0\t324,4\t337,4\t345,8',
  'Verksamhetens resultat\t\t47,9\t-29,9\t-36,0\t31,2\t35,2\t29,2',
  'Finansiella intäkter\t5\t12,9\t11,6\t10,6\t9,1\t9,1\t9,1',
  'Finansiella kostnader\t6\t-10,5\t-1,1\t-0,7\t-0,3\t-0,3\t-0,3',
  'Resultat före extraordinära poster\t\t50,3\t-19,4\t-26,1\t40,0\t44,0\t38,0',
  'Extraordinära intäkter\t\t0,0\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Extraordinära kostnader\t\t0,0\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Årets resultat\t\t50,3\t-19,4\t-26,1\t40,0\t44,0\t38,0',
  'Avstämning mot balanskravet och beräkning av resultatutjämningsfond\t\t\t\t\t\t\t',
  'Realisationsvinster\t\t-0,1\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Orealiserade vinster i värdepapper [sic]\t\t9,5\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Återföring av orealiserade förluster i värdepapper\t\t0,0\t\t\t\t\t',
  'Årets resultat efter balanskravsjusteringar\t\t59,7\t-19,4\t-26,1\t40,0\t44,0\t38,0',
  'Medel till resultatutjämningsreserv\t\t0,0\t0,0\t0,0\t0,0\t0,0\t0,0',
  'Medel från resultatutjämningsreserv\t\t0,0\t14,6\t7,5\t0,0\t0,0\t0,0',
  'Årets balanskravsresultat\t\t59,7\t-4,8\t-18,6\t40,0\t44,0\t38,0',
].join('\n');
