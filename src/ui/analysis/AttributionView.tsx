import { useEffect, useMemo, useState } from 'react';
import { formatNumber } from '../../format/formatNumber';
import type { Attribution, Metric } from '../../model/attribution';
import { NO_CHANGES, type ScenarioChanges } from '../../model/scenarioChanges';
import type { AnalysisStats } from '../../scenarios/analysis';
import { useAnalysis } from '../../scenarios/useAnalysis';
import { useScenario } from '../../scenarios/useScenario';
import { waterfallOf } from '../../scenarios/waterfall';
import { BasePicker, PLAN_BASE_ID, useBaseCandidates } from './BasePicker';
import { WaterfallChart } from './WaterfallChart';
import { WaterfallTable } from './WaterfallTable';
import './analysis.css';
import type { RowId } from '../../model/rowId';

/** What the scenario is compared with: the plan, or (later) another saved scenario. */
export type AttributionBase = { readonly name: string; readonly changes: ScenarioChanges };
export const PLAN_BASE: AttributionBase = { name: 'Planen', changes: NO_CHANGES };

const ROWS = [
  { id: 'balanskravsresultat', label: 'Balanskravsresultat' },
  { id: 'arets_resultat', label: 'Årets resultat' },
] as const satisfies readonly { id: RowId; label: string }[];

type Computed = {
  attribution: Attribution;
  basis: ScenarioChanges;
  base: ScenarioChanges;
  stats: AnalysisStats;
};

const statusText = (
  computed: Computed | undefined,
  current: boolean,
  failed: string | undefined,
  progress: number | undefined,
  baseName: string,
) => {
  if (failed) return `Kunde inte räkna: ${failed}`;
  if (!computed || !current)
    return progress === undefined ? 'Räknar …' : `Räknar … ${formatNumber(progress * 100, 0)} %`;
  const { parts, evaluations, method } = computed.attribution;
  if (parts.length === 0) return `Scenariot har inga ändringar mot ${baseName}: inget att förklara.`;
  const count = `${parts.length} ${parts.length === 1 ? 'ändring' : 'ändringar'}`;
  const speed = `${evaluations} beräkningar av hela budgeten (${formatNumber(computed.stats.perSecond, 0)} per sekund)`;
  return `${count}, ${speed}${method === 'grouped' ? '; fler än tolv ändringar, så de delas i tolv grupper' : ''}.`;
};

/**
 * "Varför skiljer de sig?": per year, how much each change contributes to balanskravsresultat and årets
 * resultat (Shapley values: the split does not depend on the order the changes were made, and the parts
 * add up to the difference). Computed in the analysis worker after the scenario settles, so typing is never held up.
 */
export const AttributionView = ({ base: fixedBase }: { base?: AttributionBase }) => {
  const analyzer = useAnalysis();
  const candidates = useBaseCandidates();
  const [baseId, setBaseId] = useState(PLAN_BASE_ID);
  const picked = candidates.find((document) => document.id === baseId);
  const base = fixedBase ?? (picked ? { name: picked.name, changes: picked.changes } : PLAN_BASE);
  const against = base === PLAN_BASE ? 'planen' : base.name;
  const changes = useScenario((state) => state.document.changes);
  const name = useScenario((state) => state.document.name);
  const years = useScenario((state) => state.workbook.layout.years);
  const [rowId, setRowId] = useState<string>('balanskravsresultat');
  const [year, setYear] = useState(years[0] ?? 0);
  const [computed, setComputed] = useState<Computed>();
  const [failed, setFailed] = useState<string>();
  const [progress, setProgress] = useState<number>();
  const metrics = useMemo<Metric[]>(
    () => ROWS.flatMap((row) => years.map((y) => ({ rowId: row.id, year: y }))),
    [years],
  );

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setProgress(undefined);
      analyzer.attribute(base.changes, changes, metrics, controller.signal, setProgress).then(
        (attribution) => {
          setFailed(undefined);
          setComputed({ attribution, basis: changes, base: base.changes, stats: analyzer.stats() });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFailed(error instanceof Error ? error.message : String(error));
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [analyzer, base.changes, changes, metrics]);

  const current = computed && computed.basis === changes && computed.base === base.changes;
  // The row as the plan prints it ("Årets balanskravsresultat" in Sjöbo's), the standard name otherwise.
  const labelOf = (row: (typeof ROWS)[number]) => analyzer.workbook.rows.byId.get(row.id)?.label ?? row.label;
  const rowLabel = labelOf(ROWS.find((row) => row.id === rowId) ?? ROWS[0]);
  const waterfalls = computed
    ? years.flatMap((y) => waterfallOf(analyzer.workbook, computed.attribution, rowId, y) ?? [])
    : [];
  const chosen = waterfalls.find((w) => w.year === year);

  return (
    <section className="analysis attribution" aria-labelledby="varfor-rubrik">
      <h2 id="varfor-rubrik">Varför skiljer de sig?</h2>
      <p className="analysis-intro">
        {name} jämfört med {against}: hur mycket varje ändring bidrar. Delningen beror inte på i vilken
        ordning ändringarna gjordes, och delarna summerar till skillnaden.
      </p>
      <div className="attribution-controls">
        {fixedBase ? null : <BasePicker value={baseId} candidates={candidates} onChange={setBaseId} />}
        <fieldset className="segmented">
          <legend>Rad</legend>
          {ROWS.map((row) => (
            <label key={row.id} className={row.id === rowId ? 'selected' : undefined}>
              <input
                type="radio"
                name="wf-row"
                checked={row.id === rowId}
                onChange={() => setRowId(row.id)}
              />
              {labelOf(row)}
            </label>
          ))}
        </fieldset>
        <fieldset className="segmented">
          <legend>År</legend>
          {years.map((y) => (
            <label key={y} className={y === year ? 'selected' : undefined}>
              <input type="radio" name="wf-year" checked={y === year} onChange={() => setYear(y)} />
              {y}
            </label>
          ))}
        </fieldset>
      </div>
      <p aria-live="polite" className="attribution-status">
        {statusText(computed, current === true, failed, progress, against)}
      </p>
      {chosen && computed && computed.attribution.parts.length > 0 ? (
        <div className="attribution-body" aria-busy={!current}>
          <WaterfallChart
            waterfall={chosen}
            title={`${rowLabel} ${year}`}
            baseName={base.name}
            targetName={name}
          />
          <WaterfallTable
            waterfalls={waterfalls}
            caption={`${rowLabel} per år`}
            baseName={base.name}
            targetName={name}
          />
        </div>
      ) : null}
    </section>
  );
};
