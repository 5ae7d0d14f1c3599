import Decimal from 'decimal.js';
import { aterstallande, type RestorationYear, type SynnerligaSkal } from './balanskrav/aterstallande';
import { mnkrText } from './balanskrav/belopp';
import { lagensRegler } from './balanskrav/regler';
import type { CompiledWorkbook } from './compileWorkbook';
import { numberAt, type Results } from './results';
import { SYNNERLIGA_SKAL } from './rows/balanskravChainRows';
import { PLANNED_MOVES, type PlannedMove } from './rows/balanskravInputRows';
import { levelId } from './rows/levelInputRows';
import type { Year } from './years';

/** What the status reads of a compiled workbook: the plan, its rows and their layout. */
type StatusWorkbook = Pick<CompiledWorkbook, 'plan' | 'rows' | 'layout'>;

/** The scenario note that holds the reason for a decision on synnerliga skäl in `year`. */
export const synnerligaSkalNoteKey = (year: Year): string => `${SYNNERLIGA_SKAL}_${year}`;

/** A decision on synnerliga skäl in force in a scenario: the plan's, or one the scenario records. */
export type SynnerligaSkalDecision = {
  readonly year: Year;
  readonly amount: number;
  readonly reason: string;
  readonly fromPlan: boolean;
};

/** What the law cut from a planned reserve move in a year, in words. */
export type ReserveCut = {
  readonly year: Year;
  readonly move: PlannedMove;
  readonly planned: number;
  readonly booked: number;
  readonly text: string;
};

/**
 * "Hur mycket av reserven behövs": what would bring the year's balanskravsresultat to zero from the reserves,
 * what they held at the year's start, and what the utredning uses (mnkr, positive).
 */
export type ReserveNeed = {
  readonly needed: number;
  readonly available: number;
  readonly used: number;
  readonly text: string;
};

export type BalanskravYear = RestorationYear & {
  /** A budget or kalkyl year (the scenario can change it), not a published history year. */
  readonly modelled: boolean;
  readonly cuts: readonly ReserveCut[];
  /** Modelled years with a negative result after balanskravsjusteringar and reservation. */
  readonly reserveNeed?: ReserveNeed;
};

/** One of the revisor's three questions, answered for the modelled years. */
export type RevisorAnswer = {
  readonly id: 'balanskrav' | 'aterstallande' | 'reserv';
  readonly question: string;
  readonly ok: boolean;
  readonly answer: string;
};

export type BalanskravStatus = {
  readonly years: readonly BalanskravYear[];
  readonly decisions: readonly SynnerligaSkalDecision[];
  readonly answers: readonly RevisorAnswer[];
};

const MOVE_TEXT: Readonly<Record<PlannedMove, string>> = {
  reservation_resultatreserv: 'reservering till resultatreserven',
  anvandning_resultatreserv: 'användning av resultatreserven',
  anvandning_resultatutjamningsreserv: 'användning av resultatutjämningsreserven',
};

/** Amounts the ledger reads: exact to a tenth of a thousand kronor, so sums do not carry float noise. */
const exact = (value: number): Decimal => new Decimal(value).toDecimalPlaces(4);
/** An amount in a text, with the decimals the plan prints its resultatbudget in (Sjöbo tenths, a region whole). */
type Shown = (value: number | Decimal) => string;
const shownIn =
  (decimals: number): Shown =>
  (value) =>
    mnkrText(new Decimal(value), decimals);

/** The planned amount of a move in a year as a positive amount: the level (signed as printed) or the input. */
const plannedAmount = (workbook: StatusWorkbook, results: Results, move: PlannedMove, y: Year) => {
  const input = workbook.rows.byId.has(PLANNED_MOVES[move]) ? PLANNED_MOVES[move] : undefined;
  const value = numberAt<string>(results, input ?? levelId(move), y);
  if (value === undefined) return undefined;
  return move === 'reservation_resultatreserv' && input === undefined ? -value : value;
};

const cutsOf = (workbook: StatusWorkbook, results: Results, y: Year, shown: Shown): ReserveCut[] =>
  (Object.keys(PLANNED_MOVES) as PlannedMove[]).flatMap((move) => {
    const planned = plannedAmount(workbook, results, move, y);
    const bookedValue = numberAt(results, move, y);
    if (planned === undefined || bookedValue === undefined) return [];
    const booked = Math.abs(bookedValue);
    if (planned - booked < 0.0005) return [];
    const why =
      move === 'reservation_resultatreserv'
        ? workbook.plan.balanskrav?.riktlinjer?.reservationAllowed === false
          ? 'riktlinjerna tillåter ingen reservering'
          : `lagen tillåter ${shown(numberAt(results, 'tillaten_reservation', y) ?? 0)}`
        : `${shown(booked)} tas (reservens saldo, ett balanskravsresultat på noll och riktlinjerna)`;
    return [
      {
        year: y,
        move,
        planned,
        booked,
        text: `${y}: planerad ${MOVE_TEXT[move]} ${shown(planned)}; ${why}`,
      },
    ];
  });

const reserveNeedOf = (results: Results, y: Year, shown: Shown): ReserveNeed | undefined => {
  const at = (id: string) => numberAt<string>(results, id, y) ?? 0;
  const needed = Math.max(
    0,
    -(at('resultat_efter_balanskravsjusteringar') + at('reservation_resultatreserv')),
  );
  if (needed < 0.0005) return undefined;
  const used = at('anvandning_resultatutjamningsreserv') + at('anvandning_resultatreserv');
  // The balances at the year's start: its closing balances with the year's moves undone.
  const available =
    at('saldo_resultatutjamningsreserv') +
    at('saldo_resultatreserv') +
    used +
    at('reservation_resultatreserv');
  return {
    needed,
    available,
    used,
    text: `${y}: ${shown(needed)} ur reserverna ger ett balanskravsresultat på noll; ${shown(available)} finns vid årets början, ${shown(used)} används`,
  };
};

/** The decisions in force: the synnerliga skäl input's amount each year, with the scenario's or the plan's reason. */
const decisionsOf = (
  workbook: StatusWorkbook,
  results: Results,
  notes: Readonly<Record<string, string>>,
): SynnerligaSkalDecision[] =>
  workbook.layout.years.flatMap((year) => {
    const amount = numberAt(results, SYNNERLIGA_SKAL, year);
    if (amount === undefined || amount <= 0) return [];
    const planned = workbook.plan.balanskrav?.synnerligaSkal?.find((d) => d.year === year);
    const note = notes[synnerligaSkalNoteKey(year)]?.trim();
    const fromPlan = planned !== undefined && planned.amount === amount && !note;
    return [{ year, amount, reason: note || planned?.reason || 'skäl ej angivna', fromPlan }];
  });

const answersOf = (years: readonly BalanskravYear[], shown: Shown): RevisorAnswer[] => {
  const modelled = years.filter((y) => y.modelled);
  const negative = modelled.filter((y) => y.balanskravsresultat.isNegative());
  const last = modelled.at(-1);
  const late = modelled.filter((y) => y.aterstallsInteITid);
  const open = last?.deficits.filter((d) => d.status === 'pagar') ?? [];
  const cuts = modelled.flatMap((y) => y.cuts);
  const span = modelled.length > 0 ? `${modelled[0]?.year}–${last?.year}` : '';
  return [
    {
      id: 'balanskrav',
      question: 'Uppfylls balanskravet?',
      ok: negative.length === 0,
      answer:
        negative.length === 0
          ? `Ja, balanskravsresultatet är minst noll varje år ${span}.`
          : `Nej, negativt balanskravsresultat ${negative
              .map((y) => `${y.year} (${shown(y.balanskravsresultat)})`)
              .join(', ')}.`,
    },
    {
      id: 'aterstallande',
      question: 'Återställs underskotten i tid?',
      ok: late.length === 0,
      answer:
        late.length > 0
          ? `Nej. ${late[0]?.deficits.find((d) => d.status === 'forsenad')?.text ?? ''}.`
          : open.length > 0
            ? `Hittills ja. Efter ${last?.year} återstår ${open
                .map((d) => `${shown(d.left)} av underskottet ${d.year}, att återställa senast ${d.deadline}`)
                .join('; ')}. Åtgärdsplan krävs.`
            : years.some((y) => y.deficits.length > 0)
              ? 'Ja, varje underskott återställs inom tre år.'
              : 'Ja, det finns inget underskott att återställa.',
    },
    {
      id: 'reserv',
      question: 'Används reserven inom reglerna?',
      ok: cuts.length === 0,
      answer:
        cuts.length === 0
          ? 'Ja, varje planerad reservering och användning ryms inom lagen och riktlinjerna.'
          : `Nej, utredningen tar bara det tillåtna: ${cuts.map((c) => c.text).join('; ')}.`,
    },
  ];
};

/**
 * The balanskrav as a revisor reads it, from a computed scenario: per year of the balanskravsresultat (history
 * and modelled) what is left to restore, by when, "åtgärdsplan krävs" and "återställs inte i tid"
 * (kommunallagen 11 kap. 12–13 §§, via balanskrav/aterstallande), what the law cut from planned reserve
 * moves, and the three questions answered. `undefined` for a plan that prints its balanskravsresultat alone.
 */
export const balanskravStatus = (
  workbook: StatusWorkbook,
  results: Results,
  notes: Readonly<Record<string, string>>,
): BalanskravStatus | undefined => {
  const row = workbook.rows.byId.get('kvar_att_aterstalla');
  if (!row) return undefined;
  const columns = workbook.layout.yearsOfRow(row);
  const values = columns.map((year) => ({ year, value: numberAt(results, 'balanskravsresultat', year) }));
  if (values.some((v) => v.value === undefined)) return undefined;
  const decisions = decisionsOf(workbook, results, notes);
  const decimals = row.decimals ?? workbook.rows.byId.get('balanskravsresultat')?.decimals ?? 0;
  const shown = shownIn(decimals);
  const ledgerDecisions: SynnerligaSkal[] = decisions.map((d) => ({
    year: d.year,
    amount: exact(d.amount),
    // Inside the ledger's sentences the reason is in parentheses: a closing full stop would double up.
    reason: d.reason.replace(/[.\s]+$/, ''),
  }));
  const ledger = aterstallande(
    values.map((v) => ({ year: v.year, balanskravsresultat: exact(v.value ?? 0) })),
    {
      earlier: (workbook.plan.balanskrav?.earlierDeficits ?? []).map((d) => ({
        year: d.year,
        amount: d.amount,
      })),
      decisions: ledgerDecisions,
      restoreYears: lagensRegler(columns[0] ?? 0).restoreYears.value,
      decimals,
    },
  );
  const years = ledger.map((year) => {
    const modelled = workbook.layout.years.includes(year.year);
    if (!modelled) return { ...year, modelled, cuts: [] };
    const need = reserveNeedOf(results, year.year, shown);
    return {
      ...year,
      modelled,
      cuts: cutsOf(workbook, results, year.year, shown),
      ...(need ? { reserveNeed: need } : {}),
    };
  });
  return { years, decisions, answers: answersOf(years, shown) };
};
