import * as v from 'valibot';
import { isPlainObject } from './describeIssues';

/**
 * The shape of a plan fixture (`fixtures/plans/*.json`): the published tables of one decided plan, each with
 * its source. Every region's strategic plan has the same statements, so nothing here is Norrbotten-specific
 * except the data.
 */

/**
 * Valibot reads an array as an object with keys "0", "1", …, so `tables: []` or `namnder: []` would pass as an
 * empty object: every object and record of a plan refuses a list (and null, text, a number) with a message.
 */
/** Each nämnd and year is rows and columns of the workbook: a plan far beyond any region's stays out. */
export const MAX_NAMNDER = 100;
export const MAX_BUDGET_YEARS = 10;
export const MAX_KALKYL_YEARS = 20;

const notAList = v.custom<Record<string, unknown>>(isPlainObject, 'ett objekt väntades');
const object = <const TEntries extends v.ObjectEntries>(entries: TEntries) =>
  v.pipe(notAList, v.strictObject(entries));
const record = <
  TKey extends v.BaseSchema<string, string, v.BaseIssue<unknown>>,
  TValue extends v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>,
>(
  key: TKey,
  value: TValue,
) => v.pipe(notAList, v.record(key, value));

const yearKey = v.pipe(v.string(), v.regex(/^\d{4}$/, 'årtal med fyra siffror väntades'));
const amount = v.pipe(v.number('ett tal väntades'), v.finite('ett ändligt tal väntades'));
const yearValues = record(yearKey, amount);
const nonEmpty = v.pipe(v.string(), v.minLength(1, 'får inte vara tom'));

const source = object({ document: nonEmpty, section: nonEmpty });

const table = <const TRows extends string>(rows: readonly TRows[]) =>
  object({
    source,
    unit: nonEmpty,
    note: v.optional(v.string()),
    rows: object(
      Object.fromEntries(rows.map((row) => [row, yearValues])) as Record<TRows, typeof yearValues>,
    ),
  });

const namndSchema = object({
  anslag_aret_innan: yearValues,
  prisupprakning: yearValues,
  ramforandring: yearValues,
  omfordelning: yearValues,
  ram: yearValues,
});

const assumptionValue = object({
  value: amount,
  unit: nonEmpty,
  basis: nonEmpty,
});
const assumptionValues = object({
  values: yearValues,
  unit: nonEmpty,
  basis: nonEmpty,
});

export const planSchema = object({
  format: v.literal('budgetverkstad.plan', 'formatet ska vara "budgetverkstad.plan"'),
  schemaVersion: v.literal(1, 'schemaVersion 1 väntades'),
  id: v.pipe(nonEmpty, v.regex(/^[a-z0-9-]+$/, 'endast a–z, 0–9 och bindestreck')),
  version: v.pipe(amount, v.integer('ett heltal väntades'), v.minValue(1, 'minst 1')),
  name: nonEmpty,
  organisation: nonEmpty,
  decided: nonEmpty,
  unit: v.literal('mnkr', 'enheten ska vara mnkr'),
  years: object({
    base: v.pipe(amount, v.integer('ett heltal väntades')),
    budget: v.pipe(
      v.array(v.pipe(amount, v.integer())),
      v.minLength(1, 'minst ett budgetår'),
      v.maxLength(MAX_BUDGET_YEARS, `högst ${MAX_BUDGET_YEARS} budgetår`),
    ),
    kalkyl: v.pipe(
      v.array(v.pipe(amount, v.integer())),
      v.maxLength(MAX_KALKYL_YEARS, `högst ${MAX_KALKYL_YEARS} kalkylår`),
    ),
  }),
  sources: record(v.string(), nonEmpty),
  tables: object({
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
    pensioner: object({
      source,
      unit: nonEmpty,
      rows: object({ pensionskostnader: yearValues }),
      expectedReturnNominal: amount,
      expectedReturnReal: amount,
    }),
    skattesats: table(['utdebitering']),
    namndramar: object({
      source,
      unit: nonEmpty,
      note: v.optional(v.string()),
      namnder: v.pipe(
        record(nonEmpty, namndSchema),
        v.check((o) => Object.keys(o).length >= 1, 'minst en nämnd'),
        v.check((o) => Object.keys(o).length <= MAX_NAMNDER, `högst ${MAX_NAMNDER} nämnder`),
      ),
      summa: yearValues,
    }),
  }),
  goals: object({
    source,
    verksamhetensResultat: object({ min: amount, max: amount, published: yearValues }),
    soliditetFullfondering: object({ min: amount, published: yearValues }),
    sjalvfinansieringsgrad: object({
      min: amount,
      years: v.array(v.pipe(amount, v.integer())),
      published: amount,
    }),
    balanskrav: object({ min: amount }),
    resultatkravProcent: amount,
  }),
  assumptions: object({
    source,
    items: object({
      intaktPer100Invanare: assumptionValue,
      avskrivningstid: assumptionValue,
      pensionsavkastning: assumptionValue,
      lpikKalkyl: assumptionValue,
      skatteunderlagstillvaxtKalkyl: assumptionValues,
      ansvarsforbindelse: assumptionValues,
    }),
  }),
});

/** A validated plan: the decided budget that every scenario is a list of changes to. */
export type Plan = v.InferOutput<typeof planSchema>;
export type YearValues = Record<string, number>;
