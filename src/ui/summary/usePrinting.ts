import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed (or print media is emulated). `beforeprint` renders synchronously
 * (flushSync) so the browser lays out an up-to-date page for paper; on screen nothing print-only renders.
 */
export const usePrinting = (): boolean => {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const onBefore = () => set(true);
    const onAfter = () => set(media.matches);
    const onMedia = () => set(media.matches);
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
};
