import * as v from 'valibot';

/**
 * Scenario data, schema version 1. Frozen: once released, this file never changes; a new version gets a
 * new file and a migration (ARCHITECTURE.md, "Saved data outlives code").
 */
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'ogiltigt id'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `högst ${max} tecken`));
const yearKey = v.pipe(v.string(), v.regex(/^\d{4}$/, 'årtal med fyra siffror väntades'));
const amount = v.pipe(v.number('ett tal väntades'), v.finite('ett ändligt tal väntades'));
const yearValues = v.pipe(
  v.record(yearKey, amount),
  v.check((o) => Object.keys(o).length <= 50, 'för många år'),
);
const timestamp = v.pipe(v.string(), v.isoTimestamp('tidpunkt i ISO-format väntades'));

export const frameChangeV1 = v.strictObject({
  id,
  name: v.pipe(text(200), v.minLength(1, 'namnet får inte vara tomt')),
  namnd: text(200),
  kind: v.picklist(['kostnad', 'intakt'], 'typen ska vara "kostnad" eller "intakt"'),
  active: v.boolean('sant eller falskt väntades'),
  amounts: yearValues,
  note: v.exactOptional(text(2000)),
});

export const scenarioDataV1 = v.strictObject({
  id,
  name: v.pipe(text(200), v.minLength(1, 'namnet får inte vara tomt')),
  plan: v.strictObject({ id: v.pipe(text(100), v.minLength(1)), version: v.pipe(amount, v.integer()) }),
  changes: v.strictObject({
    inputs: v.pipe(
      v.record(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,64}$/, 'ogiltigt antagande')), yearValues),
      v.check((o) => Object.keys(o).length <= 200, 'för många antaganden'),
    ),
    frameChanges: v.pipe(v.array(frameChangeV1), v.maxLength(500, 'högst 500 ramförändringar')),
  }),
  notes: v.pipe(
    v.record(v.pipe(v.string(), v.regex(/^[a-z0-9_]{1,64}$/, 'ogiltig nyckel')), text(2000)),
    v.check((o) => Object.keys(o).length <= 200, 'för många anteckningar'),
  ),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export type ScenarioDataV1 = v.InferOutput<typeof scenarioDataV1>;
