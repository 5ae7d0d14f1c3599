import type { Plan } from '../planSchema';
import { sumOf, type FormulaRow } from '../rowSpec';
import { sourceOf } from './sources';

/** Resultatbudget 2025–2027 and kalkyl 2028–2030, row for row as the plan prints it (DOMAIN.md §1). */
export const resultatbudgetRows = (plan: Plan): FormulaRow[] => {
  const source = sourceOf(plan, plan.tables.resultatbudget.source);
  const row = (
    spec: Omit<FormulaRow, 'kind' | 'sheet' | 'span' | 'source'> & { source?: string },
  ): FormulaRow => ({
    kind: 'formula',
    sheet: 'Resultatbudget',
    span: 'all',
    source,
    ...spec,
  });
  return [
    row({
      id: 'verksamhetens_intakter',
      name: 'Verksamhetens_intäkter',
      label: 'Verksamhetens intäkter',
      unit: 'mnkr',
      formula: (y, f) =>
        `=${f.ref('verksamhetens_intakter_grund', y)}+${f.ref('ramforandringar_intakter', y)}`,
      definition: 'Avgifter, ersättningar och andra intäkter i verksamheten, med scenariots ramförändringar.',
    }),
    row({
      id: 'verksamhetens_kostnader',
      name: 'Verksamhetens_kostnader',
      label: 'Verksamhetens kostnader',
      unit: 'mnkr',
      formula: (y, f) =>
        `=${f.ref('verksamhetens_kostnader_grund', y)}-${f.ref('lpik_effekt', y)}-${f.ref('ramforandringar_kostnader', y)}`,
      definition:
        'Personal, köpt vård, läkemedel m.m. (negativt tal), med ändrad LPIK och scenariots ramförändringar.',
    }),
    row({
      id: 'avskrivningar',
      name: 'Avskrivningar',
      label: 'Avskrivningar',
      unit: 'mnkr',
      formula: (y, f) => `=${f.ref('avskrivningar_grund', y)}-${f.ref('tillkommande_avskrivningar', y)}`,
      definition: 'Planenliga avskrivningar, med avskrivningar på ändrade investeringar från året efter.',
    }),
    row({
      id: 'verksamhetens_nettokostnad',
      name: 'Verksamhetens_nettokostnad',
      label: 'Verksamhetens nettokostnad',
      unit: 'mnkr',
      emphasis: 'subtotal',
      formula: sumOf('verksamhetens_intakter', 'verksamhetens_kostnader', 'avskrivningar'),
      definition: 'Intäkter − kostnader − avskrivningar: det som skatt och statsbidrag ska finansiera.',
    }),
    row({
      id: 'skatteintakter',
      name: 'Skatteintäkter',
      label: 'Skatteintäkter',
      unit: 'mnkr',
      formula: (y, f) => `=${f.ref('skatteunderlag', y)}*${f.ref('skattesats', y)}/100`,
      definition: 'Skatteunderlag × skattesats / 100. Ett öre på skattesatsen ger 2025 ungefär 7 mnkr.',
    }),
    row({
      id: 'generella_statsbidrag',
      name: 'Generella_statsbidrag_och_utjämning',
      label: 'Generella statsbidrag och utjämning',
      unit: 'mnkr',
      formula: (y, f) =>
        `=${f.ref('statsbidrag_prognos', y)}+${f.ref('befolkningseffekt', y)}*(1-${f.ref('plan_skatteandel', y)})+${f.ref('utjamningseffekt', y)}`,
      definition:
        'Utjämning och generella statsbidrag, med befolkningens och skatteunderlagstillväxtens effekt.',
    }),
    row({
      id: 'verksamhetens_resultat',
      name: 'Verksamhetens_resultat',
      label: 'Verksamhetens resultat',
      unit: 'mnkr',
      emphasis: 'subtotal',
      formula: sumOf('verksamhetens_nettokostnad', 'skatteintakter', 'generella_statsbidrag'),
      definition: 'Nettokostnad + skatteintäkter + generella statsbidrag och utjämning.',
    }),
    row({
      id: 'finansiella_intakter',
      name: 'Finansiella_intäkter',
      label: 'Finansiella intäkter',
      unit: 'mnkr',
      formula: (y, f) =>
        `=${f.ref('finansiella_intakter_grund', y)}+${f.ref('orealiserad_avkastning', y)}-${f.ref('plan_orealiserad_avkastning', y)}`,
      definition: 'Främst avkastning på pensionsportföljen, som återinvesteras.',
    }),
    row({
      id: 'finansiella_kostnader',
      name: 'Finansiella_kostnader',
      label: 'Finansiella kostnader',
      unit: 'mnkr',
      formula: (y, f) => `=${f.ref('finansiella_kostnader_grund', y)}`,
      definition: 'Främst räntan på pensionsskulden.',
    }),
    row({
      id: 'arets_resultat',
      name: 'Årets_resultat',
      label: 'Årets resultat',
      unit: 'mnkr',
      emphasis: 'total',
      formula: sumOf('verksamhetens_resultat', 'finansiella_intakter', 'finansiella_kostnader'),
      definition: 'Verksamhetens resultat + finansnetto. Ökar eget kapital.',
    }),
    row({
      id: 'avkastning_pensionsportfolj',
      name: 'Avkastning_pensionsportfölj',
      label: 'Avkastning pensionsportfölj (orealiserad)',
      unit: 'mnkr',
      formula: (y, f) => `=-${f.ref('orealiserad_avkastning', y)}`,
      definition: 'Orealiserad värdeökning får inte räknas in i balanskravsresultatet och dras därför av.',
    }),
    row({
      id: 'balanskravsresultat',
      name: 'Balanskravsresultat',
      label: 'Balanskravsresultat',
      unit: 'mnkr',
      emphasis: 'total',
      formula: sumOf('arets_resultat', 'avkastning_pensionsportfolj'),
      definition:
        'Årets resultat utan orealiserad avkastning. Får inte vara negativt; underskott återställs inom tre år.',
      source: `${source}; kommunallagen 11 kap.`,
    }),
    row({
      id: 'resultatkrav',
      name: 'Resultatkrav',
      label: 'Resultat krav 1 %',
      unit: 'mnkr',
      formula: (y, f) =>
        `=${f.ref('resultatkrav_procent')}/100*(${f.ref('skatteintakter', y)}+${f.ref('generella_statsbidrag', y)})`,
      definition: '1 % av skatteintäkter, generella statsbidrag och utjämning.',
    }),
    row({
      id: 'behov_av_atgarder',
      name: 'Behov_av_åtgärder',
      label: 'Behov av åtgärder (1 % och positivt balanskravsresultat)',
      unit: 'mnkr',
      formula: (y, f) => `=${f.ref('resultatkrav', y)}-${f.ref('balanskravsresultat', y)}`,
      definition:
        'Resultatkrav − balanskravsresultat: vad som fattas (+) eller finns över (−) för att nå 1 %.',
    }),
  ];
};
