import { useEffect, type RefObject } from 'react';

/** Text that arrives as input rather than as a key: an IME, a dead key, AltGr, dictation, `insertText`. */
const TEXT_INPUT = new Set(['insertText', 'insertReplacementText']);

const cellOf = (target: EventTarget | null): HTMLElement | undefined => {
  const element = target instanceof HTMLElement ? target : undefined;
  const cell = element?.closest<HTMLElement>('td[data-cell]');
  return cell?.isContentEditable ? cell : undefined;
};

/** Text a composition left in the cell: React owns only the cell's elements, never a loose text node. */
const removeStrayText = (cell: HTMLElement) => {
  for (const node of [...cell.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
};

/**
 * The selected cell is an editing host (contenteditable, its content not editable), so that text reaches it
 * by every path a browser has, not only by a key press with a one-character `key`: `beforeinput` brings
 * typed, dictated and `insertText` text (taken, the cell's DOM untouched), `compositionend` the result of an
 * IME or a dead key. Either starts the cell's editor with that text, a leading Unicode minus included. Keys
 * keep their own fast path in the grid's keydown handler; this adds no work to an arrow key.
 */
export const useTextEntry = (
  table: RefObject<HTMLTableElement | null>,
  onText: (cellKey: string, text: string) => void,
) => {
  useEffect(() => {
    const element = table.current;
    if (!element) return;
    const onBeforeInput = (event: InputEvent) => {
      const cell = cellOf(event.target);
      if (!cell || event.inputType === 'insertCompositionText') return;
      event.preventDefault();
      if (TEXT_INPUT.has(event.inputType) && event.data) onText(cell.dataset.cell ?? '', event.data);
    };
    const onCompositionEnd = (event: CompositionEvent) => {
      const cell = cellOf(event.target);
      if (!cell) return;
      removeStrayText(cell);
      if (event.data) onText(cell.dataset.cell ?? '', event.data);
    };
    element.addEventListener('beforeinput', onBeforeInput);
    element.addEventListener('compositionend', onCompositionEnd);
    return () => {
      element.removeEventListener('beforeinput', onBeforeInput);
      element.removeEventListener('compositionend', onCompositionEnd);
    };
  }, [table, onText]);
};
