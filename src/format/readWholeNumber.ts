import { formatNumber } from './formatNumber';
import { parseSvNumber } from './parseSvNumber';

export type WholeNumberRead =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * A count or a starting value typed by a user (the simulation's draws, its startvärde, in the app and in the
 * CLI), through the one parser: a whole number without unit within [min, max], or a Swedish message saying
 * why not, in one wording wherever it is typed.
 *
 * @example
 *   readWholeNumber('10 000', { what: 'Antalet dragningar', min: 1, max: 100_000 }); // { ok: true, value: 10000 }
 *   readWholeNumber('1,5', START_VALUE); // { ok: false, message: 'Startvärdet ska vara ett heltal, inte 1,5.' }
 */
export const readWholeNumber = (
  text: string,
  limits: { readonly what: string; readonly min: number; readonly max: number },
): WholeNumberRead => {
  if (text.trim() === '') return { ok: false, message: `${limits.what} saknas.` };
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return { ok: false, message: `${limits.what}: ${parsed.message}` };
  if (parsed.suffix !== undefined || parsed.sign === '+')
    return { ok: false, message: `${limits.what} ska vara ett heltal, utan enhet och utan plustecken.` };
  if (!Number.isInteger(parsed.value))
    return { ok: false, message: `${limits.what} ska vara ett heltal, inte ${text.trim()}.` };
  if (parsed.value < limits.min || parsed.value > limits.max)
    return {
      ok: false,
      message: `${limits.what} ska vara mellan ${formatNumber(limits.min, 0)} och ${formatNumber(limits.max, 0)}.`,
    };
  return { ok: true, value: parsed.value };
};
