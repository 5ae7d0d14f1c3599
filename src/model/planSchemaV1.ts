import * as v from 'valibot';

/**
 * Frozen: the plan file's schema version 1 (a region's strategic plan in fixed tables), kept to read and
 * migrate version 1 files (`fixtures/persisted-plans/v1/`). Never change it; the current schema is
 * `planSchema.ts`.
 */

const yearKey = v.pipe(v.string(), v.regex(/^\d{4}$/, 'årtal med fyra siffror väntades'));
const amount = v.pipe(v.number('ett tal väntades'), v.finite('ett ändligt tal väntades'));
const yearValues = v.record(yearKey, amount);
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'får inte vara tom'));

const source = v.strictObject({ document: nonEmpty, section: nonEmpty });

const table = <const TRows extends string>(rows: readonly TRows[]) =>
  v.strictObject({
    source,
    unit: nonEmpty,
    note: v.optional(v.string()),
    rows: v.strictObject(
      Object.fromEntries(rows.map((row) => [row, yearValues])) as Record<TRows, typeof yearValues>,
    ),
  });

const namndSchema = v.strictObject({
  anslag_aret_innan: yearValues,
  prisupprakning: yearValues,
  ramforandring: yearValues,
  omfordelning: yearValues,
  ram: yearValues,
});

const assumptionValue = v.strictObject({
  value: amount,
  unit: nonEmpty,
  basis: nonEmpty,
});
const assumptionValues = v.strictObject({
  values: yearValues,
  unit: nonEmpty,
  basis: nonEmpty,
});

export const planSchemaV1 = v.strictObject({
  format: v.literal('budgetverkstad.plan', 'formatet ska vara "budgetverkstad.plan"'),
  schemaVersion: v.literal(1, 'schemaVersion 1 väntades'),
  id: v.pipe(nonEmpty, v.regex(/^[a-z0-9-]+$/, 'endast a–z, 0–9 och bindestreck')),
  version: v.pipe(amount, v.integer('ett heltal väntades'), v.minValue(1, 'minst 1')),
  name: nonEmpty,
  organisation: nonEmpty,
  decided: nonEmpty,
  unit: v.literal('mnkr', 'enheten ska vara mnkr'),
  years: v.strictObject({
    base: v.pipe(amount, v.integer('ett heltal väntades')),
    budget: v.pipe(v.array(v.pipe(amount, v.integer())), v.minLength(1, 'minst ett budgetår')),
    kalkyl: v.array(v.pipe(amount, v.integer())),
  }),
  sources: v.record(v.string(), nonEmpty),
  tables: v.strictObject({
    resultatbudget: table([
      'verksamhetens_intakter',
      'verksamhetens_kostnader',
      'avskrivningar',
      'verksamhetens_nettokostnad',
      'skatteintakter',
      'generella_statsbidrag',
      'verksamhetens_resultat',
      'finansiella_intakter',
      'finansiella_kostnader',
      'arets_resultat',
      'avkastning_pensionsportfolj',
      'balanskravsresultat',
      'resultatkrav',
      'behov_av_atgarder',
    ]),
    skattOchUtjamning: table([
      'skatteintakter',
      'inkomstutjamning',
      'kostnadsutjamning',
      'strukturbidrag',
      'regleringsbidrag',
      'lakemedelsbidrag',
      'summa_statsbidrag_och_utjamning',
      'summa_skatt_statsbidrag_utjamning',
    ]),
    balansbudget: table([
      'anlaggningstillgangar',
      'omsattningstillgangar',
      'summa_tillgangar',
      'eget_kapital_ingaende',
      'arets_resultat',
      'avsattningar',
      'langfristiga_skulder',
      'kortfristiga_skulder',
      'summa_eget_kapital_och_skulder',
      'soliditet_blandmodell',
      'soliditet_fullfondering',
    ]),
    finansieringsbudget: table([
      'arets_resultat',
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
    ]),
    investeringsramar: table(['materiella', 'immateriella', 'finansiella', 'total']),
    befolkning: table(['regionens_prognos', 'scb_prognos']),
    skatteunderlagstillvaxt: table(['tillvaxt', 'forandring_mot_sp2024']),
    lpik: table(['inkl_lakemedel', 'timlon', 'sociala_avgifter', 'forbrukning', 'exkl_lakemedel']),
    lakemedelskostnader: table(['formanslakemedel', 'rekvisition']),
    pensioner: v.strictObject({
      source,
      unit: nonEmpty,
      rows: v.strictObject({ pensionskostnader: yearValues }),
      expectedReturnNominal: amount,
      expectedReturnReal: amount,
    }),
    skattesats: table(['utdebitering']),
    namndramar: v.strictObject({
      source,
      unit: nonEmpty,
      note: v.optional(v.string()),
      namnder: v.record(nonEmpty, namndSchema),
      summa: yearValues,
    }),
  }),
  goals: v.strictObject({
    source,
    verksamhetensResultat: v.strictObject({ min: amount, max: amount, published: yearValues }),
    soliditetFullfondering: v.strictObject({ min: amount, published: yearValues }),
    sjalvfinansieringsgrad: v.strictObject({
      min: amount,
      years: v.array(v.pipe(amount, v.integer())),
      published: amount,
    }),
    balanskrav: v.strictObject({ min: amount }),
    resultatkravProcent: amount,
  }),
  assumptions: v.strictObject({
    source,
    items: v.strictObject({
      intaktPer100Invanare: assumptionValue,
      avskrivningstid: assumptionValue,
      pensionsavkastning: assumptionValue,
      lpikKalkyl: assumptionValue,
      skatteunderlagstillvaxtKalkyl: assumptionValues,
      ansvarsforbindelse: assumptionValues,
    }),
  }),
});

export type PlanV1 = v.InferOutput<typeof planSchemaV1>;
