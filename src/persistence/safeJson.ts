/**
 * Limits for anything read from outside: a file, a dropped file or text, a paste, a share link once inflated.
 * Exact, as README states them: 2 000 000 bytes of UTF-8 are taken and 2 000 001 refused; 12 levels of nesting
 * (the outermost object is level 1, an object in it level 2) are taken and 13 refused.
 */
export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_DEPTH = 12;

const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** What a message calls the thing read: a file (a pasted or dropped text is a file's text) or a share link. */
export type SourceWords = {
  readonly subject: 'Filen' | 'Länken';
  readonly object: 'filen' | 'länken';
  readonly what: 'en scenariofil' | 'en delningslänk' | 'en planfil';
};
export const FILE_WORDS: SourceWords = { subject: 'Filen', object: 'filen', what: 'en scenariofil' };
export const LINK_WORDS: SourceWords = { subject: 'Länken', object: 'länken', what: 'en delningslänk' };
export const PLAN_FILE_WORDS: SourceWords = { subject: 'Filen', object: 'filen', what: 'en planfil' };

export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * The bytes a text takes as UTF-8, as `TextEncoder` writes it (a lone surrogate becomes U+FFFD, three bytes),
 * without building the bytes.
 *
 * @example
 *   utf8Length('Nämnd'); // 6
 */
export const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
};

const bytesText = (bytes: number) => bytes.toLocaleString('sv-SE');
/** The limit as every message states it: "2 000 000 byte (2 MB)". */
export const MAX_IMPORT_TEXT = `${bytesText(MAX_IMPORT_BYTES)} byte (2 MB)`;

/** The one message for too many bytes, on every path (a file's size, a text, an inflated link). */
export const tooLargeMessage = (words: SourceWords, bytes?: number): string =>
  `${words.subject} är för stor${bytes === undefined ? '' : ` (${bytesText(bytes)} byte)`}: högst ${MAX_IMPORT_TEXT}.`;

/**
 * JSON.parse with a size limit, a depth limit and no prototype-polluting keys; messages in Swedish.
 *
 * @example
 *   parseSafeJson('{"__proto__": {}}'); // { ok: false, message: 'Filen innehåller den otillåtna nyckeln "__proto__".' }
 */
export const parseSafeJson = (text: string, words: SourceWords = FILE_WORDS): SafeJsonResult => {
  // A UTF-16 unit is at least one byte of UTF-8: a text longer than the limit is too large without counting.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: tooLargeMessage(words) };
  const bytes = utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, message: tooLargeMessage(words, bytes) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: `${words.subject} är inte giltig JSON (den kan vara avklippt eller inte ${words.what}).`,
    };
  }
  const problem = inspect(value, 1, words);
  return problem ? { ok: false, message: problem } : { ok: true, value };
};

/** `level` is the nesting level of `value` if it is an object or a list (the outermost is level 1). */
const inspect = (value: unknown, level: number, words: SourceWords): string | undefined => {
  if (value === null || typeof value !== 'object') return undefined;
  if (level > MAX_DEPTH) return `${words.subject} är för djupt nästlad (högst ${MAX_DEPTH} nivåer).`;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `${words.subject} innehåller den otillåtna nyckeln "${key}".`;
    const problem = inspect((value as Record<string, unknown>)[key], level + 1, words);
    if (problem) return problem;
  }
  return undefined;
};
