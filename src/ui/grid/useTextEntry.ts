import { useEffect, type RefObject } from 'react';

/** Text that arrives as input rather than as a key: an IME, a dead key, AltGr, dictation, `insertText`. */
const TEXT_INPUT = new Set(['insertText', 'insertReplacementText']);

/** The grid cell an event is aimed at itself (not an editor or a button inside it). */
const gridCellOf = (target: EventTarget | null): HTMLElement | undefined =>
  target instanceof HTMLElement && target.matches('td[data-cell]') ? target : undefined;

/** A key whose text comes as input, not in `key`: a composition (IME, dead key) or AltGr. */
const textComesLater = (event: KeyboardEvent) =>
  event.isComposing ||
  ['Process', 'Dead', 'Unidentified', 'AltGraph'].includes(event.key) ||
  (event.ctrlKey && event.altKey);

/** Text a composition left in the cell: React owns only the cell's elements, never a loose text node. */
const removeStrayText = (cell: HTMLElement) => {
  for (const node of [...cell.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
};

/**
 * The focused cell becomes an editing host (contenteditable, its content not editable), so that text reaches
 * it by every path a browser has, not only as a key with a one-character `key`: `beforeinput` brings typed,
 * AltGr, dictated and `insertText` text (taken, the cell's DOM untouched), `compositionend` the result of an
 * IME or a dead key. Either starts the cell's editor with that text, a leading Unicode minus included.
 *
 * Focusing an editing host costs a caret, a layout and a hit test (about 2 ms): after an arrow key the cell
 * becomes editable just after the frame that shows the move, so arrow keys stay as quick as before; after a
 * click, and before a key that starts a composition, at once. Keys keep their fast path in the grid's
 * keydown handler.
 */
export const useTextEntry = (
  table: RefObject<HTMLTableElement | null>,
  onText: (cellKey: string, text: string) => void,
) => {
  useEffect(() => {
    const element = table.current;
    if (!element) return;
    let editable: HTMLElement | undefined;
    let pointer = false;
    let frame = 0;
    let timer = 0;
    let pointerTimer = 0;
    const cancel = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    const release = () => {
      editable?.removeAttribute('contenteditable');
      editable = undefined;
    };
    const makeEditable = (cell: HTMLElement) => {
      cancel();
      if (editable === cell) return;
      release();
      if (document.activeElement !== cell) return;
      cell.setAttribute('contenteditable', 'true');
      cell.spellcheck = false;
      editable = cell;
    };
    const onPointerDown = () => {
      pointer = true;
      clearTimeout(pointerTimer);
      pointerTimer = window.setTimeout(() => (pointer = false));
    };
    const onFocusIn = (event: FocusEvent) => {
      const cell = gridCellOf(event.target);
      if (!cell) return release(); // an editor or a question inside the grid has the focus
      if (pointer) return makeEditable(cell);
      cancel();
      frame = requestAnimationFrame(() => (timer = window.setTimeout(() => makeEditable(cell))));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const cell = gridCellOf(event.target);
      if (cell && textComesLater(event)) makeEditable(cell);
    };
    const onBeforeInput = (event: InputEvent) => {
      const cell = gridCellOf(event.target);
      if (!cell?.isContentEditable || event.inputType === 'insertCompositionText') return;
      event.preventDefault();
      if (TEXT_INPUT.has(event.inputType) && event.data) onText(cell.dataset.cell ?? '', event.data);
    };
    const onCompositionEnd = (event: CompositionEvent) => {
      const cell = gridCellOf(event.target);
      if (!cell?.isContentEditable) return;
      removeStrayText(cell);
      if (event.data) onText(cell.dataset.cell ?? '', event.data);
    };
    const listeners = [
      ['pointerdown', onPointerDown, true],
      ['focusin', onFocusIn, false],
      ['keydown', onKeyDown, true],
      ['beforeinput', onBeforeInput, false],
      ['compositionend', onCompositionEnd, false],
    ] as const;
    for (const [type, listener, capture] of listeners)
      element.addEventListener(type, listener as EventListener, capture);
    return () => {
      cancel();
      clearTimeout(pointerTimer);
      release();
      for (const [type, listener, capture] of listeners)
        element.removeEventListener(type, listener as EventListener, capture);
    };
  }, [table, onText]);
};
