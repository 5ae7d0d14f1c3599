import Decimal from 'decimal.js';
import type { Year } from '../model/years';
import { formatMnkr, formatNumber } from './formatNumber';
import { parseSvNumber } from './parseSvNumber';

/** The longest reason a decision on synnerliga skäl may carry: a sentence or two for print and Excel. */
export const REASON_MAX_LENGTH = 500;

/** The year the decision is for, its deficit now (mnkr, positive; 0 when the year has none), and limits. */
export type SynnerligaSkalContext = {
  readonly year: Year;
  readonly deficit: number;
  /** The largest amount the input takes (the row's bounds). */
  readonly max: number;
  /** Decimals the deficit is shown with (the balanskravsresultat row's). */
  readonly decimals: number;
};

/**
 * A decision to record, a refusal naming the field at fault, or a question: an amount larger than the
 * year's deficit (only up to the deficit counts), or a decision for a year without a deficit.
 */
export type SynnerligaSkalReading =
  | { readonly kind: 'ok'; readonly amount: number; readonly reason: string }
  | { readonly kind: 'refused'; readonly field: 'amount' | 'reason'; readonly message: string }
  | {
      readonly kind: 'question';
      readonly amount: number;
      readonly reason: string;
      readonly question: string;
      /** The deficit to record instead, when there is one. */
      readonly deficit: number | undefined;
    };

const refused = (field: 'amount' | 'reason', message: string) =>
  ({ kind: 'refused', field, message }) as const;

/** The amount typed, through the one parser; a string is the refusal's message. */
const readAmount = (text: string, max: number): number | string => {
  const parsed = parseSvNumber(text);
  if (!parsed.ok) return parsed.message;
  if (parsed.suffix !== undefined && parsed.suffix !== 'mnkr')
    return 'Skriv beloppet i mnkr, till exempel 10 eller 4,8.';
  if (parsed.value < 0)
    return 'Skriv beloppet som ett positivt tal: den del av underskottet som inte ska återställas, till exempel 10.';
  if (parsed.value === 0)
    return 'Skriv ett belopp större än noll. Ett registrerat beslut tas bort med knappen Ta bort.';
  if (parsed.value > max) return `Beloppet får vara högst ${formatMnkr(max)}.`;
  return parsed.value;
};

/**
 * What the synnerliga skäl form's text means (kommunallagen 11 kap. 13 §): the amount of the year's deficit
 * fullmäktige decided not to restore, read by the one parser, positive, and the reason, required and at most
 * 500 characters. An amount above the deficit is asked about, since the ledger takes only the deficit.
 *
 * @example
 *   readSynnerligaSkal('10', 'Pandemin', { year: 2024, deficit: 18.6, max: 1e6, decimals: 1 });
 *   // { kind: 'ok', amount: 10, reason: 'Pandemin' }
 *   readSynnerligaSkal('25', 'Pandemin', { year: 2024, deficit: 18.6, max: 1e6, decimals: 1 }).kind; // 'question'
 *   readSynnerligaSkal('−5', 'Pandemin', { year: 2024, deficit: 18.6, max: 1e6, decimals: 1 }).kind; // 'refused'
 */
export const readSynnerligaSkal = (
  amountText: string,
  reasonText: string,
  context: SynnerligaSkalContext,
): SynnerligaSkalReading => {
  const amount = readAmount(amountText, context.max);
  if (typeof amount === 'string') return refused('amount', amount);
  const reason = reasonText.trim();
  if (reason === '') return refused('reason', 'Skriv skälen för fullmäktiges beslut.');
  if (reason.length > REASON_MAX_LENGTH)
    return refused(
      'reason',
      `Skälen får vara högst ${REASON_MAX_LENGTH} tecken; nu är de ${formatNumber(reason.length, 0)}.`,
    );
  const { year, deficit, decimals } = context;
  if (deficit <= 0)
    return {
      kind: 'question',
      amount,
      reason,
      question: `${year} har inget underskott i scenariot som det ser ut nu, så beslutet räknas bara om året får ett. Registrera det ändå?`,
      deficit: undefined,
    };
  if (new Decimal(amount).greaterThan(deficit))
    return {
      kind: 'question',
      amount,
      reason,
      question: `Underskottet ${year} är ${formatMnkr(deficit, decimals)}. Bara det räknas, inte ${formatMnkr(amount, new Decimal(amount).decimalPlaces())}. Registrera ${formatMnkr(deficit, decimals)}?`,
      deficit,
    };
  return { kind: 'ok', amount, reason };
};
