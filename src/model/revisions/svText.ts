/**
 * Numbers in the revision texts the Swedish way (`1 234,5`, `−0,8`): the model may not import `src/format`
 * (which imports the model), so these few words use Intl's sv-SE, which rounds half away from zero as
 * `formatNumber` does.
 */
export const svNumber = (value: number, decimals: number): string =>
  new Intl.NumberFormat('sv-SE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(value === 0 ? 0 : value)
    .replace(/-/g, '\u2212');

/** A change, signed: "+1,2", "−88", "0". */
export const svSigned = (value: number, decimals: number): string => {
  const text = svNumber(value, decimals);
  return /^[\u2212-]/.test(text) || /^0(,0*)?$/.test(text) ? text : `+${text}`;
};

/** As many decimals as a value has, within `min`…4: 4,1 % stays 4,1, 3,25 % stays 3,25. */
export const decimalsFor = (values: readonly number[], min: number): number =>
  Math.min(
    4,
    Math.max(min, ...values.map((v) => (Number.isFinite(v) ? (String(v).split('.')[1]?.length ?? 0) : 0))),
  );
