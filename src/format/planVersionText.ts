import type { PlanVersionInfo } from '../model/revisions/revision';

const DAY = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "20 augusti 2026" from "2026-08-20" (a date without a time: read in UTC so no zone moves the day). */
export const svDate = (isoDate: string): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : DAY.format(date);
};

/**
 * A plan version as a person names it: its number and what it is, the forecast's name or, for the version
 * as published, who decided it.
 *
 * @example
 *   versionLabel({ version: 2 }, { name: 'SKR:s prognos augusti 2026' }); // 'Version 2 · SKR:s prognos augusti 2026'
 *   versionLabel({ version: 1, decided: 'Fullmäktige, juni 2024' }, undefined); // 'Version 1 · Fullmäktige, juni 2024'
 */
export const versionLabel = (
  plan: { readonly version: number; readonly decided?: string | undefined },
  info: Pick<PlanVersionInfo, 'name'> | undefined,
): string => {
  const what = info?.name ?? plan.decided;
  return what ? `Version ${plan.version} · ${what}` : `Version ${plan.version}`;
};
