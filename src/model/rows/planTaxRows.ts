import type { Plan } from '../planSchema';
import { published, type RowSpec } from '../rowSpec';
import { planRowContext } from './planRowContext';
import { RELATIONS, sourceOf } from './sources';

/** The plan's skatt, statsbidrag and befolkning, and the skatteunderlag they imply (DOMAIN.md §1, §3). */
export const planTaxRows = (plan: Plan): RowSpec[] => {
  const { t, rb, lastBudget, sheet, constant, rbSource } = planRowContext(plan);
  const skatt = 'Skatt, utjämning och befolkning';
  return [
    constant({
      id: 'plan_skattesats',
      name: 'Planens_skattesats',
      label: 'Planens skattesats',
      unit: 'kr',
      span: 'all',
      planValue: (y) => published(t.skattesats.rows.utdebitering, y, 'skattesats'),
      definition: 'Utdebitering i kronor per skattekrona enligt planen.',
      source: sourceOf(plan, t.skattesats.source),
      section: skatt,
    }),
    constant({
      id: 'plan_skatteintakter',
      name: 'Planens_skatteintäkter',
      label: 'Planens skatteintäkter',
      unit: 'mnkr',
      span: 'all',
      planValue: (y) => published(rb.skatteintakter, y, 'skatteintäkter'),
      definition: 'Skatteintäkter enligt planens resultatbudget.',
      source: rbSource,
      section: skatt,
    }),
    constant({
      id: 'plan_statsbidrag',
      name: 'Planens_statsbidrag_och_utjämning',
      label: 'Planens generella statsbidrag och utjämning',
      unit: 'mnkr',
      span: 'all',
      planValue: (y) => published(rb.generella_statsbidrag, y, 'generella statsbidrag och utjämning'),
      definition: 'Generella statsbidrag och utjämning enligt planens resultatbudget.',
      source: rbSource,
      section: skatt,
    }),
    {
      kind: 'formula',
      id: 'plan_skatteunderlag',
      name: 'Planens_skatteunderlag',
      label: 'Planens skatteunderlag',
      unit: 'mnkr',
      sheet,
      span: 'all',
      section: skatt,
      formula: (y, f) => `=${f.ref('plan_skatteintakter', y)}/${f.ref('plan_skattesats', y)}*100`,
      definition:
        'Det beskattningsbara underlag som planens skatteintäkter bygger på: skatteintäkter = skatteunderlag × skattesats / 100.',
      source: RELATIONS.skatt,
    },
    {
      kind: 'formula',
      id: 'plan_skatteandel',
      name: 'Planens_skatteandel',
      label: 'Skatteintäkternas andel av skatt och statsbidrag',
      unit: 'andel',
      sheet,
      span: 'all',
      section: skatt,
      formula: (y, f) =>
        `=${f.ref('plan_skatteintakter', y)}/(${f.ref('plan_skatteintakter', y)}+${f.ref('plan_statsbidrag', y)})`,
      definition:
        'Den del av befolkningseffekten som går till skatteintäkterna; resten går till statsbidrag och utjämning.',
      source: RELATIONS.befolkning,
    },
    constant({
      id: 'plan_befolkning',
      name: 'Planens_befolkning',
      label: 'Planens befolkning (regionens prognos)',
      unit: 'invanare',
      span: 'all',
      planValue: (y) => published(t.befolkning.rows.regionens_prognos, y, 'befolkning'),
      definition:
        'Befolkningen den 1 november året innan budgetåret enligt regionens skatteunderlagsberäkning.',
      source: sourceOf(plan, t.befolkning.source),
      section: skatt,
    }),
    constant({
      id: 'plan_skatteunderlagstillvaxt',
      name: 'Planens_skatteunderlagstillväxt',
      label: 'Planens skatteunderlagstillväxt',
      unit: 'procent',
      span: 'all',
      planValue: (y) =>
        t.skatteunderlagstillvaxt.rows.tillvaxt[String(y)] ??
        published(plan.assumptions.items.skatteunderlagstillvaxtKalkyl.values, y, 'skatteunderlagstillväxt'),
      definition:
        'SKR:s skatteunderlagstillväxt för budgetåren; för kalkylåren härledd ur planens skatteintäkter.',
      source: `${sourceOf(plan, t.skatteunderlagstillvaxt.source)}; ${plan.assumptions.items.skatteunderlagstillvaxtKalkyl.basis}`,
      section: skatt,
    }),
    {
      kind: 'formula',
      id: 'plan_inkomstutjamning',
      name: 'Planens_inkomstutjämning',
      label: 'Planens inkomstutjämning',
      unit: 'mnkr',
      sheet,
      span: 'all',
      section: skatt,
      formula: (y, f) => {
        const value = t.skattOchUtjamning.rows.inkomstutjamning[String(y)];
        if (value !== undefined) return `=${value}`;
        return `=${f.ref('plan_statsbidrag', y)}*${f.ref('plan_inkomstutjamning', lastBudget)}/${f.ref('plan_statsbidrag', lastBudget)}`;
      },
      definition:
        'Inkomstutjämning enligt planen; för kalkylåren uppskattad med sista budgetårets andel av statsbidrag och utjämning.',
      source: sourceOf(plan, t.skattOchUtjamning.source),
    },
  ];
};
