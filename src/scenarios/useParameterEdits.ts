import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { editedModel, modelEdited, NO_EDITS, type ParameterEdits } from '../model/uncertainty/editParameters';
import type { UncertaintyModel } from '../model/uncertainty/draws';
import { browserUncertaintyStore, type UncertaintyStore } from '../persistence/uncertaintyStore';

const NOTICE = {
  newer:
    'De egna antagandena sparades av en nyare version av Budgetverkstad. Här används källornas värden, och det sparade lämnas orört.',
  unreadable:
    'De sparade egna antagandena gick inte att läsa. Här används källornas värden; det sparade lämnas orört.',
  failed: 'Webbläsaren kan inte spara de egna antagandena. Ändringar gäller tills sidan stängs.',
  newerOnSave:
    'En nyare version av Budgetverkstad har sparat egna antaganden: de skrivs inte över, och dina ändringar gäller tills sidan stängs.',
} as const;

export type ParameterEditsApi = {
  readonly edits: ParameterEdits;
  /** The error model the simulation draws from, the sources' when nothing is edited (`undefined`). */
  readonly model: UncertaintyModel | undefined;
  readonly edited: boolean;
  /** Why the saved figures are not in use or cannot be saved, in Swedish. */
  readonly notice: string | undefined;
  /** Whether the figures in use are the ones stored (no save under way or failed). */
  readonly saved: boolean;
  readonly update: (change: (edits: ParameterEdits) => ParameterEdits) => void;
  /** Back to the sources' spreads and correlations. */
  readonly reset: () => void;
};

/**
 * The user's own figures for the error model, read once from their record and saved after each change
 * (one change at a time, in order). An edit made before the record is read wins over the record.
 */
export const useParameterEdits = (): ParameterEditsApi => {
  const store = useRef<UncertaintyStore | undefined>(undefined);
  store.current ??= browserUncertaintyStore();
  const [edits, setEdits] = useState<ParameterEdits>(NO_EDITS);
  const [notice, setNotice] = useState<string | undefined>();
  const [pending, setPending] = useState(0);
  const touched = useRef(false);
  const latest = useRef<ParameterEdits>(NO_EDITS);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void store.current?.load().then((stored) => {
      if (!live || touched.current) return;
      if (stored.kind === 'edits') {
        latest.current = stored.edits;
        setEdits(stored.edits);
      } else if (stored.kind !== 'none') setNotice(NOTICE[stored.kind]);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback((next: ParameterEdits) => {
    setPending((count) => count + 1);
    saving.current = saving.current.then(async () => {
      const outcome = await store.current?.save(next);
      if (outcome === 'newer') setNotice(NOTICE.newerOnSave);
      else if (outcome === 'failed') setNotice(NOTICE.failed);
      else setNotice(undefined);
      // A failed save leaves the count up: the figures in use are then not the stored ones.
      if (outcome === 'saved') setPending((count) => count - 1);
    });
  }, []);

  const update = useCallback(
    (change: (edits: ParameterEdits) => ParameterEdits) => {
      touched.current = true;
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setEdits(next);
      save(next);
    },
    [save],
  );

  // The tornado's own steps are the user's questions, not the sources' figures: they stay.
  const reset = useCallback(() => update((current) => ({ ...NO_EDITS, steps: current.steps })), [update]);
  const edited = modelEdited(edits);
  const model = useMemo(() => (edited ? editedModel(edits) : undefined), [edited, edits]);
  const saved = pending === 0;
  return useMemo(
    () => ({ edits, model, edited, notice, saved, update, reset }),
    [edits, model, edited, notice, saved, update, reset],
  );
};
