import fc from 'fast-check';
import { FORMULA_NAMES } from './formulaNames';

/**
 * Generated inputs for the importers' fuzz tests: valid documents with one to three things changed (a value
 * replaced, a field removed or added), so that most inputs get past the first checks and reach the deep ones.
 */
type Path = readonly (string | number)[];

const pathsOf = (value: unknown, path: Path = []): Path[] =>
  value !== null && typeof value === 'object'
    ? [
        path,
        ...Object.entries(value).flatMap(([key, child]) =>
          pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key]),
        ),
      ]
    : [path];

const copy = (value: unknown): Record<string | number, unknown> =>
  (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;

/** `set` applied at `path`, copying each object on the way (`undefined` from `set` removes the field). */
const updateAt = (value: unknown, path: Path, set: (old: unknown) => unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return set(value);
  if (value === null || typeof value !== 'object' || !(head in value)) return value;
  const child = updateAt((value as Record<string | number, unknown>)[head], rest, set);
  if (child === undefined && rest.length === 0)
    return Array.isArray(value)
      ? value.filter((_, i) => i !== head)
      : Object.fromEntries(Object.entries(value).filter(([key]) => key !== String(head)));
  const next = copy(value);
  next[head] = child;
  return next;
};

/** A field added with `Object.defineProperty`, so that even `__proto__` becomes a key of its own. */
const withKey = (value: unknown, key: string, added: unknown): unknown => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const next = copy(value);
  Object.defineProperty(next, key, { value: added, enumerable: true, configurable: true, writable: true });
  return next;
};

let deep: unknown = 1;
for (let i = 0; i < 14; i += 1) deep = [deep];

/** Values that have broken or could break a reader: formulas as names, odd numbers, wrong kinds, deep lists. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    ...FORMULA_NAMES,
    [],
    {},
    null,
    '',
    0,
    -0,
    1e308,
    -1e308,
    1_000_000,
    1_000_001,
    2 ** 53,
    0.1 + 0.2,
    '2025',
    '11,44',
    true,
    deep,
    'norrbotten-2025-2027',
    'kostnad',
    'intakt',
    '2026-11-25T12:00:00.000Z',
  ),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'remove'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: unknown };

const mutation = (values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: values }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        at: fc.nat(),
        key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', '2031', 'skattesats', 'x'),
        value: values,
      }),
    },
  );

/**
 * `base` with one to three mutations. `values` are what a replaced or added field gets (by default
 * {@link hostileValue}; a reader of structured-clone values may pass `fc.anything()`).
 */
export const mutated = (
  base: unknown,
  values: fc.Arbitrary<unknown> = hostileValue,
): fc.Arbitrary<unknown> => {
  const paths = pathsOf(base);
  return fc.array(mutation(values), { minLength: 1, maxLength: 3 }).map((mutations) =>
    mutations.reduce((value, m) => {
      const path = paths[m.at % paths.length] ?? [];
      if (m.kind === 'replace') return updateAt(value, path, () => m.value);
      if (m.kind === 'remove') return updateAt(value, path, () => undefined);
      return updateAt(value, path, (old) => withKey(old, m.key, m.value));
    }, base),
  );
};

/** A text changed by a few characters: cut, a character inserted or one replaced (a truncated or edited file). */
export const mutatedText = (base: string): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ maxLength: 3 })), {
      minLength: 1,
      maxLength: 3,
    })
    .map((edits) =>
      edits.reduce((text, [at, cut, insert]) => {
        const i = at % (text.length + 1);
        return `${text.slice(0, i)}${insert}${text.slice(i + cut)}`;
      }, base),
    );

/**
 * The time of the slowest call, so a property can say "never hangs" with a number. A call over the limit is
 * timed once more at the end: a busy machine (a collection, another process) may pause any one call, while a
 * hang is slow every time. `hangs` counts the calls slow both times.
 */
export const timing = () => {
  let slowest = 0;
  const slow: (() => unknown)[] = [];
  const note = (work: () => unknown, ms: number) => {
    slowest = Math.max(slowest, ms);
    if (ms > HANG_MS) slow.push(work);
  };
  return {
    time: <T>(work: () => T): T => {
      const started = performance.now();
      try {
        return work();
      } finally {
        note(work, performance.now() - started);
      }
    },
    timeAsync: async <T>(work: () => Promise<T>): Promise<T> => {
      const started = performance.now();
      try {
        return await work();
      } finally {
        note(work, performance.now() - started);
      }
    },
    slowest: () => slowest,
    hangs: async (): Promise<number> => {
      let hangs = 0;
      for (const work of slow) {
        const started = performance.now();
        await Promise.resolve()
          .then(work)
          .catch(() => undefined);
        if (performance.now() - started > HANG_MS) hangs += 1;
      }
      return hangs;
    },
  };
};

/** Fuzz runs per importer (issue 12: at least 10 000 each). */
export const FUZZ_RUNS = 10_000;
/**
 * Each fuzz test takes 4–9 s of CPU; on a runner shared with other jobs (load 17 on two cores, seen here) the
 * wall time can be several times that. A hang is caught per input (`timing`), not by this limit.
 */
export const FUZZ_TIMEOUT_MS = 180_000;
/** One input may take at most this long: far above a normal read (well under 10 ms), far below a hang. */
export const HANG_MS = 500;

/** The line each fuzz test prints, for the counts (inputs, crashes, hangs). */
export const fuzzReport = (
  what: string,
  counts: { accepted: number; refused: number },
  slowest: number,
  hangs: number,
) =>
  `${what}: ${counts.accepted + counts.refused} inputs, ${counts.accepted} accepted, ${counts.refused} refused, 0 crashes, ${hangs} hangs, slowest ${slowest.toFixed(1)} ms`;

/**
 * A Swedish message: a sentence with a Swedish letter or word, never a bare error or an English one.
 * What the input held, quoted back as `(fick …)`, is the user's own text and may say anything
 * (a generated link once held the string "NaN"), so only the message's own words are checked.
 */
export const isSwedishMessage = (text: unknown): boolean => {
  if (typeof text !== 'string') return false;
  const ownWords = text.replace(/\(fick .*\)$/, '');
  return (
    /[åäöÅÄÖ]|\b(är|inte|och|fick|saknas|väntades|högst|minst|får|fältet|okänt)\b/.test(text) &&
    !/\b(Invalid|undefined|TypeError|RangeError|Error|NaN|object Object)\b/.test(ownWords)
  );
};
