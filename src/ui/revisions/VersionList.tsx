import { svDate, versionLabel } from '../../format/planVersionText';
import type { PlanEntry } from '../../scenarios/planLibrary';

type Props = {
  readonly versions: readonly PlanEntry[];
  readonly current: PlanEntry | undefined;
  readonly onOpen: (key: string) => void;
};

/** Every version of the plan the library keeps, oldest first: what it is, what it was made from, and which is open. */
export const VersionList = ({ versions, current, onOpen }: Props) => (
  <table className="version-list">
    <thead>
      <tr>
        <th scope="col">Version</th>
        <th scope="col">Gjord av</th>
        <th scope="col">Datum</th>
        <th scope="col">
          <span className="visually-hidden">Öppna</span>
        </th>
      </tr>
    </thead>
    <tbody>
      {versions.map((entry) => {
        const basedOn = versions.find((v) => v.plan.version === entry.planVersion?.basedOn.version);
        return (
          <tr key={entry.key} aria-current={entry === current ? 'true' : undefined}>
            <th scope="row">{versionLabel(entry.plan, entry.planVersion)}</th>
            <td>
              {entry.planVersion
                ? `Ny prognos på ${basedOn ? versionLabel(basedOn.plan, basedOn.planVersion) : `version ${entry.planVersion.basedOn.version}`}`
                : entry.builtIn
                  ? 'Planen som den publicerades'
                  : 'Egen plan'}
            </td>
            <td>{entry.planVersion ? svDate(entry.planVersion.date) : ''}</td>
            <td>
              {entry === current ? (
                <strong>Öppen</strong>
              ) : (
                <button type="button" onClick={() => onOpen(entry.key)}>
                  Öppna
                </button>
              )}
            </td>
          </tr>
        );
      })}
    </tbody>
  </table>
);
