import { useCallback, useState } from 'react';

const HASH = '#ny-plan';

/**
 * Whether the "Ny plan" page is open, kept in the address (`#ny-plan`) so that a reload comes back to the
 * page and its stored draft rather than to the grid.
 */
/** Leaves the page's address without re-rendering: used just before the app reloads on the saved plan. */
export const leaveNewPlanRoute = () => history.replaceState(null, '', location.pathname + location.search);

export const useNewPlanRoute = (): readonly [boolean, (open: boolean) => void] => {
  const [open, setOpen] = useState(() => location.hash === HASH);
  const set = useCallback((next: boolean) => {
    if (next) history.replaceState(null, '', HASH);
    else leaveNewPlanRoute();
    setOpen(next);
  }, []);
  return [open, set] as const;
};
