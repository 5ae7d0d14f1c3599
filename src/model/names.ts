/** "Verksamhetens intäkter" → "Verksamhetens_intäkter": a label as the stem of named cells. */
export const nameStem = (label: string): string => {
  const stem = label.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_+|_+$/g, '');
  return /^\p{L}/u.test(stem) ? stem : `R_${stem}`;
};

/** "Verksamhetens_intäkter" → "Planens_verksamhetens_intäkter". */
export const planName = (name: string): string => `Planens_${name.charAt(0).toLowerCase()}${name.slice(1)}`;
