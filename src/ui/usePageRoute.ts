import { useCallback, useState } from 'react';

/** The pages that take the whole screen instead of the grid, by their address (`#ny-plan`). */
const PAGES = ['ny-plan', 'planversioner'] as const;
export type PageId = (typeof PAGES)[number];

const pageOf = (hash: string): PageId | undefined => PAGES.find((page) => hash === `#${page}`);

/** Leaves a page's address without re-rendering: used just before the app reloads on another plan. */
export const leavePageRoute = () => history.replaceState(null, '', location.pathname + location.search);

/**
 * Which page is open ("Ny plan", "Planens versioner"), kept in the address so that a reload comes back to
 * the page (and its stored draft) rather than to the grid.
 */
export const usePageRoute = (): readonly [PageId | undefined, (page: PageId | undefined) => void] => {
  const [page, setPage] = useState(() => pageOf(location.hash));
  const set = useCallback((next: PageId | undefined) => {
    if (next) history.replaceState(null, '', `#${next}`);
    else leavePageRoute();
    setPage(next);
  }, []);
  return [page, set] as const;
};
