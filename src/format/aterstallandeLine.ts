import type { BalanskravStatus } from '../model/balanskravStatus';
import { formatMnkr } from './formatNumber';

/** `sent`: a deficit is left after its deadline; `atgardsplan`: some is left at the end; `ok`: nothing left. */
export type AterstallandeLine = { readonly kind: 'ok' | 'atgardsplan' | 'sent'; readonly text: string };

/**
 * The återställande status of the modelled years in one short line for a projector (issue 14 §4): the first
 * deficit not restored in time, else what is left after the last year and the nearest deadline, else that
 * every deficit is restored. Amounts with the balanskravsresultat's decimals.
 *
 * @example
 *   aterstallandeLine(sjoboWithLargeGains, 1).text;
 *   // "Återställs inte i tid: 4,8 mnkr av underskottet 2023 återstår efter 2026"
 *   aterstallandeLine(norrbottenAsDecided, 0).text;
 *   // "Åtgärdsplan krävs: 201 mnkr att återställa efter 2030, 71 mnkr av det senast 2032"
 */
export const aterstallandeLine = (status: BalanskravStatus, decimals: number): AterstallandeLine => {
  const modelled = status.years.filter((year) => year.modelled);
  const mnkr = (amount: { toNumber: () => number }) => formatMnkr(amount.toNumber(), decimals);
  const late = modelled.flatMap((year) => year.deficits).find((deficit) => deficit.status === 'forsenad');
  if (late)
    return {
      kind: 'sent',
      text: `Återställs inte i tid: ${mnkr(late.left)} av underskottet ${late.year} återstår efter ${late.deadline}`,
    };
  const last = modelled.at(-1);
  const open = (last?.deficits ?? [])
    .filter((deficit) => deficit.status === 'pagar')
    .sort((a, b) => a.deadline - b.deadline);
  const [first] = open;
  if (last && first)
    return {
      kind: 'atgardsplan',
      text:
        open.length === 1
          ? `Åtgärdsplan krävs: ${mnkr(first.left)} att återställa senast ${first.deadline}`
          : `Åtgärdsplan krävs: ${mnkr(last.left)} att återställa efter ${last.year}, ${mnkr(first.left)} av det senast ${first.deadline}`,
    };
  return {
    kind: 'ok',
    text: modelled.some((year) => year.deficits.length > 0)
      ? 'Varje underskott återställs inom tre år'
      : 'Inga underskott att återställa',
  };
};
