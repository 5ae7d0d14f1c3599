import { useEffect, useMemo, useState } from 'react';
import { versionLabel } from '../../format/planVersionText';
import { changeCount } from '../../model/scenarioChanges';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { proposalsOf } from '../../scenarios/examples';
import { moveOnto } from '../../scenarios/moveScenario';
import type { PlanEntry } from '../../scenarios/planLibrary';
import { useScenarioLibrary } from '../../scenarios/useLibrary';
import { BridgeView } from './BridgeView';
import { MoveScenarioDialog } from './MoveScenarioDialog';

type Props = { readonly from: PlanEntry; readonly to: PlanEntry };

/**
 * The bridge from one version to the open one for the plan and each scenario of the older version (the
 * parties' proposals and the saved scenarios), and "Flytta scenariot" for each of them onto the open one.
 */
export const VersionBridge = ({ from, to }: Props) => {
  const library = useScenarioLibrary();
  const [saved, setSaved] = useState<readonly ScenarioDocument[] | undefined>();
  const [moving, setMoving] = useState<ScenarioDocument | undefined>();
  const [moved, setMoved] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void library.savedOn({ id: from.plan.id, version: from.plan.version }).then((documents) => {
      if (live) setSaved(documents);
    });
    return () => {
      live = false;
    };
  }, [library, from]);
  // A scenario without changes is the plan itself: nothing to bridge or to move.
  const documents = useMemo(
    () => [...proposalsOf(from.plan), ...(saved ?? [])].filter((d) => changeCount(d.changes) > 0),
    [from, saved],
  );
  const scenarios = useMemo(
    () => documents.map(({ id, name, changes }) => ({ id, name, changes })),
    [documents],
  );
  const fromLabel = versionLabel(from.plan, from.planVersion);
  const toLabel = versionLabel(to.plan, to.planVersion);
  // The picture names the versions by number (read on a projector); the select above names them in full.
  const short = (entry: PlanEntry) => `Version ${entry.plan.version}`;

  return (
    <>
      {saved === undefined ? (
        <p role="status">Läser scenarierna på {fromLabel}…</p>
      ) : (
        <BridgeView
          from={from.plan}
          fromLabel={short(from)}
          to={to.plan}
          toLabel={short(to)}
          scenarios={scenarios}
        />
      )}
      {documents.length > 0 && (
        <section className="scenarios-to-move" aria-labelledby="flytta-rubrik">
          <h3 id="flytta-rubrik">Flytta ett scenario från {fromLabel}</h3>
          <p>
            Scenariot sparas på den öppna versionen med de ändringar som följer med; det som inte kan följa
            med visas först. Originalet ligger kvar på sin version.
          </p>
          {moved && <p role="status">{moved}</p>}
          <ul>
            {documents.map((document) => (
              <li key={document.id}>
                <span>{document.name}</span>{' '}
                <button type="button" onClick={() => setMoving(document)}>
                  Flytta scenariot…
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {moving && (
        <MoveScenarioDialog
          document={moving}
          from={from.plan}
          to={to.plan}
          toLabel={toLabel}
          onClose={() => setMoving(undefined)}
          onMove={(changes) => {
            setMoving(undefined);
            void moveOnto(library, moving, to.plan, changes).then((result) =>
              setMoved(
                result.ok
                  ? `”${result.document.name}” är sparat på ${toLabel} och öppet. Originalet ligger kvar på ${fromLabel}.`
                  : result.message,
              ),
            );
          }}
        />
      )}
    </>
  );
};
