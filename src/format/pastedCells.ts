import type { ValueSpec } from '../model/rowSpec';
import { interpretCellInput, type CellContext } from './interpretCellInput';

/**
 * Clipboard text as rows of cells, the way Excel and LibreOffice write it: a tab ends a cell, a line break
 * (CRLF, LF or a lone CR) ends a row, a cell in double quotes may hold tabs, line breaks and doubled quotes.
 * A final line break, trailing empty rows and each row's trailing empty cells are dropped. No number is ever
 * made of text on both sides of a tab or a line break: those are cells of their own.
 *
 * @example
 *   splitPastedRow('11,40\t11,50\t\t\r\n'); // [['11,40', '11,50']]
 *   splitPastedRow('50\t60\n70'); // [['50', '60'], ['70']]
 */
export const splitPastedRow = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let at = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (at < text.length) {
    const char = text[at] ?? '';
    if (char === '"' && cell === '') {
      const close = quotedEnd(text, at + 1);
      if (close !== undefined) {
        cell = text.slice(at + 1, close).replace(/""/g, '"');
        at = close + 1;
        continue;
      }
    }
    if (char === '\t') endCell();
    else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[at + 1] === '\n') at += 1;
    } else cell += char;
    at += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  const trimmed = rows.map((cells) => {
    const kept = [...cells];
    while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
    return kept;
  });
  while (trimmed.length > 0 && trimmed[trimmed.length - 1]?.length === 0) trimmed.pop();
  return trimmed;
};

/** The closing quote of a quoted cell that starts at `from`, when the cell ends there (tab, break, end). */
const quotedEnd = (text: string, from: number): number | undefined => {
  for (let at = from; at < text.length; at += 1) {
    if (text[at] !== '"') continue;
    if (text[at + 1] === '"') {
      at += 1;
      continue;
    }
    const next = text[at + 1];
    return next === undefined || next === '\t' || next === '\n' || next === '\r' ? at : undefined;
  }
  return undefined;
};

/**
 * The one cell in clipboard text meant for a field that holds one number; several cells are refused, so
 * that "50\t60" never becomes 5 060 in a field that would otherwise drop the tab.
 *
 * @example
 *   singlePastedCell('1 234\r\n'); // { ok: true, text: '1 234' }
 *   singlePastedCell('50\t60'); // { ok: false, message: 'Här ryms ett tal, men det du klistrade in har 2 celler. …' }
 */
export const singlePastedCell = (
  text: string,
): { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string } => {
  const cells = splitPastedRow(text).flat();
  if (cells.length <= 1) return { ok: true, text: cells[0] ?? '' };
  return {
    ok: false,
    message: `Här ryms ett tal, men det du klistrade in har ${cells.length} celler. Kopiera en cell i taget.`,
  };
};

/** Where one pasted cell lands: its name for messages ("Befolkning 2025"), how it is read, and its cell. */
export type PasteTarget<Key> = {
  readonly key: Key;
  readonly name: string;
  readonly spec: ValueSpec;
  readonly cell: CellContext;
};

export type PasteResult<Key> =
  | { readonly kind: 'refused'; readonly message: string }
  | {
      readonly kind: 'values';
      readonly values: readonly { readonly key: Key; readonly value: number }[];
      /** One line per implausible cell: the paste is applied only after the user confirms them. */
      readonly questions: readonly string[];
    };

/**
 * A pasted block read all or nothing: `targetOf(row, column)` names where each non-empty cell lands (or
 * refuses, as a Swedish message, a cell with nowhere to go); every cell goes through interpretCellInput.
 * One refused cell refuses the paste; implausible cells come back as questions to ask before anything is
 * applied (issue 12 §2).
 *
 * @example
 *   interpretPaste(splitPastedRow('11,40\t11,50'), (r, c) => targets[c]);
 *   // { kind: 'values', values: [{ key: …, value: 11.4 }, { key: …, value: 11.5 }], questions: [] }
 */
export const interpretPaste = <Key>(
  rows: readonly (readonly string[])[],
  targetOf: (row: number, column: number) => PasteTarget<Key> | string,
): PasteResult<Key> => {
  const values: { key: Key; value: number }[] = [];
  const questions: string[] = [];
  for (const [r, cells] of rows.entries()) {
    for (const [c, text] of cells.entries()) {
      if (text.trim() === '') continue;
      const target = targetOf(r, c);
      if (typeof target === 'string') return { kind: 'refused', message: `${target} Inget klistrades in.` };
      const result = interpretCellInput(text, target.spec, target.cell);
      if (result.kind === 'refused')
        return { kind: 'refused', message: `${target.name}: ${result.message} Inget klistrades in.` };
      if (result.kind === 'question') questions.push(`${target.name}: ${result.question}`);
      values.push({ key: target.key, value: result.value });
    }
  }
  return { kind: 'values', values, questions };
};
