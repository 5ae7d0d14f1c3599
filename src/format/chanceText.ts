/** Probabilities from the simulation as the app and the CLI say them (issue 15: plain Swedish). */

/**
 * A probability in plain Swedish, never as bare statistics: "i 7 fall av 10", "i nästan alla fall",
 * "nästan aldrig", "i ungefär hälften av fallen".
 */
export const inWords = (p: number): string => {
  if (p >= 0.995) return 'i nästan alla fall';
  if (p < 0.005) return 'nästan aldrig';
  if (p < 0.05) return 'i färre än 1 fall av 20';
  if (p > 0.95) return 'i mer än 19 fall av 20';
  const tenths = Math.round(p * 10);
  if (tenths === 5) return 'i ungefär hälften av fallen';
  return `i ${tenths} fall av 10`;
};

/** A probability as a whole percent in sv-SE: "62 %"; below 1 % and above 99 % said as such. */
export const percentText = (p: number): string => {
  if (p > 0 && p < 0.01) return 'under 1 %';
  if (p < 1 && p > 0.99) return 'över 99 %';
  return `${Math.round(p * 100)} %`;
};
