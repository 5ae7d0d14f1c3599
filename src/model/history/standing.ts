import { emptyHistory, MAX_NOTE_LENGTH, type ScenarioHistory, type ScenarioStatus } from './scenarioHistory';

/** Where a scenario stands: its status and decision note, without its versions (what a share link carries). */
export type ScenarioStanding = { readonly status: ScenarioStatus; readonly decisionNote: string };

/** The standing of a history. */
export const standingOf = (history: ScenarioHistory): ScenarioStanding => ({
  status: history.status,
  decisionNote: history.decisionNote,
});

/** Whether a standing says nothing beyond a new scenario's (a draft with no decision note). */
export const isPlainDraft = (standing: ScenarioStanding): boolean =>
  standing.status === 'utkast' && standing.decisionNote === '';

/**
 * A history that holds a standing and no versions: how a link carries a status in the history's own
 * format, and what a copy saved from a link starts with.
 *
 * @example
 *   historyOfStanding('a', { status: 'beslutad', decisionNote: 'RF § 150' }).versions; // []
 */
export const historyOfStanding = (scenarioId: string, standing: ScenarioStanding): ScenarioHistory => ({
  ...emptyHistory(scenarioId),
  status: standing.status,
  decisionNote: standing.decisionNote.trim().slice(0, MAX_NOTE_LENGTH),
});
