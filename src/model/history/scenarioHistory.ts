import type { ScenarioDocument } from '../scenarioDocument';
import { sameContent } from './sameContent';

/** A scenario's standing in the decision process; the ids are stored, the labels are shown. */
export const SCENARIO_STATUSES = ['utkast', 'for_beslut', 'beslutad', 'avslagen'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];
export const STATUS_LABELS: Readonly<Record<ScenarioStatus, string>> = {
  utkast: 'Utkast',
  for_beslut: 'För beslut',
  beslutad: 'Beslutad',
  avslagen: 'Avslagen',
};

/**
 * How a version came to be: saved by the user with a note, kept automatically when an editing session
 * ended (see {@link closeSession}), made by restoring an older version, or by a change of status.
 */
export const VERSION_KINDS = ['sparad', 'automatisk', 'aterstalld', 'status'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];
export const VERSION_KIND_LABELS: Readonly<Record<VersionKind, string>> = {
  sparad: 'Sparad version',
  automatisk: 'Automatisk (arbetspass)',
  aterstalld: 'Återställd',
  status: 'Ny status',
};

export type ScenarioVersion = {
  /** 1, 2, 3 … in the order the versions were made; never reused, also after older ones are pruned. */
  readonly seq: number;
  /** When this state of the document was saved. */
  readonly savedAt: string;
  readonly kind: VersionKind;
  /** The user's note ('' for an automatic version). */
  readonly note: string;
  /** The scenario's status when the version was made. */
  readonly status: ScenarioStatus;
  /** For a restored version: the version it was restored from. */
  readonly restoredFrom?: number;
  /** The whole document as it was: restoring gives back exactly this. */
  readonly document: ScenarioDocument;
};

/** A scenario's history: its status and decision note, and its versions, oldest first. */
export type ScenarioHistory = {
  readonly scenarioId: string;
  readonly status: ScenarioStatus;
  readonly decisionNote: string;
  readonly nextSeq: number;
  /** How many versions the bounds have removed (so the list can say so instead of hiding it). */
  readonly pruned: number;
  readonly versions: readonly ScenarioVersion[];
};

/**
 * Edits closer together than this belong to one working session and make one automatic version: a
 * workshop's "what changed since last time" is about sessions, not keystrokes (autosave runs every 250 ms).
 */
export const SESSION_PAUSE_MS = 10 * 60 * 1000;
/** At most this many versions per scenario… */
export const MAX_VERSIONS = 200;
/** …and this many bytes of JSON, so a file carrying the history stays well inside the 2 MB import limit. */
export const MAX_HISTORY_BYTES = 1_000_000;
export const MAX_NOTE_LENGTH = 2000;

export const emptyHistory = (scenarioId: string): ScenarioHistory => ({
  scenarioId,
  status: 'utkast',
  decisionNote: '',
  nextSeq: 1,
  pruned: 0,
  versions: [],
});

const encoder = new TextEncoder();
const bytesOf = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;

/** Which version goes first when the bounds are exceeded: automatic ones, then any but a decided one. */
const dropIndex = (versions: readonly ScenarioVersion[]): number => {
  const candidates = versions.slice(0, -1);
  const auto = candidates.findIndex((v) => v.kind === 'automatisk');
  if (auto >= 0) return auto;
  const undecided = candidates.findIndex((v) => v.status !== 'beslutad');
  return undecided >= 0 ? undecided : 0;
};

/** The history within {@link MAX_VERSIONS} and {@link MAX_HISTORY_BYTES}; the newest version always stays. */
export const bounded = (history: ScenarioHistory): ScenarioHistory => {
  // One pass in the common case (within bounds); sizes per version only when something must go.
  if (history.versions.length <= MAX_VERSIONS && bytesOf(history.versions) <= MAX_HISTORY_BYTES)
    return history;
  const versions = [...history.versions];
  const sizes = versions.map(bytesOf);
  let total = sizes.reduce((sum, size) => sum + size, 0);
  while (versions.length > 1 && (versions.length > MAX_VERSIONS || total > MAX_HISTORY_BYTES)) {
    const index = dropIndex(versions);
    total -= sizes[index] ?? 0;
    versions.splice(index, 1);
    sizes.splice(index, 1);
  }
  const dropped = history.versions.length - versions.length;
  return dropped === 0 ? history : { ...history, versions, pruned: history.pruned + dropped };
};

export type NewVersion = {
  readonly kind: VersionKind;
  readonly note?: string;
  readonly savedAt: string;
  readonly restoredFrom?: number;
};

/**
 * Appends a version of `document` (the newest last) and keeps the history within its bounds.
 *
 * @example
 *   addVersion(emptyHistory('a'), doc, { kind: 'sparad', note: 'Inför nämnden', savedAt: now }).versions[0].seq; // 1
 */
export const addVersion = (
  history: ScenarioHistory,
  document: ScenarioDocument,
  version: NewVersion,
): ScenarioHistory =>
  bounded({
    ...history,
    nextSeq: history.nextSeq + 1,
    versions: [
      ...history.versions,
      {
        seq: history.nextSeq,
        savedAt: version.savedAt,
        kind: version.kind,
        note: (version.note ?? '').trim().slice(0, MAX_NOTE_LENGTH),
        status: history.status,
        ...(version.restoredFrom === undefined ? {} : { restoredFrom: version.restoredFrom }),
        document,
      },
    ],
  });

export const latestVersion = (history: ScenarioHistory): ScenarioVersion | undefined =>
  history.versions.at(-1);

/** Whether `document` says something the newest version does not (its save time aside). */
export const differsFromLatest = (history: ScenarioHistory, document: ScenarioDocument): boolean => {
  const latest = latestVersion(history);
  return latest === undefined || !sameContent(latest.document, document);
};

/**
 * Called when a save replaces `previous` (the stored document and when it was saved): if the previous save
 * was at least {@link SESSION_PAUSE_MS} ago, that session is over and its last state becomes an automatic
 * version, unless a version made since it was saved holds it already (a version saved with a note, the state
 * kept by a restore). Returns the same object when nothing is added.
 *
 * @example
 *   closeSession(history, { document: stored, savedAt: '2026-12-01T09:00:00Z' }, new Date('2026-12-01T10:00:00Z'));
 */
export const closeSession = (
  history: ScenarioHistory,
  previous: { readonly document: ScenarioDocument; readonly savedAt: string },
  now: Date,
): ScenarioHistory => {
  const pause = now.getTime() - Date.parse(previous.savedAt);
  if (!(pause >= SESSION_PAUSE_MS) || !differsFromLatest(history, previous.document)) return history;
  const since = Date.parse(previous.savedAt);
  const keptSince = history.versions.some(
    (v) => Date.parse(v.savedAt) >= since && sameContent(v.document, previous.document),
  );
  if (keptSince) return history;
  return addVersion(history, previous.document, { kind: 'automatisk', savedAt: previous.savedAt });
};

/**
 * Saves the current document as a version with the user's note (an explicit "Spara version").
 * The current state is kept even when an equal version exists: the user asked for this point with a note.
 */
export const saveVersion = (
  history: ScenarioHistory,
  document: ScenarioDocument,
  note: string,
  now: Date,
): ScenarioHistory => addVersion(history, document, { kind: 'sparad', note, savedAt: now.toISOString() });

/**
 * Sets the scenario's status and decision note; the document as it stands is kept as a version with that
 * status, so "which version was decided" has an answer.
 */
export const setStatus = (
  history: ScenarioHistory,
  document: ScenarioDocument,
  status: ScenarioStatus,
  decisionNote: string,
  now: Date,
): ScenarioHistory => {
  const note = decisionNote.trim().slice(0, MAX_NOTE_LENGTH);
  return addVersion({ ...history, status, decisionNote: note }, document, {
    kind: 'status',
    note,
    savedAt: now.toISOString(),
  });
};

/**
 * Restores version `seq`: the current document is kept first (if no version holds it), then the version's
 * document, exactly as it was, becomes a new newest version and is what the scenario shows. Nothing is removed.
 *
 * @example
 *   const restored = restoreVersion(history, 3, current, now);
 *   restored?.document; // deep-equal to the document of version 3
 */
export const restoreVersion = (
  history: ScenarioHistory,
  seq: number,
  current: ScenarioDocument,
  now: Date,
): { readonly history: ScenarioHistory; readonly document: ScenarioDocument } | undefined => {
  const source = history.versions.find((v) => v.seq === seq);
  if (!source) return undefined;
  const kept = differsFromLatest(history, current)
    ? addVersion(history, current, { kind: 'automatisk', savedAt: now.toISOString() })
    : history;
  return {
    document: source.document,
    history: addVersion(kept, source.document, {
      kind: 'aterstalld',
      savedAt: now.toISOString(),
      restoredFrom: seq,
    }),
  };
};

/** The history of a copy (an import gets new ids): every version's document takes the copy's id. */
export const historyOfCopy = (history: ScenarioHistory, scenarioId: string): ScenarioHistory => ({
  ...history,
  scenarioId,
  versions: history.versions.map((v) => ({ ...v, document: { ...v.document, id: scenarioId } })),
});
