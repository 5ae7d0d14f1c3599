import * as v from 'valibot';
import { isPlainObject } from './describeIssues';

/**
 * The plan file, schema version 2: any Swedish region's or kommun's decided plan as data (issue 13).
 *
 * A plan publishes its statements (a resultatbudget always; a balansbudget and a finansieringsbudget when it
 * has them) row by row as printed, the skatt and utjämning lines behind them, its drivers (skattesats,
 * befolkning, the price index by its own name, skatteunderlagstillväxt, investments), the nämnd frames
 * when published, and its own financial goals as a typed list. A figure the plan does not publish is absent,
 * never invented; every value carries its source: a document and section, or "entered"/"derived" with a
 * reason. The model (src/model/rows) turns this into formulas; nothing in code names an organisation, a
 * nämnd, a threshold or a year.
 */

export const PLAN_FORMAT = 'budgetverkstad.plan';
export const PLAN_SCHEMA_VERSION = 2;

/** Horizon limits of the format: 1–5 budget years, 0–7 kalkyl years, at most 10 modelled years in all. */
export const PLAN_YEAR_LIMITS = { budget: { min: 1, max: 5 }, kalkyl: { max: 7 }, horizon: 10, history: 3 };

/**
 * Valibot reads an array as an object with keys "0", "1", …, so `documents: []` would pass as an empty
 * object: every object and record of a plan refuses a list (and null, text, a number) with a message.
 */
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
const year = v.pipe(
  v.number('ett årtal väntades'),
  v.integer('ett heltal väntades'),
  v.minValue(1900, 'årtalet är för tidigt'),
  v.maxValue(2200, 'årtalet är för sent'),
);
const amount = v.pipe(v.number('ett tal väntades'), v.finite('ett ändligt tal väntades'));
const yearValues = record(yearKey, amount);
const nonEmpty = v.pipe(v.string('text väntades'), v.trim(), v.minLength(1, 'får inte vara tom'));
const text = (max: number) => v.pipe(nonEmpty, v.maxLength(max, `högst ${max} tecken`));
/** Row and line ids: lower-case, digits and underscores, as the registry's own (`verksamhetens_intakter`). */
export const ROW_ID_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;
const rowId = v.pipe(v.string('ett rad-id väntades'), v.regex(ROW_ID_PATTERN, 'a–z, 0–9 och _'));
const planId = v.pipe(nonEmpty, v.maxLength(80), v.regex(/^[a-z0-9-]+$/, 'endast a–z, 0–9 och bindestreck'));

/**
 * Where a value comes from. `document`: a published document (a key of `documents`) and its section;
 * `entered`: typed by a user, with an optional note ("från årsredovisningen 2022"); `derived`: computed from
 * other published figures, with the reasoning.
 */
export const sourceSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('document'), document: text(80), section: text(300) }),
  v.strictObject({ kind: v.literal('entered'), note: v.optional(v.pipe(v.string(), v.maxLength(500))) }),
  v.strictObject({ kind: v.literal('derived'), basis: text(500) }),
]);
export type Source = v.InferOutput<typeof sourceSchema>;

/** A published document: "Strategisk plan 2025–2027", "Region Norrbotten", a page address. */
const documentSchema = object({
  title: text(200),
  publisher: v.optional(text(200)),
  url: v.optional(v.pipe(v.string(), v.maxLength(500))),
  date: v.optional(text(50)),
});

/** Values per year with one source for all of them, and optional sources for single years. */
const sourcedEntries = {
  values: yearValues,
  source: sourceSchema,
  yearSources: v.optional(record(yearKey, sourceSchema)),
};
const sourcedValues = object(sourcedEntries);

/**
 * One row of a published statement. A row whose id is in the standard catalogue (src/model/catalogue) takes
 * its kind, place in the sums and behaviour from there; the plan may give its own printed label. A row with
 * another id is the plan's own: a `line` (a level that enters the standard sum `in`), a `sum` of the rows in
 * `of`, or a `varav` (a part of the row `of[0]`, shown, never summed).
 */
export const statementRowSchema = object({
  id: rowId,
  label: v.optional(text(200)),
  kind: v.optional(v.picklist(['line', 'sum', 'varav'], 'line, sum eller varav väntades')),
  of: v.optional(v.pipe(v.array(rowId), v.maxLength(40))),
  in: v.optional(rowId),
  values: yearValues,
  source: v.optional(sourceSchema),
  /** A remark printed by the tool, e.g. "Planen trycker raden med samma rubrik som delsumman". */
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type StatementRowInput = v.InferOutput<typeof statementRowSchema>;

const statementSchema = object({
  source: sourceSchema,
  unit: v.literal('mnkr', 'enheten ska vara mnkr'),
  note: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  rows: v.pipe(v.array(statementRowSchema), v.minLength(1, 'minst en rad'), v.maxLength(120)),
});
export type StatementInput = v.InferOutput<typeof statementSchema>;

export const STATEMENT_KINDS = ['resultatbudget', 'balansbudget', 'finansieringsbudget'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/**
 * How a skatt, statsbidrag or utjämning line moves in a scenario:
 * `skatt` = skatteunderlag × skattesats (follows befolkning and skatteunderlagstillväxt);
 * `inkomstutjamning` follows befolkning and skatteunderlagstillväxt but not the own skattesats;
 * `befolkning` follows befolkning only; `fast` does not move (slutavräkningar, fastighetsavgift).
 */
export const REVENUE_BEHAVIOURS = ['skatt', 'inkomstutjamning', 'befolkning', 'fast'] as const;
export type RevenueBehaviour = (typeof REVENUE_BEHAVIOURS)[number];

const revenueLineSchema = object({
  id: rowId,
  label: text(200),
  group: v.picklist(['skatt', 'statsbidrag'], 'skatt eller statsbidrag väntades'),
  behaviour: v.picklist(REVENUE_BEHAVIOURS, 'skatt, inkomstutjamning, befolkning eller fast väntades'),
  values: yearValues,
  source: v.optional(sourceSchema),
  /** Why the line has its behaviour, shown beside the source. */
  note: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type RevenueLine = v.InferOutput<typeof revenueLineSchema>;

const namndSchema = object({
  name: text(120),
  anslagAretInnan: yearValues,
  prisupprakning: v.optional(yearValues),
  ramforandring: v.optional(yearValues),
  omfordelning: v.optional(yearValues),
  ram: yearValues,
});

const goalBase = {
  id: v.pipe(
    v.string(),
    v.regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'bokstäver och siffror, börjar med en bokstav'),
  ),
  /** The plan's own wording; the tool words it from the kind and limits when absent. */
  label: v.optional(text(120)),
  shortLabel: v.optional(text(40)),
  source: sourceSchema,
};
const goalYears = v.optional(v.pipe(v.array(year), v.minLength(1), v.maxLength(10)));
/** `each`: judged every year; `average`: one figure over `years` (Σ täljare / Σ nämnare). */
const judged = v.optional(v.picklist(['each', 'average']));

/** A plan's financial goal, typed. Every threshold and year range on screen comes from here. */
export const goalSchema = v.variant('kind', [
  v.strictObject({ ...goalBase, kind: v.literal('balanskrav'), min: v.optional(amount) }),
  v.strictObject({
    ...goalBase,
    kind: v.literal('resultatandel'),
    /** Which result, as a share of skatteintäkter, generella statsbidrag och utjämning. */
    row: v.picklist([
      'verksamhetens_resultat',
      'resultat_efter_finansiella_poster',
      'arets_resultat',
      'balanskravsresultat',
    ]),
    min: amount,
    max: v.optional(amount),
    judged,
    years: goalYears,
    published: v.optional(yearValues),
  }),
  v.strictObject({
    ...goalBase,
    kind: v.literal('soliditet'),
    model: v.picklist(['blandmodell', 'fullfondering']),
    min: amount,
    published: v.optional(yearValues),
  }),
  v.strictObject({
    ...goalBase,
    kind: v.literal('sjalvfinansieringsgrad'),
    /** `kassaflode`: löpande verksamhet / investeringar; `resultat`: (årets resultat + avskrivningar) / investeringar. */
    definition: v.picklist(['kassaflode', 'resultat']),
    min: amount,
    judged,
    years: goalYears,
    published: v.optional(amount),
  }),
  v.strictObject({
    ...goalBase,
    kind: v.literal('skuldandel'),
    /** `skulder`: långfristiga och kortfristiga skulder; `langfristiga`: only the long-term. */
    debt: v.picklist(['skulder', 'langfristiga']),
    max: amount,
  }),
]);
export type Goal = v.InferOutput<typeof goalSchema>;
export type GoalKind = Goal['kind'];

const positive = v.pipe(amount, v.minValue(0.05, 'ett belopp större än noll väntades'));
const sourcedAmount = object({
  value: v.pipe(amount, v.minValue(0, 'får inte vara negativt')),
  source: sourceSchema,
});

/**
 * What the balanskrav needs beyond the statements (issue 14, docs/BALANSKRAV.md): the reserves' balances where
 * the balansbudget does not print them, deficits from before the plan still to restore, fullmäktige's decisions
 * on synnerliga skäl, and the organisation's own riktlinjer för resultatreserven. All amounts in mnkr, positive.
 */
export const balanskravBlockSchema = object({
  /** Balances at the end of the base year; only where the balansbudget does not print the reserve. */
  reserves: v.optional(
    object({
      resultatutjamningsreserv: v.optional(sourcedAmount),
      resultatreserv: v.optional(sourcedAmount),
    }),
  ),
  /** Negative balanskravsresultat from years before the plan's first column, as much as is still to restore. */
  earlierDeficits: v.optional(
    v.pipe(
      v.array(object({ year, amount: positive, source: sourceSchema })),
      v.maxLength(10, 'högst 10 tidigare underskott'),
    ),
  ),
  /** Kommunallagen 11 kap. 13 §: the part of a modelled year's deficit fullmäktige decided not to restore. */
  synnerligaSkal: v.optional(
    v.pipe(
      v.array(object({ year, amount: positive, reason: text(500), source: sourceSchema })),
      v.maxLength(20, 'högst 20 beslut'),
    ),
  ),
  /** The organisation's riktlinjer för resultatreserven: plan parameters within the law, never above it. */
  riktlinjer: v.optional(
    object({
      source: sourceSchema,
      /** `false`: the riktlinjer allow no reservation. */
      reservationAllowed: v.optional(v.boolean('ja eller nej väntades')),
      /** An own threshold in percent of skatteintäkter, generella statsbidrag och utjämning (the higher counts). */
      thresholdPercent: v.optional(v.pipe(amount, v.minValue(0), v.maxValue(20, 'högst 20 procent'))),
      /** The most either reserve may be used in one year, in mnkr. */
      maxUsePerYear: v.optional(v.pipe(amount, v.minValue(0, 'får inte vara negativt'))),
      /** The only years use is allowed in (e.g. when skatteunderlaget grows below its ten-year average). */
      useYears: v.optional(v.pipe(v.array(year), v.maxLength(20))),
    }),
  ),
});
export type BalanskravBlock = v.InferOutput<typeof balanskravBlockSchema>;

export const planSchema = object({
  format: v.literal(PLAN_FORMAT, `formatet ska vara "${PLAN_FORMAT}"`),
  schemaVersion: v.literal(PLAN_SCHEMA_VERSION, `schemaVersion ${PLAN_SCHEMA_VERSION} väntades`),
  id: planId,
  version: v.pipe(amount, v.integer('ett heltal väntades'), v.minValue(1, 'minst 1')),
  name: text(200),
  organisation: object({
    name: text(120),
    kind: v.picklist(['region', 'kommun'], 'region eller kommun väntades'),
    code: v.optional(v.pipe(v.string(), v.regex(/^\d{2,4}$/, 'två till fyra siffror'))),
  }),
  decided: v.optional(text(200)),
  unit: v.literal('mnkr', 'enheten ska vara mnkr'),
  years: object({
    /** The year before the first budget year: its closing balances open the plan. */
    base: year,
    /** Published columns before the first budget year (bokslut, föregående budget), shown and reconciled. */
    history: v.optional(v.pipe(v.array(year), v.maxLength(PLAN_YEAR_LIMITS.history))),
    budget: v.pipe(
      v.array(year),
      v.minLength(PLAN_YEAR_LIMITS.budget.min, 'minst ett budgetår'),
      v.maxLength(PLAN_YEAR_LIMITS.budget.max, `högst ${PLAN_YEAR_LIMITS.budget.max} budgetår`),
    ),
    kalkyl: v.pipe(
      v.array(year),
      v.maxLength(PLAN_YEAR_LIMITS.kalkyl.max, `högst ${PLAN_YEAR_LIMITS.kalkyl.max} kalkylår`),
    ),
  }),
  documents: record(
    v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, 'a–z, 0–9 och bindestreck')),
    documentSchema,
  ),
  statements: object({
    resultatbudget: statementSchema,
    balansbudget: v.optional(statementSchema),
    finansieringsbudget: v.optional(statementSchema),
  }),
  /** The skatt, statsbidrag and utjämning lines behind the two resultatbudget rows (the plan's notes). */
  revenue: v.optional(
    object({
      source: sourceSchema,
      lines: v.pipe(v.array(revenueLineSchema), v.minLength(1), v.maxLength(40)),
    }),
  ),
  drivers: object({
    skattesats: sourcedValues,
    befolkning: v.optional(
      object({
        ...sourcedEntries,
        /** When the count is taken, e.g. "1 november året innan": skatt and utjämning of a year use it. */
        date: text(120),
        alternatives: v.optional(
          v.array(object({ id: rowId, label: text(120), values: yearValues, source: sourceSchema })),
        ),
      }),
    ),
    /** Plan values optional: without them the driver is a change in procentenheter against the plan. */
    skatteunderlagstillvaxt: v.optional(object({ ...sourcedEntries, values: v.optional(yearValues) })),
    prisindex: v.optional(
      object({
        ...sourcedEntries,
        values: v.optional(yearValues),
        /** The plan's own name: "LPIK", "PKV", "Pris- och lönekompensation". */
        name: text(60),
        label: text(200),
      }),
    ),
    /** Skatt and statsbidrag per 100 inhabitants; derived from the plan's lines when absent. */
    effektPer100Invanare: v.optional(object({ value: amount, source: sourceSchema })),
    /** Investment outflows per year (positive mnkr); from the finansieringsbudget's rows when absent. */
    investeringar: v.optional(
      object({
        source: sourceSchema,
        materiella: yearValues,
        immateriella: v.optional(yearValues),
        finansiella: v.optional(yearValues),
      }),
    ),
    avskrivningstid: v.optional(object({ value: amount, source: sourceSchema })),
    /** A pension portfolio whose unrealised return is in finansiella intäkter and outside the balanskrav. */
    pensionsportfolj: v.optional(object({ expectedReturn: amount, source: sourceSchema })),
    /** Ansvarsförbindelse för pensioner (blandmodellen) when the balansbudget does not print it. */
    ansvarsforbindelse: v.optional(sourcedValues),
  }),
  namnder: v.optional(
    object({
      source: sourceSchema,
      note: v.optional(v.pipe(v.string(), v.maxLength(1000))),
      list: v.pipe(v.array(namndSchema), v.minLength(1), v.maxLength(60)),
      summa: v.optional(yearValues),
    }),
  ),
  /** "Resultat krav 1 %": a required result in percent of skatt, statsbidrag och utjämning, printed as rows. */
  resultatkrav: v.optional(object({ percent: amount, source: sourceSchema })),
  balanskrav: v.optional(balanskravBlockSchema),
  goals: v.pipe(v.array(goalSchema), v.maxLength(12)),
});

/** A validated plan: the decided budget every scenario is a list of changes to. */
export type Plan = v.InferOutput<typeof planSchema>;
export type YearValues = Record<string, number>;
export type PlanDriver = keyof Plan['drivers'];
