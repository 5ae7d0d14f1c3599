import type { UncertaintyKind } from '../model/uncertainty/parameters';
import { formatNumber, formatSigned } from './formatNumber';

/**
 * A driver's move in the tornado, in words: "±1,3 procentenheter", "±0,6 % av nivån".
 *
 * @example
 *   moveText(1.3, 'rate'); // "±1,3 procentenheter"
 */
export const moveText = (move: number, kind: UncertaintyKind): string =>
  kind === 'level'
    ? `±${formatNumber(move, 1)} % av nivån`
    : `±${formatNumber(move, move < 1 ? 2 : 1)} procentenheter`;

/** An effect with its sign and unit: mnkr in tenths below 100 (a kommun's scale), else whole; percent in tenths. */
export const effectText = (value: number, unit: 'mnkr' | 'procent'): string =>
  unit === 'mnkr'
    ? `${formatSigned(value, Math.abs(value) < 100 ? 1 : 0)}\u00a0mnkr`
    : `${formatSigned(value, 1)}\u00a0p.e.`;

/**
 * A move in the two-way table's head: "+10 öre", "−2 typiska fel", "+1 typiskt fel", "som i scenariot".
 *
 * @example
 *   stepText(-10, 'ore'); // "−10 öre"
 */
export const stepText = (step: number, unit: 'ore' | 'fel'): string => {
  if (step === 0) return 'som i scenariot';
  if (unit === 'ore') return `${formatSigned(step, 0)}\u00a0öre`;
  return `${formatSigned(step, 0)} ${Math.abs(step) === 1 ? 'typiskt fel' : 'typiska fel'}`;
};
