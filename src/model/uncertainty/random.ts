/**
 * A seeded random number generator for the simulation: the same seed gives the same draws on any machine.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, used by PractRand) on 32-bit integer arithmetic,
 * which JavaScript computes exactly everywhere; normals by Box–Muller (`Math.log`, `Math.sqrt`, `Math.cos`,
 * which V8 computes with the same software routines on every platform).
 */
export type Random = {
  /** Uniform in (0, 1), never exactly 0 or 1. */
  readonly uniform: () => number;
  /** Standard normal. */
  readonly normal: () => number;
};

export const seededRandom = (seed: number): Random => {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i += 1) next();
  const uniform = () => (next() + 0.5) / 4294967296;
  let spare: number | undefined;
  const normal = () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(uniform()));
    const angle = 2 * Math.PI * uniform();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return { uniform, normal };
};
