import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, type PlanDraft } from '../model/planDraft';
import { newDraft } from '../model/planDraftPresets';
import { draftStore } from '../persistence/planDraftStore';

const SAVE_DELAY_MS = 300;

/**
 * The "Ny plan" draft, read from IndexedDB when the page opens and written back shortly after each change
 * (and at once when the page is hidden), so an accidental reload loses nothing.
 */
export const useNewPlanDraft = () => {
  const [draft, setDraft] = useState<PlanDraft | undefined>();
  const latest = useRef<PlanDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void draftStore.load().then((stored) => {
      if (live) setDraft((current) => current ?? readDraft(stored) ?? newDraft());
    });
    const flush = () => {
      if (latest.current) void draftStore.save(latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      clearTimeout(timer.current);
      flush();
    };
  }, []);

  const update = useCallback((change: (draft: PlanDraft) => PlanDraft) => {
    setDraft((current) => {
      if (!current) return current;
      const next = change(current);
      latest.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void draftStore.save(next), SAVE_DELAY_MS);
      return next;
    });
  }, []);

  /** After saving the plan, or "Börja om": the stored draft is removed. */
  const discard = useCallback(async (fresh: boolean) => {
    clearTimeout(timer.current);
    latest.current = undefined;
    await draftStore.clear();
    if (fresh) setDraft(newDraft());
  }, []);

  return { draft, update, discard };
};
