import type { CellContent, CompiledWorkbook } from '../model/compileWorkbook';
import type { RawRead } from '../model/results';
import type { CellAddress } from '../model/workbookLayout';
import { engineSheets } from './engineSheets';
import { parse, UnsupportedFormula, type Ast } from './formulaParser';

export { UnsupportedFormula } from './formulaParser';

/**
 * A second evaluator of the workbook's own formulas, for analyses that compute thousands of scenarios (a
 * Monte Carlo, a tornado) where HyperFormula's ~8 ms per scenario would take minutes. It reads exactly the
 * formulas HyperFormula gets (`engineSheets`), compiles each once into closures (never into code: no `eval`,
 * no `Function`, so the app's Content-Security-Policy holds) and computes with HyperFormula's semantics for
 * the subset the model writes: + − * / and unary minus, comparisons, IF, AND, MIN, MAX and SUMIFS with
 * equality criteria. Anything else is refused when compiling, never guessed. The interactive grid keeps
 * HyperFormula; `tests/engine/batchEvaluator.property.test.ts` proves the two equal on every cell.
 */
export type BatchEvaluator = {
  /** Replaces a constant cell's value (an input, a Ramförändringar cell); the cells that depend on it are
   *  computed again when read. */
  readonly set: (address: CellAddress, value: CellContent) => void;
  /** The formula cells a constant cell reaches, directly or through others: what a `set` there changes. */
  readonly reachedBy: (address: CellAddress) => readonly CellAddress[];
  /** The value of a cell, computed on demand, as HyperFormula's `getCellValue` reports it. */
  readonly read: (address: CellAddress) => RawRead;
};

type ErrorValue = { readonly error: string };
export type Value = number | string | boolean | null | ErrorValue;
type Compiled = () => Value;

const isError = (value: Value): value is ErrorValue => typeof value === 'object' && value !== null;
const DIV_BY_ZERO: ErrorValue = Object.freeze({ error: 'DIV_BY_ZERO' });
const VALUE: ErrorValue = Object.freeze({ error: 'VALUE' });
const NUM: ErrorValue = Object.freeze({ error: 'NUM' });
const CYCLE: ErrorValue = Object.freeze({ error: 'CYCLE' });

/** HyperFormula's coercion for arithmetic: empty is 0, a boolean 1 or 0, text a #VALUE!. */
const toNumber = (value: Value): number | ErrorValue => {
  if (typeof value === 'number') return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return isError(value) ? value : VALUE;
};

const arithmetic = (op: string, a: number, b: number): Value => {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    default:
      return b === 0 ? DIV_BY_ZERO : a / b;
  }
};

/** HyperFormula orders values of different kinds number < text < boolean; empty counts as the other side's zero. */
const rank = (value: Exclude<Value, ErrorValue>) =>
  typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2;
const emptyAs = (other: Value): Value =>
  typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
const compare = (op: string, leftRaw: Value, rightRaw: Value): Value => {
  if (isError(leftRaw)) return leftRaw;
  if (isError(rightRaw)) return rightRaw;
  const left = leftRaw ?? emptyAs(rightRaw);
  const right = rightRaw ?? emptyAs(left);
  if (isError(left) || isError(right) || left === null || right === null) return VALUE;
  let order = rank(left) - rank(right);
  if (order === 0)
    order =
      typeof left === 'string' && typeof right === 'string'
        ? left.toLowerCase().localeCompare(right.toLowerCase())
        : Number(left) - Number(right);
  switch (op) {
    case '=':
      return order === 0;
    case '<>':
      return order !== 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
};

/** A criterion of SUMIFS the model writes: a plain text or number, matched as HyperFormula matches it. */
const matches = (cell: Value, criterion: Value): boolean => {
  if (typeof criterion === 'string') {
    if (/^[<>=]/.test(criterion)) throw new Error('SUMIFS med jämförelse stöds inte');
    return typeof cell === 'string' && cell.toLowerCase() === criterion.toLowerCase();
  }
  return typeof criterion === 'number' && cell === criterion;
};

/** How many rows and columns a formula reaches (one past its last row and column), on any sheet. */
const extentOf = (ast: Ast): { rows: number; cols: number } => {
  switch (ast.type) {
    case 'const':
      return { rows: 0, cols: 0 };
    case 'ref':
      return { rows: ast.row + 1, cols: ast.col + 1 };
    case 'range':
      return { rows: ast.bottom + 1, cols: ast.right + 1 };
    case 'unary':
      return extentOf(ast.operand);
    case 'binary':
    case 'call': {
      const parts = ast.type === 'binary' ? [ast.left, ast.right] : ast.args;
      const each = parts.map(extentOf);
      return {
        rows: Math.max(0, ...each.map((e) => e.rows)),
        cols: Math.max(0, ...each.map((e) => e.cols)),
      };
    }
  }
};

/**
 * Compiles the workbook once; each `set` marks the cells that depend on the input to be computed again, and
 * each `read` computes what it needs, each cell once (a value stays valid until an input it depends on is set).
 *
 * @example
 *   const evaluator = createBatchEvaluator(compileWorkbook(plan, NO_CHANGES));
 *   evaluator.set(layout.cellOf('skattesats', 2025), 11.44);
 *   evaluator.read(layout.cellOf('balanskravsresultat', 2025)); // −35,… + 10 öre's worth
 */
export const createBatchEvaluator = (workbook: CompiledWorkbook): BatchEvaluator => {
  const sheets: Record<string, CellContent[][]> = engineSheets(workbook);
  const sheetNames = Object.keys(sheets);
  const sheetIndex = new Map(sheetNames.map((name, index) => [name, index]));
  const parsed = sheetNames.flatMap((name, s) =>
    (sheets[name] ?? []).flatMap((line, row) =>
      line.flatMap((cell, col) =>
        typeof cell === 'string' && cell.startsWith('=')
          ? [{ s, row, col, cell, ast: parse(cell.slice(1), name) }]
          : [],
      ),
    ),
  );
  // Wide enough for every cell a formula can reach, so a range over rows still empty (the Ramförändringar
  // sheet's 500) can be filled in with `set` as in HyperFormula.
  const extent = parsed.reduce(
    (most, { ast }) => {
      const reached = extentOf(ast);
      return { rows: Math.max(most.rows, reached.rows), cols: Math.max(most.cols, reached.cols) };
    },
    { rows: 0, cols: 0 },
  );
  const width = Math.max(
    1,
    extent.cols,
    ...Object.values(sheets).flatMap((cells) => cells.map((line) => line.length)),
  );
  const height = Math.max(1, extent.rows, ...Object.values(sheets).map((cells) => cells.length));
  const slot = (sheet: number, row: number, col: number) => (sheet * height + row) * width + col;
  const size = sheetNames.length * height * width;
  const constants: Value[] = new Array<Value>(size).fill(null);
  const formulas: (Compiled | undefined)[] = new Array<Compiled | undefined>(size);
  const cache: Value[] = new Array<Value>(size).fill(null);
  /** Per cell: 0 to compute, 1 computed, 2 being computed (met again: a cycle). */
  const state = new Uint8Array(size);
  /** Per cell, the formula cells that read it directly; per input, every cell it reaches (on first `set`). */
  const readers = new Map<number, number[]>();
  const reach = new Map<number, Int32Array>();
  let compiling = -1;
  const reads = (index: number) => {
    const list = readers.get(index);
    if (list) list.push(compiling);
    else readers.set(index, [compiling]);
  };

  const valueAt = (index: number): Value => {
    const formula = formulas[index];
    if (!formula) return constants[index] ?? null;
    const seen = state[index];
    if (seen === 1) return cache[index] ?? null;
    if (seen === 2) return CYCLE;
    state[index] = 2;
    let value = formula();
    if (typeof value === 'number' && !Number.isFinite(value)) value = NUM;
    cache[index] = value;
    state[index] = 1;
    return value;
  };

  const locate = (sheet: string, row: number, col: number): number | undefined => {
    const index = sheetIndex.get(sheet);
    return index === undefined || row >= height || col >= width ? undefined : slot(index, row, col);
  };

  const compile = (ast: Ast, formula: string): Compiled => {
    switch (ast.type) {
      case 'const': {
        const { value } = ast;
        return () => value;
      }
      case 'ref': {
        const index = locate(ast.sheet, ast.row, ast.col);
        if (index === undefined) return () => ({ error: 'REF' });
        reads(index);
        return () => valueAt(index);
      }
      case 'range':
        throw new UnsupportedFormula(formula, 'ett område utanför en funktion');
      case 'unary': {
        const operand = compile(ast.operand, formula);
        return () => {
          const value = toNumber(operand());
          return isError(value) ? value : -value;
        };
      }
      case 'binary': {
        const left = compile(ast.left, formula);
        const right = compile(ast.right, formula);
        const { op } = ast;
        if (['=', '<>', '<', '<=', '>', '>='].includes(op)) return () => compare(op, left(), right());
        return () => {
          const a = toNumber(left());
          if (isError(a)) return a;
          const b = toNumber(right());
          return isError(b) ? b : arithmetic(op, a, b);
        };
      }
      case 'call':
        return compileCall(ast.name, ast.args, formula);
    }
  };

  const rangeSlots = (ast: Ast, formula: string): number[] => {
    if (ast.type !== 'range') throw new UnsupportedFormula(formula, 'ett område väntades');
    const out: number[] = [];
    for (let row = ast.top; row <= ast.bottom; row += 1)
      for (let col = ast.left; col <= ast.right; col += 1) {
        const index = locate(ast.sheet, row, col);
        if (index !== undefined) {
          out.push(index);
          reads(index);
        }
      }
    return out;
  };

  const compileCall = (name: string, args: Ast[], formula: string): Compiled => {
    switch (name) {
      case 'MIN':
      case 'MAX': {
        if (args.some((arg) => arg.type === 'range') || args.length === 0)
          throw new UnsupportedFormula(formula, `${name} med område`);
        const parts = args.map((arg) => compile(arg, formula));
        const pick = name === 'MIN' ? Math.min : Math.max;
        return () => {
          let best: number | undefined;
          for (const part of parts) {
            const value = toNumber(part());
            if (isError(value)) return value;
            best = best === undefined ? value : pick(best, value);
          }
          return best ?? 0;
        };
      }
      case 'IF': {
        if (args.length < 2 || args.length > 3) throw new UnsupportedFormula(formula, 'IF med fel antal led');
        const [condition, then, otherwise] = args.map((arg) => compile(arg, formula));
        if (!condition || !then) throw new UnsupportedFormula(formula, 'IF saknar led');
        return () => {
          const test = condition();
          if (isError(test)) return test;
          if (typeof test === 'string') return VALUE;
          return test ? then() : otherwise ? otherwise() : false;
        };
      }
      case 'AND': {
        const parts = args.map((arg) => compile(arg, formula));
        if (parts.length === 0) throw new UnsupportedFormula(formula, 'AND utan led');
        return () => {
          let all = true;
          for (const part of parts) {
            const value = part();
            if (isError(value)) return value;
            if (typeof value === 'string') return VALUE;
            if (!value) all = false;
          }
          return all;
        };
      }
      case 'SUMIFS': {
        const [sumArg, ...criteria] = args;
        if (!sumArg || criteria.length === 0 || criteria.length % 2 !== 0)
          throw new UnsupportedFormula(formula, 'SUMIFS med fel antal led');
        const sumSlots = rangeSlots(sumArg, formula);
        const pairs = Array.from({ length: criteria.length / 2 }, (_, i) => {
          const range = criteria[2 * i];
          const criterion = criteria[2 * i + 1];
          if (
            !range ||
            criterion?.type !== 'const' ||
            (typeof criterion.value === 'string' && /^[<>=]/.test(criterion.value))
          )
            throw new UnsupportedFormula(formula, 'SUMIFS med annat villkor än lika med');
          const slots = rangeSlots(range, formula);
          if (slots.length !== sumSlots.length)
            throw new UnsupportedFormula(formula, 'SUMIFS med olika stora områden');
          return { slots, criterion: criterion.value };
        });
        return () => {
          let total = 0;
          for (let i = 0; i < sumSlots.length; i += 1) {
            // Only numbers are summed and only errors count otherwise, so an empty row (most of the
            // Ramförändringar sheet's 500) is passed over before its criteria are matched.
            const value = valueAt(sumSlots[i] ?? 0);
            if (typeof value !== 'number' && !isError(value)) continue;
            if (!pairs.every(({ slots, criterion }) => matches(valueAt(slots[i] ?? 0), criterion))) continue;
            if (isError(value)) return value;
            total += value;
          }
          return total;
        };
      }
      default:
        throw new UnsupportedFormula(formula, `funktionen ${name}`);
    }
  };

  sheetNames.forEach((name, s) => {
    (sheets[name] ?? []).forEach((line, row) =>
      line.forEach((cell, col) => {
        if (!(typeof cell === 'string' && cell.startsWith('='))) constants[slot(s, row, col)] = cell;
      }),
    );
  });
  for (const { s, row, col, cell, ast } of parsed) {
    const index = slot(s, row, col);
    compiling = index;
    formulas[index] = compile(ast, cell);
  }

  /** Every formula cell that depends on a cell, directly or through others. */
  const reachOf = (index: number): Int32Array => {
    const known = reach.get(index);
    if (known) return known;
    const seen = new Set<number>();
    const queue = [index];
    for (let next = queue.pop(); next !== undefined; next = queue.pop())
      for (const reader of readers.get(next) ?? [])
        if (!seen.has(reader)) {
          seen.add(reader);
          queue.push(reader);
        }
    const found = Int32Array.from(seen);
    reach.set(index, found);
    return found;
  };

  const reachedAddresses = new Map<number, CellAddress[]>();
  const addressOf = (index: number): CellAddress => {
    const col = index % width;
    const row = Math.floor(index / width) % height;
    const sheet = sheetNames[Math.floor(index / (width * height))] as CellAddress['sheet'];
    return { sheet, row, col };
  };

  return {
    set: (address, value) => {
      const index = locate(address.sheet, address.row, address.col);
      if (index === undefined || formulas[index])
        throw new Error(`Cellen ${address.sheet}!${address.row},${address.col} är ingen indata`);
      // Nothing to compute again when the value stays (a block rewrites rows that did not change).
      if (constants[index] === value) return;
      constants[index] = value;
      for (const reached of reachOf(index)) state[reached] = 0;
    },
    reachedBy: (address) => {
      const index = locate(address.sheet, address.row, address.col);
      if (index === undefined) return [];
      let known = reachedAddresses.get(index);
      if (!known) {
        known = Array.from(reachOf(index), addressOf);
        reachedAddresses.set(index, known);
      }
      return known;
    },
    read: (address) => {
      const index = locate(address.sheet, address.row, address.col);
      if (index === undefined) return null;
      const value = valueAt(index);
      // A formula that is a bare reference to an empty cell gives 0, and −0 is 0, as in HyperFormula.
      return value === 0 || (formulas[index] && value === null) ? 0 : value;
    },
  };
};
