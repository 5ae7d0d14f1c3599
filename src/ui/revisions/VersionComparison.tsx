import { useMemo } from 'react';
import { versionLabel } from '../../format/planVersionText';
import { comparePlans } from '../../model/revisions/planDiff';
import type { PlanEntry } from '../../scenarios/planLibrary';
import { VersionBridge } from './VersionBridge';

type Props = {
  readonly versions: readonly PlanEntry[];
  readonly from: PlanEntry | undefined;
  readonly to: PlanEntry;
  readonly onFrom: (key: string) => void;
};

/** What the open version changes against another: its differences in words, the bridge, the scenarios to move. */
export const VersionComparison = ({ versions, from, to, onFrom }: Props) => {
  const differences = useMemo(() => (from ? comparePlans(from.plan, to.plan) : []), [from, to]);
  const others = versions.filter((v) => v !== to);
  return (
    <section className="version-comparison" aria-labelledby="jamfor-version-rubrik">
      <h2 id="jamfor-version-rubrik">Vad den öppna versionen ändrar</h2>
      <label>
        Jämfört med{' '}
        <select value={from?.key ?? ''} onChange={(event) => onFrom(event.target.value)}>
          {from === undefined && <option value="">Välj en version</option>}
          {others.map((v) => (
            <option key={v.key} value={v.key}>
              {versionLabel(v.plan, v.planVersion)}
            </option>
          ))}
        </select>
      </label>
      {from && (
        <details>
          <summary>
            {differences.length === 0
              ? 'Versionerna har samma värden.'
              : `${differences.length} värden skiljer mellan versionerna`}
          </summary>
          <ul className="version-differences">
            {differences.map((d) => (
              <li key={`${d.section}:${d.id}:${d.year ?? ''}`}>{d.text}</li>
            ))}
          </ul>
        </details>
      )}
      {from && <VersionBridge key={from.key} from={from} to={to} />}
    </section>
  );
};
