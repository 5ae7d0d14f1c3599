import type { Plan } from '../planSchema';
import { sumOf, type FormulaRow } from '../rowSpec';
import { RELATIONS, sourceOf } from './sources';

/**
 * Balansbudget for the budget years (DOMAIN.md §2). It balances by construction of the accounting, not by a
 * plug: every change reaches eget kapital through årets resultat and the assets through the cash flow,
 * the investments and the reinvested pension return.
 */
export const balansbudgetRows = (plan: Plan): FormulaRow[] => {
  const source = sourceOf(plan, plan.tables.balansbudget.source);
  const row = (
    spec: Omit<FormulaRow, 'kind' | 'sheet' | 'span' | 'source'> & { source?: string },
  ): FormulaRow => ({
    kind: 'formula',
    sheet: 'Balansbudget',
    span: 'budget',
    source,
    ...spec,
  });
  const first = plan.years.budget[0] ?? plan.years.base + 1;
  const returnChange = (y: number, f: Parameters<FormulaRow['formula']>[1]) =>
    `(${f.ref('orealiserad_avkastning', y)}-${f.ref('plan_orealiserad_avkastning', y)})`;
  return [
    row({
      id: 'anlaggningstillgangar',
      name: 'Anläggningstillgångar',
      label: 'Anläggningstillgångar',
      unit: 'mnkr',
      section: 'Tillgångar',
      formula: (y, f) => {
        const opening =
          y === first ? f.ref('ingaende_anlaggningstillgangar') : f.ref('anlaggningstillgangar', y - 1);
        return `=${opening}-${f.ref('kassaflode_investering', y)}+${f.ref('avskrivningar', y)}-${f.ref('kassaflode_finansiering', y)}`;
      },
      definition: 'Föregående år + investeringar − avskrivningar − minskade långfristiga fordringar.',
      source: `${source}; ${RELATIONS.anlaggningstillgangar}`,
    }),
    row({
      id: 'omsattningstillgangar',
      name: 'Omsättningstillgångar',
      label: 'Omsättningstillgångar',
      unit: 'mnkr',
      section: 'Tillgångar',
      formula: sumOf('bb_likvida_medel', 'ovriga_omsattningstillgangar'),
      definition: 'Likvida medel och övriga omsättningstillgångar (främst pensionsmedelsportföljen).',
    }),
    row({
      id: 'bb_likvida_medel',
      name: 'Likvida_medel',
      label: 'varav likvida medel',
      unit: 'mnkr',
      section: 'Tillgångar',
      formula: (y, f) => `=${f.ref('likvida_medel_slut', y)}`,
      definition: 'Likvida medel vid årets slut enligt finansieringsbudgeten.',
      source: sourceOf(plan, plan.tables.finansieringsbudget.source),
    }),
    row({
      id: 'ovriga_omsattningstillgangar',
      name: 'Övriga_omsättningstillgångar',
      label: 'varav övriga omsättningstillgångar',
      unit: 'mnkr',
      section: 'Tillgångar',
      formula: (y, f) => {
        const carried =
          y === first
            ? ''
            : `+(${f.ref('ovriga_omsattningstillgangar', y - 1)}-${f.ref('plan_ovriga_omsattningstillgangar', y - 1)})`;
        return `=${f.ref('plan_ovriga_omsattningstillgangar', y)}${carried}+${returnChange(y, f)}`;
      },
      definition:
        'Planens nivå plus den ändrade orealiserade avkastningen, som stannar i portföljen år efter år.',
    }),
    row({
      id: 'summa_tillgangar',
      name: 'Summa_tillgångar',
      label: 'Summa tillgångar',
      unit: 'mnkr',
      emphasis: 'total',
      section: 'Tillgångar',
      formula: sumOf('anlaggningstillgangar', 'omsattningstillgangar'),
      definition: 'Anläggningstillgångar + omsättningstillgångar.',
    }),
    row({
      id: 'eget_kapital_ingaende',
      name: 'Eget_kapital_ingående',
      label: 'Eget kapital (ingående)',
      unit: 'mnkr',
      section: 'Eget kapital och skulder',
      formula: (y, f) =>
        y === first
          ? `=${f.ref('ingaende_eget_kapital')}`
          : `=${f.ref('eget_kapital_ingaende', y - 1)}+${f.ref('bb_arets_resultat', y - 1)}`,
      definition: 'Föregående års eget kapital + föregående års resultat.',
    }),
    row({
      id: 'bb_arets_resultat',
      name: 'Årets_resultat_i_balansen',
      label: 'Årets resultat',
      unit: 'mnkr',
      section: 'Eget kapital och skulder',
      formula: (y, f) => `=${f.ref('arets_resultat', y)}`,
      definition: 'Årets resultat från resultatbudgeten.',
    }),
    row({
      id: 'avsattningar',
      name: 'Avsättningar',
      label: 'Avsättningar',
      unit: 'mnkr',
      section: 'Eget kapital och skulder',
      formula: (y, f) => `=${f.ref('avsattningar_grund', y)}`,
      definition: 'Avsättningar för pensioner m.m.',
    }),
    row({
      id: 'langfristiga_skulder',
      name: 'Långfristiga_skulder',
      label: 'Långfristiga skulder',
      unit: 'mnkr',
      section: 'Eget kapital och skulder',
      formula: (y, f) => `=${f.ref('langfristiga_skulder_grund', y)}`,
      definition: 'Långfristiga skulder.',
    }),
    row({
      id: 'kortfristiga_skulder',
      name: 'Kortfristiga_skulder',
      label: 'Kortfristiga skulder',
      unit: 'mnkr',
      section: 'Eget kapital och skulder',
      formula: (y, f) => `=${f.ref('kortfristiga_skulder_grund', y)}`,
      definition: 'Kortfristiga skulder.',
    }),
    row({
      id: 'summa_eget_kapital_och_skulder',
      name: 'Summa_eget_kapital_och_skulder',
      label: 'Summa eget kapital och skulder',
      unit: 'mnkr',
      emphasis: 'total',
      section: 'Eget kapital och skulder',
      formula: sumOf(
        'eget_kapital_ingaende',
        'bb_arets_resultat',
        'avsattningar',
        'langfristiga_skulder',
        'kortfristiga_skulder',
      ),
      definition: 'Ska vara lika med summa tillgångar.',
    }),
    row({
      id: 'soliditet_blandmodell',
      name: 'Soliditet_blandmodell',
      label: 'Soliditet, blandmodell',
      unit: 'procent',
      section: 'Soliditet',
      formula: (y, f) =>
        `=(${f.ref('eget_kapital_ingaende', y)}+${f.ref('bb_arets_resultat', y)})/${f.ref('summa_tillgangar', y)}*100`,
      definition: 'Eget kapital inklusive årets resultat / summa tillgångar.',
    }),
    row({
      id: 'soliditet_fullfondering',
      name: 'Soliditet_fullfondering',
      label: 'Soliditet, fullfondering (inkl. ansvarsförbindelse)',
      unit: 'procent',
      section: 'Soliditet',
      formula: (y, f) =>
        `=(${f.ref('eget_kapital_ingaende', y)}+${f.ref('bb_arets_resultat', y)}-${f.ref('ansvarsforbindelse', y)})/${f.ref('summa_tillgangar', y)}*100`,
      definition: '(Eget kapital − ansvarsförbindelse för pensioner) / summa tillgångar. Målet: minst 16 %.',
      source: `${source}; ${RELATIONS.soliditet}`,
    }),
  ];
};
