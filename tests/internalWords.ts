/**
 * Words that must never reach a user (issue #12, item 6): file names, the research notes' "seed" numbers,
 * internal document names, row ids and doubled units. Shared by the unit test that walks the row registry
 * and the browser test that reads every view, so both judge text by the same rules.
 */

/** A unit as the app may append it to a label or a figure. */
const UNITS = ['mnkr', 'kr', '%', 'procentenheter', 'p.e.', 'invånare', 'år', 'faktor', 'andel', 'öre'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unit = `(${UNITS.map(escape).join('|')})`;

const RULES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'file name', pattern: /[\p{L}\d_-]+\.(json|tsx?|mjs|md|txt|csv|pdf)\b/iu },
  { name: 'seed', pattern: /\bseeds?\b/iu },
  { name: 'internal document', pattern: /DOMAIN|ARCHITECTURE|README|STYLE\.md/u },
  // A row id (`arets_resultat`) or a year-suffixed name (`Skattesats_2025`) outside a formula.
  { name: 'id with underscore', pattern: /[\p{L}\d]+_[\p{L}\d_]+/u },
  { name: 'doubled unit', pattern: new RegExp(`(?<![\\p{L}])${unit}[\\s,()]+\\1(?![\\p{L}])`, 'u') },
];

/** Each internal word in `text`, as "rule: match", or nothing when the text reads as meant for a user. */
export const internalWords = (text: string, extra: readonly string[] = []): string[] => {
  const found = RULES.flatMap(({ name, pattern }) => {
    const match = pattern.exec(text);
    return match ? [`${name}: ${match[0]}`] : [];
  });
  for (const word of extra)
    if (new RegExp(`(?<![\\p{L}\\d])${escape(word)}(?![\\p{L}\\d])`, 'u').test(text))
      found.push(`internal key: ${word}`);
  return found;
};

/**
 * A label that ends with the unit the app prints after it ("Marginal, mnkr" + "mnkr"), so the reader sees
 * the unit twice.
 */
export const endsWithUnit = (label: string, unitName: string): boolean =>
  new RegExp(`(?<![\\p{L}])${escape(unitName)}\\)?$`, 'u').test(label.trim());
