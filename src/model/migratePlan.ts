import type { Goal, Plan, Source, StatementInput, StatementRowInput } from './planSchema';
import type { PlanV1 } from './planSchemaV1';

type Row = StatementRowInput;
type Values = Record<string, number>;

/** A v1 `{document, section}` as a v2 source; the v1 "domain" key was the tool's own derivation, not a document. */
const sourceOf = (plan: PlanV1, source: { document: string; section: string }): Source =>
  plan.sources[source.document]?.startsWith('Budgetverkstad')
    ? { kind: 'derived', basis: `Härlett ur planens publicerade tabeller (${source.section})` }
    : { kind: 'document', document: source.document, section: source.section };

const row = (id: string, values: Values, label?: string): Row => ({
  id,
  values,
  ...(label ? { label } : {}),
});

/** Values for `years` from `published` where it has them, else from `fallback` (the v1 kalkyl assumption). */
const withKalkyl = (
  published: Values,
  years: readonly number[],
  fallback: (year: number) => number | undefined,
) =>
  Object.fromEntries(
    years.flatMap((year) => {
      const value = published[String(year)] ?? fallback(year);
      return value === undefined ? [] : [[String(year), value] as const];
    }),
  );

const resultatbudget = (plan: PlanV1): StatementInput => {
  const t = plan.tables.resultatbudget;
  const r = t.rows;
  return {
    source: sourceOf(plan, t.source),
    unit: 'mnkr',
    rows: [
      row('verksamhetens_intakter', r.verksamhetens_intakter),
      row('verksamhetens_kostnader', r.verksamhetens_kostnader),
      row('avskrivningar', r.avskrivningar),
      row('verksamhetens_nettokostnad', r.verksamhetens_nettokostnad),
      row('skatteintakter', r.skatteintakter),
      row('generella_statsbidrag', r.generella_statsbidrag),
      row('verksamhetens_resultat', r.verksamhetens_resultat),
      row('finansiella_intakter', r.finansiella_intakter),
      row('finansiella_kostnader', r.finansiella_kostnader),
      row('arets_resultat', r.arets_resultat),
      row(
        'orealiserade_vinster_vardepapper',
        r.avkastning_pensionsportfolj,
        'Avkastning pensionsportfölj (orealiserad)',
      ),
      row('balanskravsresultat', r.balanskravsresultat),
      row(
        'resultatkrav',
        r.resultatkrav,
        `Resultat krav ${String(plan.goals.resultatkravProcent).replace('.', ',')} %`,
      ),
      row(
        'behov_av_atgarder',
        r.behov_av_atgarder,
        `Behov av åtgärder (${String(plan.goals.resultatkravProcent).replace('.', ',')} % och positivt balanskravsresultat)`,
      ),
    ],
  };
};

const balansbudget = (plan: PlanV1): StatementInput => {
  const t = plan.tables.balansbudget;
  const r = t.rows;
  return {
    source: sourceOf(plan, t.source),
    unit: 'mnkr',
    rows: [
      row('anlaggningstillgangar', r.anlaggningstillgangar, 'Anläggningstillgångar'),
      row('omsattningstillgangar', r.omsattningstillgangar, 'Omsättningstillgångar'),
      row('summa_tillgangar', r.summa_tillgangar),
      row('eget_kapital_ingaende', r.eget_kapital_ingaende),
      row('bb_arets_resultat', r.arets_resultat),
      row('avsattningar', r.avsattningar, 'Avsättningar'),
      row('langfristiga_skulder', r.langfristiga_skulder),
      row('kortfristiga_skulder', r.kortfristiga_skulder),
      row(
        'summa_eget_kapital_och_skulder',
        r.summa_eget_kapital_och_skulder,
        'Summa eget kapital och skulder',
      ),
      row('soliditet_blandmodell', r.soliditet_blandmodell),
      row('soliditet_fullfondering', r.soliditet_fullfondering),
    ],
  };
};

const finansieringsbudget = (plan: PlanV1): StatementInput => {
  const t = plan.tables.finansieringsbudget;
  const r = t.rows;
  const same = [
    'justering_ej_likvidpaverkande',
    'ovriga_likviditetspaverkande',
    'forandring_kortfristiga_fordringar',
    'kassaflode_lopande',
    'investering_finansiella',
    'investering_immateriella',
    'investering_materiella',
    'kassaflode_investering',
    'kassaflode_finansiering',
    'arets_kassaflode',
    'likvida_medel_borjan',
    'likvida_medel_slut',
  ] as const;
  return {
    source: sourceOf(plan, t.source),
    unit: 'mnkr',
    rows: [row('fb_arets_resultat', r.arets_resultat), ...same.map((id) => row(id, r[id]))],
  };
};

const revenue = (plan: PlanV1): NonNullable<Plan['revenue']> => {
  const t = plan.tables.skattOchUtjamning;
  const r = t.rows;
  // v1 split the population effect in proportion to skatt and all of statsbidrag och utjämning, so every
  // line follows befolkning; inkomstutjämning also follows skatteunderlagstillväxt (DOMAIN.md §4).
  const follows = (id: string, label: string, values: Values) =>
    ({ id, label, group: 'statsbidrag', behaviour: 'befolkning', values }) as const;
  return {
    source: sourceOf(plan, t.source),
    lines: [
      {
        id: 'skatteintakter',
        label: 'Skatteintäkter',
        group: 'skatt',
        behaviour: 'skatt',
        values: r.skatteintakter,
      },
      {
        id: 'inkomstutjamning',
        label: 'Inkomstutjämning',
        group: 'statsbidrag',
        behaviour: 'inkomstutjamning',
        values: r.inkomstutjamning,
      },
      follows('kostnadsutjamning', 'Kostnadsutjämning', r.kostnadsutjamning),
      follows('strukturbidrag', 'Strukturbidrag', r.strukturbidrag),
      follows('regleringsbidrag', 'Regleringsbidrag', r.regleringsbidrag),
      follows('lakemedelsbidrag', 'Läkemedelsbidrag', r.lakemedelsbidrag),
    ],
  };
};

const goals = (plan: PlanV1): Goal[] => {
  const g = plan.goals;
  const source = sourceOf(plan, g.source);
  return [
    { id: 'balanskrav', kind: 'balanskrav', min: g.balanskrav.min, source },
    {
      id: 'resultat',
      kind: 'resultatandel',
      row: 'verksamhetens_resultat',
      min: g.verksamhetensResultat.min,
      max: g.verksamhetensResultat.max,
      published: g.verksamhetensResultat.published,
      source,
    },
    {
      id: 'soliditet',
      kind: 'soliditet',
      model: 'fullfondering',
      min: g.soliditetFullfondering.min,
      published: g.soliditetFullfondering.published,
      source,
    },
    {
      id: 'sjalvfinansiering',
      kind: 'sjalvfinansieringsgrad',
      definition: 'kassaflode',
      min: g.sjalvfinansieringsgrad.min,
      judged: 'average',
      years: g.sjalvfinansieringsgrad.years,
      published: g.sjalvfinansieringsgrad.published,
      source,
    },
  ];
};

/**
 * Plan file version 1 (a region's strategic plan in fixed tables) → version 2 (statements as rows, drivers,
 * goals as a list). Pure: the input is not changed. v1's informational tables (beslutsramar, LPIK's parts,
 * läkemedel growth, pension costs) are not used by the model and are left out.
 *
 * @example
 *   migratePlanV1(v1Plan).statements.resultatbudget.rows[0]?.id; // "verksamhetens_intakter"
 */
export const migratePlanV1 = (plan: PlanV1): Plan => {
  const t = plan.tables;
  const a = plan.assumptions.items;
  const assumed = (basis: string): Source => ({ kind: 'derived', basis });
  const modelYears = [...plan.years.budget, ...plan.years.kalkyl];
  const kalkylSources = (basis: string) =>
    Object.fromEntries(plan.years.kalkyl.map((year) => [String(year), assumed(basis)] as const));
  return {
    format: 'budgetverkstad.plan',
    schemaVersion: 2,
    id: plan.id,
    version: plan.version,
    name: plan.name,
    organisation: { name: plan.organisation, kind: 'region' },
    decided: plan.decided,
    unit: 'mnkr',
    years: { base: plan.years.base, budget: [...plan.years.budget], kalkyl: [...plan.years.kalkyl] },
    documents: Object.fromEntries(
      Object.entries(plan.sources)
        .filter(([, text]) => !text.startsWith('Budgetverkstad'))
        .map(([key, title]) => [key, { title }]),
    ),
    statements: {
      resultatbudget: resultatbudget(plan),
      balansbudget: balansbudget(plan),
      finansieringsbudget: finansieringsbudget(plan),
    },
    revenue: revenue(plan),
    drivers: {
      skattesats: { values: t.skattesats.rows.utdebitering, source: sourceOf(plan, t.skattesats.source) },
      befolkning: {
        values: t.befolkning.rows.regionens_prognos,
        source: sourceOf(plan, t.befolkning.source),
        date: '1 november året innan budgetåret',
        alternatives: [
          {
            id: 'scb_prognos',
            label: 'SCB:s befolkningsprognos',
            values: t.befolkning.rows.scb_prognos,
            source: sourceOf(plan, t.befolkning.source),
          },
        ],
      },
      skatteunderlagstillvaxt: {
        values: withKalkyl(
          t.skatteunderlagstillvaxt.rows.tillvaxt,
          modelYears,
          (y) => a.skatteunderlagstillvaxtKalkyl.values[String(y)],
        ),
        source: sourceOf(plan, t.skatteunderlagstillvaxt.source),
        yearSources: kalkylSources(a.skatteunderlagstillvaxtKalkyl.basis),
      },
      prisindex: {
        name: 'LPIK',
        label: 'LPIK (uppräkning av ramar)',
        values: withKalkyl(t.lpik.rows.inkl_lakemedel, modelYears, () => a.lpikKalkyl.value),
        source: sourceOf(plan, t.lpik.source),
        yearSources: kalkylSources(a.lpikKalkyl.basis),
      },
      effektPer100Invanare: {
        value: a.intaktPer100Invanare.value,
        source: sourceOf(plan, t.befolkning.source),
      },
      avskrivningstid: { value: a.avskrivningstid.value, source: assumed(a.avskrivningstid.basis) },
      pensionsportfolj: {
        expectedReturn: t.pensioner.expectedReturnNominal,
        source: sourceOf(plan, t.pensioner.source),
      },
      ansvarsforbindelse: {
        values: a.ansvarsforbindelse.values,
        source: assumed(a.ansvarsforbindelse.basis),
      },
    },
    namnder: {
      source: sourceOf(plan, t.namndramar.source),
      ...(t.namndramar.note ? { note: t.namndramar.note } : {}),
      list: Object.entries(t.namndramar.namnder).map(([name, n]) => ({
        name,
        anslagAretInnan: n.anslag_aret_innan,
        prisupprakning: n.prisupprakning,
        ramforandring: n.ramforandring,
        omfordelning: n.omfordelning,
        ram: n.ram,
      })),
      summa: t.namndramar.summa,
    },
    resultatkrav: { percent: plan.goals.resultatkravProcent, source: sourceOf(plan, plan.goals.source) },
    goals: goals(plan),
  };
};
