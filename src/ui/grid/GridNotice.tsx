import { useEffect } from 'react';

export type Notice = { readonly id: number; readonly text: string };

/**
 * A short note at the foot of the screen, not over any cell: how a relative entry was read ("Befolkning
 * 2026: +1 000 invånare → 249 103"), or that an entry left unfinished was not taken. Read aloud politely;
 * it goes after a while or when the next one comes.
 */
export const GridNotice = ({ notice, onDone }: { notice: Notice | undefined; onDone: () => void }) => {
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onDone, 8000);
    return () => clearTimeout(timer);
  }, [notice, onDone]);
  return (
    <div className={notice ? 'grid-notice' : 'grid-notice empty'} role="status">
      {notice?.text}
    </div>
  );
};
