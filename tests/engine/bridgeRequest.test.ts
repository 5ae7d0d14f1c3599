import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handleAnalysisRequest, type AnalysisResponse } from '../../src/engine/analysisProtocol';
import { planBridges } from '../../src/engine/bridges';
import { parsePlan } from '../../src/model/parsePlan';
import { computeBridges } from '../../src/scenarios/bridgeRun';
import { exampleScenarios } from '../../src/scenarios/examples';
import { plan } from '../helpers';
import { NORRBOTTEN_REVISION_FILE } from '../model/revisions/norrbottenRevision';

const to = parsePlan(JSON.parse(readFileSync(NORRBOTTEN_REVISION_FILE, 'utf8')));
const scenarios = exampleScenarios(plan).map(({ id, name, changes }) => ({ id, name, changes }));
const withoutTimes = ({ bridge, scenarios: steps }: { bridge: unknown; scenarios: unknown }) => ({
  bridge,
  steps,
});

describe('the bridge in the analysis worker', () => {
  it('posts its progress and then what a direct call gives, through structured clone', () => {
    const responses: AnalysisResponse[] = [];
    handleAnalysisRequest(
      structuredClone({ id: 5, kind: 'bridge', from: plan, to, scenarios } as const),
      (r) => responses.push(structuredClone(r)),
    );
    const progress = responses.flatMap((r) => (r.kind === 'progress' ? [r.done] : []));
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((done, i) => done >= (progress[i - 1] ?? 0) && done <= 100)).toBe(true);
    const last = responses.at(-1);
    expect(last?.kind).toBe('bridge');
    expect(last?.id).toBe(5);
    if (last?.kind !== 'bridge') return;
    expect(last.bridges.scenarios.map((s) => s.id)).toEqual(scenarios.map((s) => s.id));
    expect(withoutTimes(last.bridges)).toEqual(withoutTimes(planBridges(plan, to, scenarios)));
  });

  it('runs on this thread where no worker exists, and stops when aborted', async () => {
    const shares: number[] = [];
    const bridges = await computeBridges({ from: plan, to, scenarios }, undefined, (s) => shares.push(s));
    expect(withoutTimes(bridges)).toEqual(withoutTimes(planBridges(plan, to, scenarios)));
    const controller = new AbortController();
    controller.abort();
    await expect(computeBridges({ from: plan, to, scenarios }, controller.signal)).rejects.toThrow(
      'Avbruten',
    );
  });

  it('says in Swedish what failed', () => {
    const responses: AnalysisResponse[] = [];
    const broken = { ...to, years: undefined } as unknown as typeof to;
    handleAnalysisRequest({ id: 6, kind: 'bridge', from: plan, to: broken, scenarios }, (r) =>
      responses.push(r),
    );
    const last = responses.at(-1);
    expect(last?.kind === 'error' ? last.message : '').toMatch(/^Bryggan kunde inte räknas: /);
  });
});
