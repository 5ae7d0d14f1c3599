import * as v from 'valibot';
import { scenarioDataV2 } from './scenarioSchemaV2';

/**
 * A scenario's history, schema version 4 (a file's `data.history`, and the record `history:<id>`): its
 * status and decision note and its versions, oldest first, each with the whole document. The lists and
 * limits are written out here, not imported, so that this file stays as released (ARCHITECTURE.md, "Saved
 * data outlives code"); the documents are today's scenario schema, reached by the migrations first.
 */
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'ogiltigt id'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `högst ${max} tecken`));
const count = (min: number) =>
  v.pipe(v.number('ett tal väntades'), v.integer('ett heltal väntades'), v.minValue(min));
const status = v.picklist(['utkast', 'for_beslut', 'beslutad', 'avslagen'], 'okänd status');
const timestamp = v.pipe(v.string(), v.isoTimestamp('tidpunkt i ISO-format väntades'));

export const scenarioVersionV4 = v.strictObject({
  seq: count(1),
  savedAt: timestamp,
  kind: v.picklist(['sparad', 'automatisk', 'aterstalld', 'status'], 'okänt slag av version'),
  note: text(2000),
  status,
  restoredFrom: v.exactOptional(count(1)),
  document: scenarioDataV2,
});

export const scenarioHistoryV4 = v.pipe(
  v.strictObject({
    scenarioId: id,
    status,
    decisionNote: text(2000),
    nextSeq: count(1),
    pruned: count(0),
    versions: v.pipe(v.array(scenarioVersionV4), v.maxLength(200, 'högst 200 versioner')),
  }),
  v.check(
    (h) =>
      h.versions.every(
        (version, i) => version.seq > (h.versions[i - 1]?.seq ?? 0) && version.seq < h.nextSeq,
      ),
    'versionernas nummer är inte i ordning',
  ),
  v.check(
    (h) => h.versions.every((version) => version.document.id === h.scenarioId),
    'en version hör till ett annat scenario',
  ),
);

export type ScenarioHistoryV4 = v.InferOutput<typeof scenarioHistoryV4>;
