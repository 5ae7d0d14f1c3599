import type { DocumentChange } from '../model/history/documentDiff';
import { SYNNERLIGA_SKAL } from '../model/rows/balanskravChainRows';
import { UNIT_DECIMALS, UNIT_NAMES, type RowSpec } from '../model/rowSpec';
import type { FrameChange } from '../model/scenarioChanges';
import { formatNumber, formatSigned } from './formatNumber';

/** What the text needs of the plan's row registry: each input's label, unit, decimals and plan value. */
export type ChangeRows = { readonly byId: ReadonlyMap<string, RowSpec> };

const NBSP = '\u00a0';
const FRAME_DECIMALS = 1;
const NOTE_CHARS = 80;

const quoted = (text: string): string =>
  `”${text.length > NOTE_CHARS ? `${text.slice(0, NOTE_CHARS - 1)}…` : text}”`;

const frameName = (change: FrameChange): string =>
  `${change.namnd ? `${change.namnd}, ` : ''}${quoted(change.name)}`;

const mnkr = (value: number): string => `${formatSigned(value, FRAME_DECIMALS)}${NBSP}mnkr`;

const amountsText = (change: FrameChange): string => {
  const years = Object.keys(change.amounts).sort();
  if (years.length === 0) return 'inga belopp';
  return years.map((year) => `${year}: ${mnkr(change.amounts[year] ?? 0)}`).join(', ');
};

const KIND_WORDS: Readonly<Record<FrameChange['kind'], string>> = { kostnad: 'kostnad', intakt: 'intäkt' };

const planValueOf = (row: RowSpec, year: string): number | undefined => {
  if (row.kind !== 'input') return undefined;
  try {
    return row.planValue(Number(year));
  } catch {
    return undefined;
  }
};

const inputLine = (rows: ChangeRows, change: Extract<DocumentChange, { kind: 'input' }>): string => {
  const row = rows.byId.get(change.input);
  if (!row) {
    const said = (value: number | undefined) =>
      value === undefined ? 'planens värde' : formatNumber(value, 2);
    return `Ett antagande planen saknar ${change.year}: ${said(change.from)} → ${said(change.to)}`;
  }
  const decimals = row.decimals ?? UNIT_DECIMALS[row.unit];
  const plan = planValueOf(row, change.year);
  const value = (v: number | undefined) => {
    const shown = v ?? plan;
    return shown === undefined ? 'planens värde' : formatNumber(shown, decimals);
  };
  const unit = row.unit === 'procent' ? '%' : UNIT_NAMES[row.unit];
  const back = change.to === undefined ? ' (planens värde)' : '';
  return `${row.label} ${change.year}: ${value(change.from)} → ${value(change.to)}${NBSP}${unit}${back}`;
};

const noteSubject = (rows: ChangeRows, key: string): string => {
  const row = rows.byId.get(key);
  if (row) return `Anteckningen för ${row.label}`;
  const year = new RegExp(`^${SYNNERLIGA_SKAL}_(\\d{4})$`).exec(key)?.[1];
  return year ? `Skälet för synnerliga skäl ${year}` : 'En anteckning';
};

const FIELD_WORDS = { name: 'namn', namnd: 'nämnd', kind: 'slag', note: 'anteckning' } as const;

const fieldValue = (field: keyof typeof FIELD_WORDS, value: string | undefined): string => {
  if (value === undefined || value === '') return 'ingen';
  return field === 'kind' ? (KIND_WORDS[value as FrameChange['kind']] ?? value) : quoted(value);
};

const line = (rows: ChangeRows, change: DocumentChange): string => {
  switch (change.kind) {
    case 'name':
      return `Namn: ${quoted(change.from)} → ${quoted(change.to)}`;
    case 'plan':
      return `Plan: ${change.from.name} (version ${change.from.version}) → ${change.to.name} (version ${change.to.version})`;
    case 'input':
      return inputLine(rows, change);
    case 'frameAdded':
      return `Ny ram för ${frameName(change.change)} (${KIND_WORDS[change.change.kind]}): ${amountsText(change.change)}`;
    case 'frameRemoved':
      return `Borttagen: ram för ${frameName(change.change)} (${amountsText(change.change)})`;
    case 'frameAmount': {
      const said = (v: number | undefined) => (v === undefined ? 'inget belopp' : mnkr(v));
      return `Ram för ${frameName(change.change)} ${change.year}: ${said(change.from)} → ${said(change.to)}`;
    }
    case 'frameActive':
      return `Ram för ${frameName(change.change)}: ${change.active ? 'påslagen igen' : 'avstängd (räknas inte)'}`;
    case 'frameField':
      return `Ram för ${frameName(change.change)}: ${FIELD_WORDS[change.field]} ${fieldValue(change.field, change.from)} → ${fieldValue(change.field, change.to)}`;
    case 'note':
      if (change.from === undefined)
        return `${noteSubject(rows, change.key)}: ny, ${quoted(change.to ?? '')}`;
      if (change.to === undefined) return `${noteSubject(rows, change.key)}: borttagen`;
      return `${noteSubject(rows, change.key)}: ${quoted(change.from)} → ${quoted(change.to)}`;
  }
};

/**
 * "Vad har ändrats sedan …": each difference between two versions as a line in Swedish, with the plan's
 * labels and units and sv-SE figures; an input a version does not change reads as the plan's value.
 *
 * @example
 *   describeDocumentChanges(modelRows(plan), diffDocuments(before, after));
 *   // ['Skattesats 2026: 11,34 → 11,54 kr', 'Ny ram för Hälso- och sjukvårdsnämnden, ”Vårdplatser” (kostnad): 2027: +12,0 mnkr']
 */
export const describeDocumentChanges = (
  rows: ChangeRows,
  changes: readonly DocumentChange[],
): readonly string[] => changes.map((change) => line(rows, change));
