import { useCallback, useState } from 'react';
import * as v from 'valibot';
import type { ForecastDraft } from '../model/revisions/forecastEdit';

const KEY_PREFIX = 'budgetverkstad:ny-prognos:';

const draftSchema = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(200)),
  date: v.pipe(v.string(), v.maxLength(10)),
  texts: v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.string(), v.maxLength(200))),
  confirmed: v.record(v.pipe(v.string(), v.maxLength(200)), v.pipe(v.number(), v.finite())),
});

const emptyDraft = (today: string): ForecastDraft => ({ name: '', date: today, texts: {}, confirmed: {} });

/** The stored draft, read as untrusted data: anything unreadable starts an empty form (the text is kept). */
const readDraft = (key: string, today: string): ForecastDraft => {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return emptyDraft(today);
    const parsed = v.safeParse(draftSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : emptyDraft(today);
  } catch {
    return emptyDraft(today);
  }
};

/**
 * The "Ny prognos" form's draft for one plan version, written to the browser's storage at every change, so
 * a reload or a crash does not lose what was typed; cleared when the version is saved or the draft dropped.
 */
export const useForecastDraft = (
  planKey: string,
  today: string,
): {
  readonly draft: ForecastDraft;
  readonly update: (change: (draft: ForecastDraft) => ForecastDraft) => void;
  readonly clear: () => void;
} => {
  const key = `${KEY_PREFIX}${planKey}`;
  const [draft, setDraft] = useState(() => readDraft(key, today));
  const update = useCallback(
    (change: (draft: ForecastDraft) => ForecastDraft) =>
      setDraft((was) => {
        const next = change(was);
        try {
          localStorage.setItem(key, JSON.stringify(next));
        } catch {
          // No web storage: the draft lives until the page closes.
        }
        return next;
      }),
    [key],
  );
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored.
    }
    setDraft(emptyDraft(today));
  }, [key, today]);
  return { draft, update, clear };
};
