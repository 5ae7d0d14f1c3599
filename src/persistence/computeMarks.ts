import * as v from 'valibot';
import { parseSafeJson } from './safeJson';

/**
 * Durable marks around a computation at start (localStorage: written before the synchronous computation
 * begins and readable by the next start even when the page froze or crashed in it), and the scenarios that
 * left such a mark or computed too slowly. Never throws: without storage the marks are simply not kept.
 */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A page computing a scenario: which one, and since when (ms since 1970, comparable across tabs). */
export type ComputeMark = { readonly id: string; readonly name: string; readonly startedAt: number };
/** A scenario not to compute at start: the page stopped while computing it, or it took `ms` (over budget). */
export type ComputeSuspect = {
  readonly id: string;
  readonly name: string;
  readonly reason: 'stuck' | 'slow';
  readonly ms?: number;
};

export type ComputeMarks = {
  /** Marks this page as computing; `page` tells this page's mark from another tab's. */
  readonly mark: (page: string, mark: ComputeMark) => void;
  readonly unmark: (page: string) => void;
  /** Every page's mark still in storage (a page that froze or crashed leaves its own). */
  readonly marks: () => readonly (ComputeMark & { readonly page: string })[];
  readonly suspects: () => readonly ComputeSuspect[];
  readonly setSuspects: (suspects: readonly ComputeSuspect[]) => void;
};

const MARK_PREFIX = 'budgetverkstad:beraknar:';
const SUSPECTS_KEY = 'budgetverkstad:for-langsamma-scenarier';
export const MAX_SUSPECTS = 20;

const markSchema = v.object({ id: v.string(), name: v.string(), startedAt: v.number() });
const suspectsSchema = v.array(
  v.object({
    id: v.string(),
    name: v.string(),
    reason: v.picklist(['stuck', 'slow']),
    ms: v.exactOptional(v.number()),
  }),
);

export const browserStorage = (): KeyValueStorage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
};

const attempt = <T>(work: () => T, fallback: T): T => {
  try {
    return work();
  } catch {
    // Storage full, blocked or taken away: the watchdog goes without.
    return fallback;
  }
};

/** What a stored text holds when it passes the schema (storage is written by any tab, any version). */
const read = <T>(text: string | null, schema: v.GenericSchema<unknown, T>): T | undefined => {
  const json = text === null ? undefined : parseSafeJson(text);
  const parsed = json?.ok ? v.safeParse(schema, json.value) : undefined;
  return parsed?.success ? parsed.output : undefined;
};

/** The marks over a storage (the browser's localStorage in the app, a stand-in in tests). */
export const computeMarks = (storage: KeyValueStorage | undefined): ComputeMarks => ({
  mark: (page, mark) =>
    attempt(() => storage?.setItem(`${MARK_PREFIX}${page}`, JSON.stringify(mark)), undefined),
  unmark: (page) => attempt(() => storage?.removeItem(`${MARK_PREFIX}${page}`), undefined),
  marks: () =>
    attempt(() => {
      if (!storage) return [];
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      return keys.flatMap((key) => {
        if (!key?.startsWith(MARK_PREFIX)) return [];
        const mark = read(storage.getItem(key), markSchema);
        return mark ? [{ ...mark, page: key.slice(MARK_PREFIX.length) }] : [];
      });
    }, []),
  suspects: () => attempt(() => read(storage?.getItem(SUSPECTS_KEY) ?? null, suspectsSchema) ?? [], []),
  setSuspects: (suspects) =>
    attempt(() => {
      if (suspects.length === 0) storage?.removeItem(SUSPECTS_KEY);
      else storage?.setItem(SUSPECTS_KEY, JSON.stringify(suspects.slice(-MAX_SUSPECTS)));
    }, undefined),
});
