import type { Value } from './batchEvaluator';

/**
 * The batch evaluator's parser: the formulas the model writes (references, ranges, numbers, text, TRUE/FALSE,
 * + − * /, comparisons and function calls) as a tree, with Excel's precedence. Anything else is refused.
 */

/** A formula this evaluator does not know: refused when compiling, so no figure is ever guessed. */
export class UnsupportedFormula extends Error {
  constructor(formula: string, reason: string) {
    super(`Formeln ${formula} kan inte räknas i serie: ${reason}`);
    this.name = 'UnsupportedFormula';
  }
}

const TOKEN =
  /\s*(?:(?<number>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(?<string>"(?:[^"]|"")*")|(?<ref>(?:'(?:[^']|'')*'|[A-Za-z_][\w.]*)!\$?[A-Z]{1,3}\$?\d+|\$?[A-Z]{1,3}\$?\d+(?![\w(]))|(?<func>[A-Z][A-Z0-9.]*)(?=\()|(?<bool>TRUE|FALSE)(?![\w(])|(?<op><=|>=|<>|[-+*/<>=(),:]))/y;

type Token = { kind: 'number' | 'string' | 'ref' | 'func' | 'bool' | 'op'; text: string };

const tokenize = (formula: string): Token[] => {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(formula);
    if (!match?.groups) {
      if (formula.slice(start).trim() === '') break;
      throw new UnsupportedFormula(formula, `okänt tecken vid ${formula.slice(start, start + 10)}`);
    }
    const [kind, text] = Object.entries(match.groups).find(([, v]) => v !== undefined) ?? [];
    if (!kind || text === undefined) throw new UnsupportedFormula(formula, 'tomt led');
    tokens.push({ kind: kind as Token['kind'], text });
  }
  return tokens;
};

export type Ast =
  | { type: 'const'; value: Value }
  | { type: 'ref'; sheet: string; row: number; col: number }
  | { type: 'range'; sheet: string; top: number; left: number; bottom: number; right: number }
  | { type: 'unary'; operand: Ast }
  | { type: 'binary'; op: string; left: Ast; right: Ast }
  | { type: 'call'; name: string; args: Ast[] };

const columnIndex = (letters: string) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const parseRef = (text: string, ownSheet: string): { sheet: string; row: number; col: number } => {
  const bang = text.lastIndexOf('!');
  const sheetPart = bang >= 0 ? text.slice(0, bang) : undefined;
  const sheet = sheetPart
    ? sheetPart.startsWith("'")
      ? sheetPart.slice(1, -1).replace(/''/g, "'")
      : sheetPart
    : ownSheet;
  const cell = /^\$?([A-Z]+)\$?(\d+)$/.exec(bang >= 0 ? text.slice(bang + 1) : text);
  if (!cell?.[1] || !cell[2]) throw new Error(`Ogiltig cellreferens ${text}`);
  return { sheet, row: Number(cell[2]) - 1, col: columnIndex(cell[1]) };
};

/** Excel's precedence, lowest first: comparison, then + −, then * /, then unary minus. */
export const parse = (formula: string, ownSheet: string): Ast => {
  const tokens = tokenize(formula);
  let at = 0;
  const peek = () => tokens[at];
  const take = () => tokens[at++];
  const expect = (text: string) => {
    if (take()?.text !== text) throw new UnsupportedFormula(formula, `${text} väntades`);
  };
  const binaryLevel =
    (ops: readonly string[], next: () => Ast): (() => Ast) =>
    () => {
      let left = next();
      for (let token = peek(); token?.kind === 'op' && ops.includes(token.text); token = peek()) {
        take();
        left = { type: 'binary', op: token.text, left, right: next() };
      }
      return left;
    };
  const primary = (): Ast => {
    const token = take();
    if (!token) throw new UnsupportedFormula(formula, 'formeln tar slut');
    switch (token.kind) {
      case 'number':
        return { type: 'const', value: Number(token.text) };
      case 'string':
        return { type: 'const', value: token.text.slice(1, -1).replace(/""/g, '"') };
      case 'bool':
        return { type: 'const', value: token.text === 'TRUE' };
      case 'ref': {
        const ref = parseRef(token.text, ownSheet);
        if (peek()?.text !== ':') return { type: 'ref', ...ref };
        take();
        const endToken = take();
        if (endToken?.kind !== 'ref') throw new UnsupportedFormula(formula, 'områdets slut saknas');
        const end = parseRef(endToken.text, ref.sheet);
        return {
          type: 'range',
          sheet: ref.sheet,
          top: Math.min(ref.row, end.row),
          left: Math.min(ref.col, end.col),
          bottom: Math.max(ref.row, end.row),
          right: Math.max(ref.col, end.col),
        };
      }
      case 'func': {
        expect('(');
        const args: Ast[] = [];
        if (peek()?.text !== ')')
          for (;;) {
            args.push(comparison());
            if (peek()?.text !== ',') break;
            take();
          }
        expect(')');
        return { type: 'call', name: token.text, args };
      }
      case 'op':
        if (token.text === '(') {
          const inner = comparison();
          expect(')');
          return inner;
        }
        if (token.text === '-') return { type: 'unary', operand: primary() };
        if (token.text === '+') return primary();
    }
    throw new UnsupportedFormula(formula, `${token.text} väntades inte här`);
  };
  const product = binaryLevel(['*', '/'], primary);
  const sum = binaryLevel(['+', '-'], product);
  const comparison = binaryLevel(['=', '<>', '<', '<=', '>', '>='], sum);
  const ast = comparison();
  if (at !== tokens.length)
    throw new UnsupportedFormula(formula, `${tokens[at]?.text ?? ''} väntades inte här`);
  return ast;
};
