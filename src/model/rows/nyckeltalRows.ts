import type { Plan } from '../planSchema';
import type { FormulaContext, FormulaRow } from '../rowSpec';
import { RELATIONS, sourceOf } from './sources';

/**
 * Nyckeltal: the three financial goals and balanskravet, each as a value, a margin (how far from the limit,
 * positive when met) and a yes/no, all formulas (DOMAIN.md §4).
 */
export const nyckeltalRows = (plan: Plan): FormulaRow[] => {
  const goalSource = sourceOf(plan, plan.goals.source);
  const row = (spec: Omit<FormulaRow, 'kind' | 'sheet' | 'source'> & { source?: string }): FormulaRow => ({
    kind: 'formula',
    sheet: 'Nyckeltal',
    source: goalSource,
    ...spec,
  });
  const goalYears = plan.goals.sjalvfinansieringsgrad.years;
  const sumOver = (id: string, f: FormulaContext) => `SUM(${goalYears.map((y) => f.ref(id, y)).join(',')})`;
  const andel = (y: number, f: FormulaContext) => f.ref('verksamhetens_resultat_andel', y);
  const egetKapitalFullfondering = (y: number, f: FormulaContext) =>
    `(${f.ref('eget_kapital_ingaende', y)}+${f.ref('bb_arets_resultat', y)}-${f.ref('ansvarsforbindelse', y)})`;

  const balanskrav = 'Balanskravet';
  const vr = 'Mål 1: verksamhetens resultat 1–3 %';
  const soliditet = 'Mål 2: soliditet minst 16 %';
  const sjalv = 'Mål 3: självfinansieringsgrad minst 60 %';

  return [
    row({
      id: 'balanskrav_marginal',
      name: 'Marginal_balanskrav',
      label: 'Balanskravsresultat över (+) eller under (−) noll',
      unit: 'mnkr',
      span: 'all',
      section: balanskrav,
      formula: (y, f) => `=${f.ref('balanskravsresultat', y)}-${f.ref('mal_balanskrav_min')}`,
      definition: 'Hur mycket balanskravsresultatet kan försämras (+) eller måste förbättras (−).',
    }),
    row({
      id: 'balanskrav_uppfyllt',
      name: 'Balanskrav_uppfyllt',
      label: 'Balanskravet uppfyllt',
      unit: 'janej',
      span: 'all',
      section: balanskrav,
      formula: (y, f) => `=${f.ref('balanskravsresultat', y)}>=${f.ref('mal_balanskrav_min')}`,
      definition: 'Balanskravsresultatet är minst noll.',
    }),
    row({
      id: 'skatt_och_statsbidrag',
      name: 'Skatt_och_statsbidrag',
      label: 'Skatt, statsbidrag och utjämning',
      unit: 'mnkr',
      span: 'all',
      section: vr,
      formula: (y, f) => `=${f.ref('skatteintakter', y)}+${f.ref('generella_statsbidrag', y)}`,
      definition: 'Skatteintäkter + generella statsbidrag och utjämning: basen för resultatmålen.',
    }),
    row({
      id: 'verksamhetens_resultat_andel',
      name: 'Verksamhetens_resultat_andel',
      label: 'Verksamhetens resultat i % av skatt, statsbidrag och utjämning',
      unit: 'procent',
      span: 'all',
      section: vr,
      formula: (y, f) => `=${f.ref('verksamhetens_resultat', y)}/${f.ref('skatt_och_statsbidrag', y)}*100`,
      definition: 'Målet: mellan 1 och 3 %. Planen: 1,2 % 2025.',
    }),
    row({
      id: 'vr_marginal',
      name: 'Marginal_verksamhetens_resultat',
      label: 'Marginal till närmaste gräns',
      unit: 'procentenheter',
      span: 'all',
      section: vr,
      formula: (y, f) => `=MIN(${andel(y, f)}-${f.ref('mal_vr_min')},${f.ref('mal_vr_max')}-${andel(y, f)})`,
      definition: 'Avstånd i procentenheter till närmaste gräns; negativt när målet inte nås.',
    }),
    row({
      id: 'vr_marginal_mnkr',
      name: 'Marginal_verksamhetens_resultat_mnkr',
      label: 'Marginal till närmaste gräns, belopp',
      unit: 'mnkr',
      span: 'all',
      section: vr,
      formula: (y, f) => {
        const base = f.ref('skatt_och_statsbidrag', y);
        const result = f.ref('verksamhetens_resultat', y);
        return `=MIN(${result}-${f.ref('mal_vr_min')}/100*${base},${f.ref('mal_vr_max')}/100*${base}-${result})`;
      },
      definition: 'Samma marginal i mnkr av verksamhetens resultat.',
    }),
    row({
      id: 'vr_uppfyllt',
      name: 'Verksamhetens_resultat_uppfyllt',
      label: 'Mål 1 uppfyllt',
      unit: 'janej',
      span: 'all',
      section: vr,
      formula: (y, f) =>
        `=AND(${andel(y, f)}>=${f.ref('mal_vr_min')},${andel(y, f)}<=${f.ref('mal_vr_max')})`,
      definition: 'Verksamhetens resultat ligger mellan 1 och 3 %.',
    }),
    row({
      id: 'soliditet_marginal',
      name: 'Marginal_soliditet',
      label: 'Soliditet (fullfondering) över målet',
      unit: 'procentenheter',
      span: 'budget',
      section: soliditet,
      formula: (y, f) => `=${f.ref('soliditet_fullfondering', y)}-${f.ref('mal_soliditet_min')}`,
      definition: 'Soliditet inklusive ansvarsförbindelsen minus 16 %.',
    }),
    row({
      id: 'soliditet_marginal_mnkr',
      name: 'Marginal_soliditet_mnkr',
      label: 'Resultat som kan förloras innan målet bryts',
      unit: 'mnkr',
      span: 'budget',
      section: soliditet,
      formula: (y, f) =>
        `=(${egetKapitalFullfondering(y, f)}-${f.ref('mal_soliditet_min')}/100*${f.ref('summa_tillgangar', y)})/(1-${f.ref('mal_soliditet_min')}/100)`,
      definition:
        'Ett sämre resultat minskar både eget kapital och (via kassan) tillgångarna; detta är beloppet då soliditeten når 16 %.',
    }),
    row({
      id: 'soliditet_uppfyllt',
      name: 'Soliditet_uppfyllt',
      label: 'Mål 2 uppfyllt',
      unit: 'janej',
      span: 'budget',
      section: soliditet,
      formula: (y, f) => `=${f.ref('soliditet_fullfondering', y)}>=${f.ref('mal_soliditet_min')}`,
      definition: 'Soliditeten inklusive ansvarsförbindelsen är minst 16 %.',
    }),
    row({
      id: 'sjalvfinansieringsgrad',
      name: 'Självfinansieringsgrad',
      label: 'Självfinansieringsgrad (planens definition)',
      unit: 'procent',
      span: 'budget',
      section: sjalv,
      formula: (y, f) => `=${f.ref('kassaflode_lopande', y)}/-${f.ref('kassaflode_investering', y)}*100`,
      definition: 'Kassaflöde från den löpande verksamheten / kassaflöde från investeringsverksamheten.',
      source: `${goalSource}; ${RELATIONS.sjalvfinansieringsgrad}`,
    }),
    row({
      id: 'sjalvfinansieringsgrad_resultat',
      name: 'Självfinansieringsgrad_resultat_och_avskrivningar',
      label: 'Självfinansieringsgrad (årets resultat + avskrivningar)',
      unit: 'procent',
      span: 'budget',
      section: sjalv,
      formula: (y, f) =>
        `=(${f.ref('arets_resultat', y)}-${f.ref('avskrivningar', y)})/-${f.ref('kassaflode_investering', y)}*100`,
      definition:
        'Den vanliga varianten i andra kommuner och regioner: (årets resultat + avskrivningar) / investeringar.',
      source: 'RKR/SKR, vanlig definition; visas bredvid planens definition',
    }),
    row({
      id: 'sjalvfinansieringsgrad_planperiod',
      name: 'Självfinansieringsgrad_planperioden',
      label: `Självfinansieringsgrad ${goalYears[0] ?? ''}–${goalYears[goalYears.length - 1] ?? ''} (målet)`,
      unit: 'procent',
      span: 'first',
      section: sjalv,
      formula: (_y, f) => `=${sumOver('kassaflode_lopande', f)}/-${sumOver('kassaflode_investering', f)}*100`,
      definition:
        'Summa kassaflöde från löpande verksamhet / summa investeringar över planperiodens tre år. Planen: 36 %.',
      source: `${goalSource}; ${RELATIONS.sjalvfinansieringsgrad}`,
    }),
    row({
      id: 'sjalvfinansiering_marginal',
      name: 'Marginal_självfinansieringsgrad',
      label: 'Över (+) eller under (−) målet',
      unit: 'procentenheter',
      span: 'first',
      section: sjalv,
      formula: (y, f) =>
        `=${f.ref('sjalvfinansieringsgrad_planperiod', y)}-${f.ref('mal_sjalvfinansiering_min')}`,
      definition: 'Självfinansieringsgraden för planperioden minus 60 %.',
    }),
    row({
      id: 'sjalvfinansiering_marginal_mnkr',
      name: 'Marginal_självfinansieringsgrad_mnkr',
      label: 'Kassaflöde över (+) eller under (−) målet',
      unit: 'mnkr',
      span: 'first',
      section: sjalv,
      formula: (_y, f) =>
        `=${sumOver('kassaflode_lopande', f)}-${f.ref('mal_sjalvfinansiering_min')}/100*-${sumOver('kassaflode_investering', f)}`,
      definition:
        'Hur mycket större (−) kassaflöde från den löpande verksamheten som behövs över planperioden.',
    }),
    row({
      id: 'sjalvfinansiering_uppfyllt',
      name: 'Självfinansieringsgrad_uppfyllt',
      label: 'Mål 3 uppfyllt',
      unit: 'janej',
      span: 'first',
      section: sjalv,
      formula: (y, f) =>
        `=${f.ref('sjalvfinansieringsgrad_planperiod', y)}>=${f.ref('mal_sjalvfinansiering_min')}`,
      definition: 'Självfinansieringsgraden i genomsnitt för planperioden är minst 60 %.',
    }),
  ];
};
