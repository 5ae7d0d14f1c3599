import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` shown modally while `open` holds and closed when it stops; the element stays in the page
 * (`showModal` needs it), so give it the returned ref and render its contents only while open.
 */
export const useModalDialog = (open: boolean) => {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
};
