/**
 * Times a reader sees on an export (a file name's date, the Excel sheet's "Exporterad …"): Swedish time,
 * whatever zone the computer or the test runner is set to, so a file exported at 00:30 in Stockholm carries
 * that day's date and not UTC's day before. Stored times stay UTC ISO strings.
 */
const ZONE = 'Europe/Stockholm';

const parts = (now: Date) => {
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(now).find((p) => p.type === type)?.value ?? '';
  return {
    day: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
};

/**
 * The Swedish calendar day, e.g. `2026-11-26` for 2026-11-25T23:30Z.
 *
 * @example
 *   swedishDay(new Date('2026-11-25T23:30:00Z')); // "2026-11-26"
 */
export const swedishDay = (now: Date): string => parts(now).day;

/**
 * Day and time in Swedish time, e.g. `2026-11-25 kl. 14:00` for 2026-11-25T13:00Z (CET, UTC+1).
 *
 * @example
 *   swedishDateTime(new Date('2026-06-15T10:30:00Z')); // "2026-06-15 kl. 12:30" (CEST)
 */
export const swedishDateTime = (now: Date): string => {
  const { day, time } = parts(now);
  return `${day} kl. ${time}`;
};
