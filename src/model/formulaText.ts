import type { ModelRows } from './modelRows';
import { cellName } from './rowSpec';
import type { WorkbookLayout } from './workbookLayout';
import type { Year } from './years';

/** Swedish names of the spreadsheet functions the model uses, as Excel and HyperFormula's svSE pack spell them. */
const SWEDISH_FUNCTIONS: Readonly<Record<string, string>> = {
  SUM: 'SUMMA',
  SUMIFS: 'SUMMA.OMF',
  IF: 'OM',
  MIN: 'MIN',
  MAX: 'MAX',
  AND: 'OCH',
  OR: 'ELLER',
};

export type FormulaToken =
  | {
      readonly kind: 'ref';
      readonly text: string;
      readonly id: string;
      readonly year: Year;
      readonly label: string;
    }
  | { readonly kind: 'function'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

export type NameIndex = ReadonlyMap<
  string,
  { readonly id: string; readonly year: Year; readonly label: string }
>;

/** Every named cell of the workbook, by name: `Skattesats_2025` → skattesats, 2025. */
export const nameIndex = (rows: ModelRows, layout: WorkbookLayout): NameIndex => {
  const index = new Map<string, { id: string; year: Year; label: string }>();
  for (const row of rows.all)
    for (const year of layout.yearsOfRow(row))
      index.set(cellName(row, year), {
        id: row.id,
        year,
        label: row.span === 'scalar' ? row.label : `${row.label} ${year}`,
      });
  return index;
};

/** A word in a formula that may be a name (or a function, when a parenthesis follows), as a RegExp source. */
export const FORMULA_WORD = String.raw`[\p{L}_][\p{L}\p{N}_.]*`;

const TOKEN = new RegExp(
  String.raw`("[^"]*")|(${FORMULA_WORD})(\s*\()?|(\d+(?:\.\d+)?)|([^\p{L}_\d"]+)`,
  'gu',
);

/**
 * Splits a formula into references a person can read and follow, Swedish function names and the rest,
 * with `;` between arguments and a decimal comma, as Swedish Excel shows it.
 *
 * @example
 *   readableFormula('=Skatteunderlag_2025*Skattesats_2025/100', index);
 *   // [text "=", ref "Skatteunderlag 2025", text " × ", ref "Skattesats 2025", text " / 100"]
 */
export const readableFormula = (formula: string, index: NameIndex): FormulaToken[] => {
  const tokens: FormulaToken[] = [];
  for (const match of formula.matchAll(TOKEN)) {
    const [, quoted, word, call, number, other] = match;
    if (quoted !== undefined) {
      tokens.push({ kind: 'text', text: quoted });
    } else if (word !== undefined) {
      const ref = index.get(word);
      if (call !== undefined) tokens.push({ kind: 'function', text: `${SWEDISH_FUNCTIONS[word] ?? word}(` });
      else if (ref) tokens.push({ kind: 'ref', text: ref.label, ...ref });
      else tokens.push({ kind: 'text', text: word.replace(/_/g, ' ') });
    } else if (number !== undefined) {
      tokens.push({ kind: 'text', text: number.replace('.', ',') });
    } else if (other !== undefined) {
      tokens.push({ kind: 'text', text: prettyOperators(other) });
    }
  }
  return tokens;
};

const SPACED: Readonly<Record<string, string>> = {
  '*': ' × ',
  '/': ' / ',
  '+': ' + ',
  '-': ' − ',
  ',': '; ',
};

/** `*` → ×, binary minus → −, `,` → `;`; a minus right after `=`, `(`, `,` or an operator is unary and unspaced. */
const prettyOperators = (text: string): string => {
  let out = '';
  for (const [i, char] of [...text].entries()) {
    const before = text[i - 1];
    if (char === '-' && before !== undefined && '=(,*/+<>'.includes(before)) out += '−';
    else if (text.startsWith('>=', i) || text.startsWith('<=', i)) out += text[i] === '>' ? ' ≥ ' : ' ≤ ';
    else if (char === '=' && (before === '>' || before === '<')) continue;
    else out += SPACED[char] ?? char;
  }
  return out.replace(/\s+/g, ' ');
};
