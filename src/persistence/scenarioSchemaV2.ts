import * as v from 'valibot';
import { frameChangeV1 } from './scenarioSchemaV1';

/**
 * Scenario data, schema version 2: the plan a scenario applies to is named by its id, version, name and
 * organisation, so a file or link opened where that plan is missing can say which plan it needs. Frozen:
 * once released, this file never changes (ARCHITECTURE.md, "Saved data outlives code").
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

export const scenarioPlanRefV2 = v.strictObject({
  id: v.pipe(text(100), v.minLength(1)),
  version: v.pipe(amount, v.integer()),
  name: text(200),
  organisation: text(200),
});

export const scenarioDataV2 = v.strictObject({
  id,
  name: v.pipe(text(200), v.minLength(1, 'namnet får inte vara tomt')),
  plan: scenarioPlanRefV2,
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

export type ScenarioDataV2 = v.InferOutput<typeof scenarioDataV2>;
