import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ScenarioStanding } from '../../model/history/standing';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { withCurrentName } from '../../scenarios/startScenarioName';
import { previewScenario, readShareLink, type ScenarioPreview } from '../../scenarios/transfer';
import { useKnownPlans } from '../../scenarios/usePlanLibrary';
import { useScenario, useScenarioStore } from '../../scenarios/useScenario';

export type SharedState =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'scenario';
      readonly document: ScenarioDocument;
      /** The status and decision note the link carried (none for a draft). */
      readonly standing: ScenarioStanding | undefined;
    }
  | { readonly kind: 'error'; readonly message: string; readonly problems: readonly string[] };

export type SharedScenario = {
  readonly shared: SharedState;
  /** The shared scenario computed against the plan: key figures and goals (none without a scenario). */
  readonly preview: ScenarioPreview | undefined;
  /** Forgets the link: the page shows the viewer's own scenario only. */
  readonly close: () => void;
};

/** Removes `#s=…` from the address bar, so a reload does not offer the same link again. */
const forgetFragment = () => history.replaceState(null, '', location.pathname + location.search);

/**
 * The scenario a share link in the address carries (read at start and on every `hashchange`), for the
 * banner and for the goal bar, which shows its goals while it is previewed.
 */
export const useSharedScenario = (): SharedScenario => {
  const [shared, setShared] = useState<SharedState>({ kind: 'none' });
  const store = useScenarioStore();
  const plan = useScenario((state) => state.plan);
  const planResults = useScenario((state) => state.planResults);
  const knownPlans = useKnownPlans();

  useEffect(() => {
    const read = () => {
      const pending = readShareLink(location.hash, { ...store.getState(), knownPlans });
      if (!pending) return;
      void pending.then((result) =>
        setShared(
          result.ok
            ? {
                kind: 'scenario',
                document: withCurrentName(result.scenario),
                standing: result.standing,
              }
            : { kind: 'error', message: result.message, problems: result.problems },
        ),
      );
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [store, knownPlans]);

  const preview = useMemo(
    () => (shared.kind === 'scenario' ? previewScenario({ plan, planResults }, shared.document) : undefined),
    [shared, plan, planResults],
  );
  const close = useCallback(() => {
    forgetFragment();
    setShared({ kind: 'none' });
  }, []);
  return { shared, preview, close };
};
