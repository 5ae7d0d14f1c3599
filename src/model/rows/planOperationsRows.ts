import type { Plan } from '../planSchema';
import { published, type RowSpec } from '../rowSpec';
import { planRowContext, slug } from './planRowContext';
import { RELATIONS, sourceOf } from './sources';

/** LPIK, nettokostnad, the nämnd frames of Bilaga 4 that LPIK uprates, and the pension portfolio's return. */
export const planOperationsRows = (plan: Plan): RowSpec[] => {
  const { t, rb, first, sheet, constant, rbSource, frameSource, namnder } = planRowContext(plan);
  const verksamhet = 'Verksamhet och nämndramar';
  return [
    constant({
      id: 'plan_lpik',
      name: 'Planens_LPIK',
      label: 'Planens LPIK',
      unit: 'procent',
      span: 'all',
      planValue: (y) => t.lpik.rows.inkl_lakemedel[String(y)] ?? plan.assumptions.items.lpikKalkyl.value,
      definition: 'Landstingsprisindex inkl. läkemedel enligt SKR; kalkylåren med sista prognosårets index.',
      source: `${sourceOf(plan, t.lpik.source)}; ${plan.assumptions.items.lpikKalkyl.basis}`,
      section: verksamhet,
    }),
    constant({
      id: 'plan_nettokostnad',
      name: 'Planens_verksamhetens_nettokostnad',
      label: 'Planens verksamhetens nettokostnad',
      unit: 'mnkr',
      span: 'all',
      planValue: (y) => published(rb.verksamhetens_nettokostnad, y, 'verksamhetens nettokostnad'),
      definition: 'Verksamhetens nettokostnad enligt planens resultatbudget.',
      source: rbSource,
      section: verksamhet,
    }),
    ...namnder.map(([namnd, frame]): RowSpec =>
      constant({
        id: `anslag_${slug(namnd)}`,
        name: `Anslag_året_innan_${slug(namnd)}`,
        label: `${namnd}: anslag ${plan.years.base}`,
        unit: 'mnkr',
        span: 'first',
        planValue: (y) => published(frame.anslag_aret_innan, y, `anslag året innan för ${namnd}`),
        definition: `Nämndens nettokostnadsram året före planperioden (${plan.years.base}).`,
        source: frameSource,
        section: verksamhet,
      }),
    ),
    ...namnder.map(([namnd, frame]): RowSpec =>
      constant({
        id: `ram_${slug(namnd)}`,
        name: `Nettokostnadsram_${slug(namnd)}`,
        label: `${namnd}: nettokostnadsram`,
        unit: 'mnkr',
        span: 'budget',
        planValue: (y) => published(frame.ram, y, `nettokostnadsram för ${namnd}`),
        definition:
          'Anslag året innan + prisuppräkning + ramförändring + omfördelning, som i planens sammanställning av nämndernas ramar.',
        source: frameSource,
        section: verksamhet,
      }),
    ),
    {
      kind: 'formula',
      id: 'ramunderlag',
      name: 'Ramunderlag',
      label: 'Ramunderlag (föregående års nettokostnadsramar)',
      unit: 'mnkr',
      sheet,
      span: 'all',
      section: verksamhet,
      formula: (y, f) => {
        const prior = y - 1;
        if (y === first) return `=-(${namnder.map(([n]) => f.ref(`anslag_${slug(n)}`, y)).join('+')})`;
        if (f.budgetYears.includes(prior))
          return `=-(${namnder.map(([n]) => f.ref(`ram_${slug(n)}`, prior)).join('+')})`;
        return `=-${f.ref('plan_nettokostnad', prior)}`;
      },
      definition:
        'Det belopp som LPIK räknar upp: nämndernas ramar föregående år, för kalkylåren planens nettokostnad föregående år.',
      source: `${frameSource}; ${RELATIONS.ramar}`,
    },
    constant({
      id: 'plan_orealiserad_avkastning',
      name: 'Planens_orealiserade_avkastning',
      label: 'Planens orealiserade avkastning på pensionsportföljen',
      unit: 'mnkr',
      span: 'all',
      planValue: (y) => -published(rb.avkastning_pensionsportfolj, y, 'avkastning pensionsportfölj'),
      definition: 'Den avkastning i finansiella intäkter som planen räknar bort ur balanskravsresultatet.',
      source: rbSource,
      section: verksamhet,
    }),
    constant({
      id: 'plan_pensionsavkastning',
      name: 'Planens_pensionsavkastning',
      label: 'Planens avkastning på pensionsportföljen',
      unit: 'procent',
      span: 'all',
      planValue: () => t.pensioner.expectedReturnNominal,
      definition: 'Förväntad nominell avkastning (3 % realt).',
      source: sourceOf(plan, t.pensioner.source),
      section: verksamhet,
    }),
  ];
};
