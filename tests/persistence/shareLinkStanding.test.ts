import { readFileSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SCENARIO_STATUSES } from '../../src/model/history/scenarioHistory';
import type { ScenarioDocument } from '../../src/model/scenarioDocument';
import { parseScenarioFile } from '../../src/persistence/parseScenarioFile';
import { scenarioHistoryV4 } from '../../src/persistence/scenarioHistorySchemaV4';
import { decodeShareFragment, encodeShareFragment } from '../../src/persistence/shareLink';

const example = readFileSync('fixtures/scenarios/skatt-plus-10-ore.json', 'utf8');
const document = (JSON.parse(example) as { data: ScenarioDocument }).data;
const now = new Date('2026-12-02T08:00:00.000Z');
/** The envelope inside a fragment, unpacked by Node's zlib rather than by the code under test. */
const envelopeOf = (fragment: string) =>
  JSON.parse(inflateRawSync(Buffer.from(fragment.replace(/^s=1\./, ''), 'base64url')).toString('utf8')) as {
    schemaVersion: number;
    data: Record<string, unknown>;
  };

const decided = { status: 'beslutad', decisionNote: 'Regionfullmäktige 2026-11-24 § 150' } as const;

describe('a share link carries the status and decision note, never the versions', () => {
  it('round-trips a decided scenario: the receiver reads "beslutad" and the decision note', async () => {
    const fragment = await encodeShareFragment(document, now, decided);
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, scenario: document, standing: decided });
  });

  it('round-trips any status and note; a plain draft carries nothing and its link is as before', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SCENARIO_STATUSES),
        fc.string({ maxLength: 300 }),
        async (status, note) => {
          const decisionNote = note.trim();
          const fragment = await encodeShareFragment(document, now, { status, decisionNote });
          const read = await decodeShareFragment(fragment);
          const draft = status === 'utkast' && decisionNote === '';
          expect(read).toEqual({
            ok: true,
            scenario: document,
            standing: draft ? undefined : { status, decisionNote },
          });
          if (draft) expect(fragment).toBe(await encodeShareFragment(document, now));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is in the released version 4 format: any version 4 app reads the scenario, unchanged, with no versions', async () => {
    const envelope = envelopeOf(await encodeShareFragment(document, now, decided));
    expect(envelope.schemaVersion).toBe(4);
    // The history's frozen schema of version 4 accepts it as it is: a history with no versions.
    const history = v.safeParse(scenarioHistoryV4, envelope.data.history);
    expect(history.success && history.output).toEqual({
      scenarioId: document.id,
      ...decided,
      nextSeq: 1,
      pruned: 0,
      versions: [],
    });
    const { history: _history, ...data } = envelope.data;
    expect(data).toEqual(document);
    const asFile = parseScenarioFile(JSON.stringify(envelope));
    expect(asFile.ok && [asFile.scenario, asFile.historyProblem]).toEqual([document, undefined]);
  });

  it('takes only the standing from a crafted link that carries versions too', async () => {
    const envelope = envelopeOf(await encodeShareFragment(document, now, decided));
    const history = envelope.data.history as Record<string, unknown>;
    const crafted = {
      ...envelope,
      data: {
        ...envelope.data,
        history: {
          ...history,
          nextSeq: 2,
          versions: [
            { seq: 1, savedAt: now.toISOString(), kind: 'sparad', note: '', status: 'utkast', document },
          ],
        },
      },
    };
    const fragment = `s=1.${deflateRawSync(Buffer.from(JSON.stringify(crafted))).toString('base64url')}`;
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, scenario: document, standing: decided });
  });
});
