import { formatNumber } from '../../format/formatNumber';

type Run = { from: number; to: number; amount: number };

/**
 * A frame change's amounts as the printed summary says them: a run of consecutive years with the same amount
 * once ("2025–2030 −11,0 per år"), other years one by one. Eight changes over six years then fit one page.
 *
 * @example amountRuns({ '2025': 50, '2026': 50, '2028': 20 }, [2025, 2026, 2027, 2028])
 *   // '2025–2026 50,0 per år; 2028 20,0'
 */
export const amountRuns = (amounts: Readonly<Record<string, number>>, years: readonly number[]): string => {
  const runs: Run[] = [];
  years.forEach((year, index) => {
    const amount = amounts[String(year)];
    if (amount === undefined) return;
    const last = runs.at(-1);
    if (last && last.amount === amount && last.to === years[index - 1]) last.to = year;
    else runs.push({ from: year, to: year, amount });
  });
  return runs
    .map(({ from, to, amount }) =>
      from === to ? `${from} ${formatNumber(amount, 1)}` : `${from}–${to} ${formatNumber(amount, 1)} per år`,
    )
    .join('; ');
};
