/** Limits for anything read from outside: a file, a link, a paste. */
export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_DEPTH = 12;

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * JSON.parse with a size limit, a depth limit and no prototype-polluting keys; messages in Swedish.
 *
 * @example
 *   parseSafeJson('{"__proto__": {}}'); // { ok: false, message: 'Filen innehåller den otillåtna nyckeln "__proto__".' }
 */
export const parseSafeJson = (text: string): SafeJsonResult => {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, message: `Filen är för stor (högst ${MAX_IMPORT_BYTES / 1_000_000} MB).` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'Filen är inte giltig JSON (den kan vara avklippt eller inte en scenariofil).',
    };
  }
  const problem = inspect(value, 0);
  return problem ? { ok: false, message: problem } : { ok: true, value };
};

const inspect = (value: unknown, depth: number): string | undefined => {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_DEPTH) return `Filen är för djupt nästlad (högst ${MAX_DEPTH} nivåer).`;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `Filen innehåller den otillåtna nyckeln "${key}".`;
    const problem = inspect((value as Record<string, unknown>)[key], depth + 1);
    if (problem) return problem;
  }
  return undefined;
};
