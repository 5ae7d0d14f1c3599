import type { Plan } from '../planSchema';
import { published, type PlanConstantRow, type RowSpec } from '../rowSpec';
import { sourceOf } from './sources';

const slug = (namnd: string): string => namnd.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '');

/**
 * The Plan sheet: published values that changes are measured against (a scenario changes the Antaganden
 * inputs, never these), the opening balances, the nämnd frames of Bilaga 4 and the goals.
 */
export const planRows = (plan: Plan): RowSpec[] => {
  const t = plan.tables;
  const rb = t.resultatbudget.rows;
  const fb = t.finansieringsbudget.rows;
  const bb = t.balansbudget.rows;
  const lastBudget = plan.years.budget[plan.years.budget.length - 1] ?? plan.years.base;
  const first = plan.years.budget[0] ?? plan.years.base + 1;
  const sheet = 'Plan' as const;
  const constant = (spec: Omit<PlanConstantRow, 'kind' | 'sheet'>): RowSpec => ({
    kind: 'plan',
    sheet,
    ...spec,
  });

  const rbSource = sourceOf(plan, t.resultatbudget.source);
  const bbSource = sourceOf(plan, t.balansbudget.source);
  const fbSource = sourceOf(plan, t.finansieringsbudget.source);
  const frameSource = sourceOf(plan, t.namndramar.source);
  const goalSource = sourceOf(plan, plan.goals.source);
  const namnder = Object.entries(t.namndramar.namnder);

  const skatt = 'Skatt, utjämning och befolkning';
  const verksamhet = 'Verksamhet och nämndramar';
  const balans = 'Investeringar, balans och likviditet';
  const mal = 'Finansiella mål';

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
      source: 'Modellsamband, DOMAIN.md §4 (skatt)',
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
      source: 'Modellsamband, DOMAIN.md §4 (befolkning)',
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
        definition: 'Anslag året innan + prisuppräkning + ramförändring + omfördelning (Bilaga 4).',
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
        'Det belopp som LPIK räknar upp: nämndernas ramar föregående år (Bilaga 4), för kalkylåren planens nettokostnad föregående år.',
      source: `${frameSource}; DOMAIN.md §4 (ramar)`,
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
    constant({
      id: 'plan_investeringar_materiella',
      name: 'Planens_materiella_investeringar',
      label: 'Planens materiella investeringar',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => -published(fb.investering_materiella, y, 'materiella investeringar'),
      definition: 'Likviditetseffekten av planens materiella investeringar (finansieringsbudgeten).',
      source: fbSource,
      section: balans,
    }),
    constant({
      id: 'plan_investeringar_immateriella',
      name: 'Planens_immateriella_investeringar',
      label: 'Planens immateriella investeringar',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => -published(fb.investering_immateriella, y, 'immateriella investeringar'),
      definition: 'Likviditetseffekten av planens immateriella investeringar.',
      source: fbSource,
      section: balans,
    }),
    constant({
      id: 'plan_investeringar_finansiella',
      name: 'Planens_finansiella_investeringar',
      label: 'Planens finansiella investeringar',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => -published(fb.investering_finansiella, y, 'finansiella investeringar'),
      definition: 'Likviditetseffekten av planens finansiella investeringar.',
      source: fbSource,
      section: balans,
    }),
    constant({
      id: 'plan_avskrivningar',
      name: 'Planens_avskrivningar',
      label: 'Planens avskrivningar',
      unit: 'mnkr',
      span: 'all',
      planValue: (y) => published(rb.avskrivningar, y, 'avskrivningar'),
      definition: 'Avskrivningar enligt planens resultatbudget.',
      source: rbSource,
      section: balans,
    }),
    constant({
      id: 'plan_kassaflode_finansiering',
      name: 'Planens_kassaflöde_från_finansieringsverksamheten',
      label: 'Planens kassaflöde från finansieringsverksamheten',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => published(fb.kassaflode_finansiering, y, 'kassaflöde från finansieringsverksamheten'),
      definition: 'Minskning av långfristiga fordringar (en finansiell anläggningstillgång).',
      source: fbSource,
      section: balans,
    }),
    constant({
      id: 'plan_anlaggningstillgangar',
      name: 'Planens_anläggningstillgångar',
      label: 'Planens anläggningstillgångar',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => published(bb.anlaggningstillgangar, y, 'anläggningstillgångar'),
      definition: 'Anläggningstillgångar enligt planens balansbudget.',
      source: bbSource,
      section: balans,
    }),
    constant({
      id: 'plan_omsattningstillgangar',
      name: 'Planens_omsättningstillgångar',
      label: 'Planens omsättningstillgångar',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => published(bb.omsattningstillgangar, y, 'omsättningstillgångar'),
      definition: 'Omsättningstillgångar enligt planens balansbudget.',
      source: bbSource,
      section: balans,
    }),
    constant({
      id: 'plan_likvida_medel',
      name: 'Planens_likvida_medel',
      label: 'Planens likvida medel vid årets slut',
      unit: 'mnkr',
      span: 'budget',
      planValue: (y) => published(fb.likvida_medel_slut, y, 'likvida medel vid årets slut'),
      definition: 'Likvida medel vid årets slut enligt finansieringsbudgeten.',
      source: fbSource,
      section: balans,
    }),
    {
      kind: 'formula',
      id: 'plan_ovriga_omsattningstillgangar',
      name: 'Planens_övriga_omsättningstillgångar',
      label: 'Planens övriga omsättningstillgångar',
      unit: 'mnkr',
      sheet,
      span: 'budget',
      section: balans,
      formula: (y, f) => `=${f.ref('plan_omsattningstillgangar', y)}-${f.ref('plan_likvida_medel', y)}`,
      definition:
        'Omsättningstillgångar utöver likvida medel, främst pensionsmedelsportföljen dit avkastningen återinvesteras.',
      source: `${bbSource}; ${fbSource}`,
    },
    {
      kind: 'formula',
      id: 'ingaende_anlaggningstillgangar',
      name: 'Ingående_anläggningstillgångar',
      label: `Anläggningstillgångar vid ingången av ${first}`,
      unit: 'mnkr',
      sheet,
      span: 'scalar',
      section: balans,
      formula: (y, f) =>
        `=${f.ref('plan_anlaggningstillgangar', y)}-(${f.ref('plan_investeringar_materiella', y)}+${f.ref('plan_investeringar_immateriella', y)}+${f.ref('plan_investeringar_finansiella', y)})-${f.ref('plan_avskrivningar', y)}+${f.ref('plan_kassaflode_finansiering', y)}`,
      definition:
        'Härledd ur planen: anläggningstillgångar första året − investeringar + avskrivningar + minskade långfristiga fordringar.',
      source: `${bbSource}; DOMAIN.md §4 (anläggningstillgångar)`,
    },
    constant({
      id: 'ingaende_likvida_medel',
      name: 'Ingående_likvida_medel',
      label: `Likvida medel vid ingången av ${first}`,
      unit: 'mnkr',
      span: 'scalar',
      planValue: () => published(fb.likvida_medel_borjan, first, 'likvida medel vid årets början'),
      definition: 'Likvida medel vid planperiodens början.',
      source: fbSource,
      section: balans,
    }),
    constant({
      id: 'ingaende_eget_kapital',
      name: 'Ingående_eget_kapital',
      label: `Eget kapital vid ingången av ${first}`,
      unit: 'mnkr',
      span: 'scalar',
      planValue: () => published(bb.eget_kapital_ingaende, first, 'eget kapital'),
      definition: 'Eget kapital vid planperiodens början.',
      source: bbSource,
      section: balans,
    }),
    constant({
      id: 'resultatkrav_procent',
      name: 'Resultatkrav_procent',
      label: 'Resultatkrav',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.resultatkravProcent,
      definition: 'Resultatkravet i procent av skatt, statsbidrag och utjämning.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_balanskrav_min',
      name: 'Mål_balanskrav_min',
      label: 'Balanskravet: lägsta balanskravsresultat',
      unit: 'mnkr',
      span: 'scalar',
      planValue: () => plan.goals.balanskrav.min,
      definition: 'Balanskravsresultatet får inte vara negativt (kommunallagen).',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_vr_min',
      name: 'Mål_verksamhetens_resultat_min',
      label: 'Mål: verksamhetens resultat minst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.verksamhetensResultat.min,
      definition: 'Verksamhetens resultat i procent av skatt, statsbidrag och utjämning, nedre gräns.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_vr_max',
      name: 'Mål_verksamhetens_resultat_max',
      label: 'Mål: verksamhetens resultat högst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.verksamhetensResultat.max,
      definition: 'Verksamhetens resultat i procent av skatt, statsbidrag och utjämning, övre gräns.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_soliditet_min',
      name: 'Mål_soliditet_min',
      label: 'Mål: soliditet (fullfondering) minst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.soliditetFullfondering.min,
      definition: 'Soliditet inklusive ansvarsförbindelsen för pensioner.',
      source: goalSource,
      section: mal,
    }),
    constant({
      id: 'mal_sjalvfinansiering_min',
      name: 'Mål_självfinansieringsgrad_min',
      label: 'Mål: självfinansieringsgrad minst',
      unit: 'procent',
      span: 'scalar',
      planValue: () => plan.goals.sjalvfinansieringsgrad.min,
      definition: 'Självfinansieringsgrad av investeringarna i genomsnitt över planperiodens tre första år.',
      source: goalSource,
      section: mal,
    }),
  ];
};
