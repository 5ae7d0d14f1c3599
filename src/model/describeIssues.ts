import * as v from 'valibot';

/** What JSON cannot write (a value nested too deep for the stack, a cycle, a BigInt), said in words. */
const KIND_WORDS: Readonly<Record<string, string>> = {
  bigint: 'ett heltal utan gräns',
  function: 'en funktion',
  symbol: 'en symbol',
  undefined: 'inget värde',
};
const written = (value: unknown): string => {
  try {
    const text = JSON.stringify(value) as string | undefined;
    if (text !== undefined) return text;
  } catch {
    // Fall through: a value from outside may be anything; the message must not throw.
  }
  if (Array.isArray(value)) return 'en lista';
  return typeof value === 'object' ? 'ett objekt' : (KIND_WORDS[typeof value] ?? typeof value);
};

const describe = (value: unknown): string => {
  const text = written(value);
  return `fick ${text.length > 40 ? `${text.slice(0, 37)}…` : text}`;
};

/** Valibot's built-in messages are English; the schema's own messages are already Swedish. */
const swedishMessage = (issue: v.BaseIssue<unknown>): string => {
  if (!issue.message.startsWith('Invalid')) return issue.message;
  switch (issue.type) {
    case 'strict_object':
      return 'ett objekt väntades';
    case 'object':
    case 'record':
      return 'ett objekt väntades';
    case 'array':
      return 'en lista väntades';
    case 'number':
      return 'ett tal väntades';
    case 'string':
      return 'text väntades';
    case 'literal':
      return `värdet ${String(issue.expected)} väntades`;
    default:
      return `ogiltigt värde (${issue.type})`;
  }
};

/** Valibot issues as Swedish lines naming the field: `tables.resultatbudget.rows.x.2025: ett tal väntades (fick "7 926")`. */
export const describeIssues = (
  issues: readonly v.BaseIssue<unknown>[],
  limit = 10,
  whole = 'filen',
): string[] =>
  issues.slice(0, limit).map((issue) => {
    const path = v.getDotPath(issue) ?? `(hela ${whole})`;
    if (issue.type === 'strict_object' && issue.expected === 'never') return `${path}: okänt fält`;
    if (issue.input === undefined) return `${path}: fältet saknas`;
    return `${path}: ${swedishMessage(issue)} (${describe(issue.input)})`;
  });

/** Valibot reads an array as an object with keys "0", "1", …: a file must be a JSON object at the top. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
