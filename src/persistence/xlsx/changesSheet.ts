import Decimal from 'decimal.js';
import type { Worksheet } from 'exceljs';
import { synnerligaSkalNoteKey } from '../../model/balanskravStatus';
import type { CompiledWorkbook } from '../../model/compileWorkbook';
import { SYNNERLIGA_SKAL } from '../../model/rows/balanskravChainRows';
import { UNIT_DECIMALS, type InputRow } from '../../model/rowSpec';
import type { ScenarioDocument } from '../../model/scenarioDocument';
import { swedishDateTime } from '../swedishTime';
import { JA_NEJ, MNKR_FORMAT, numberFormatOf, UNIT_TEXT, YEAR_FORMAT } from './numberFormats';

const KIND_TEXT = { kostnad: 'Kostnad', intakt: 'Intäkt' } as const;

const heading = (sheet: Worksheet, values: (string | number)[]) => {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  return row;
};

/** Twelve significant digits: what a typed or stored figure means, without a double's last-digit noise. */
const SIGNIFICANT = 12;
/** More decimals than this in a typed figure is noise, not a value someone meant. */
const MAX_DECIMALS = 6;

/**
 * Plan, scenario and their difference as decimals: 1,04 − 0,8 is 0,24, not the 0.24000000000000002 that
 * double subtraction gives, and the cells show as many decimals as the figures have (the row's at least),
 * so a typed 1,04 % is not shown as 1,0 %.
 */
const changeLine = (row: InputRow, plan: number, value: number) => {
  const planned = new Decimal(plan).toSignificantDigits(SIGNIFICANT);
  const scenario = new Decimal(value).toSignificantDigits(SIGNIFICANT);
  const figures = [planned, scenario, scenario.minus(planned)];
  const decimals = Math.min(
    MAX_DECIMALS,
    Math.max(row.decimals ?? UNIT_DECIMALS[row.unit], ...figures.map((d) => d.decimalPlaces())),
  );
  return { figures: figures.map((d) => d.toNumber()), format: numberFormatOf({ unit: row.unit, decimals }) };
};

/** Why an input changed: its note, or for a decision on synnerliga skäl the reason noted for that year. */
const noteOf = (document: ScenarioDocument, row: InputRow, year: number): string =>
  (row.id === SYNNERLIGA_SKAL ? document.notes[synnerligaSkalNoteKey(year)] : document.notes[row.id]) ?? '';

/** Changed inputs: one line per input and year, with the plan's value, the scenario's and why. */
const writeInputChanges = (sheet: Worksheet, compiled: CompiledWorkbook, document: ScenarioDocument) => {
  heading(sheet, ['Ändrade antaganden', 'Enhet', 'År', 'Planen', 'Scenariot', 'Skillnad', 'Varför']);
  const changed = compiled.rows.inputs.filter((row) => document.changes.inputs[row.id]);
  if (changed.length === 0) sheet.addRow(['Inga ändrade antaganden']);
  for (const row of changed) {
    const years = Object.entries(document.changes.inputs[row.id] ?? {}).sort(([a], [b]) =>
      a.localeCompare(b),
    );
    for (const [year, value] of years) {
      const { figures, format } = changeLine(row, row.planValue(Number(year)), value);
      const line = sheet.addRow([
        row.label,
        UNIT_TEXT[row.unit],
        Number(year),
        ...figures,
        noteOf(document, row, Number(year)),
      ]);
      line.getCell(3).numFmt = YEAR_FORMAT;
      if (format) for (const c of [4, 5, 6]) line.getCell(c).numFmt = format;
    }
  }
};

/** Frame changes: name, nämnd, kind, whether counted, mnkr per year and the note. */
const writeFrameChanges = (sheet: Worksheet, compiled: CompiledWorkbook, document: ScenarioDocument) => {
  const years = compiled.layout.years;
  heading(sheet, ['Ramförändringar', 'Nämnd', 'Typ', 'Räknas', ...years, 'Varför']).eachCell((cell, c) => {
    if (c > 4 && c <= 4 + years.length) cell.numFmt = YEAR_FORMAT;
  });
  if (document.changes.frameChanges.length === 0) sheet.addRow(['Inga ramförändringar']);
  for (const change of document.changes.frameChanges) {
    const line = sheet.addRow([
      change.name,
      change.namnd,
      KIND_TEXT[change.kind],
      change.active ? JA_NEJ.ja : JA_NEJ.nej,
      ...years.map((year) => change.amounts[String(year)] ?? null),
      change.note ?? '',
    ]);
    years.forEach((_, i) => (line.getCell(5 + i).numFmt = MNKR_FORMAT));
  }
};

/** The sheet that says what the scenario changes against the plan, and why. */
export const writeChangesSheet = (
  sheet: Worksheet,
  compiled: CompiledWorkbook,
  document: ScenarioDocument,
  now: Date,
): void => {
  const { plan } = compiled;
  sheet.addRow([document.name]).font = { bold: true, size: 14 };
  sheet.addRow([`${plan.organisation.name} · ${plan.name}`]);
  sheet.addRow([`Exporterad ${swedishDateTime(now)} (svensk tid) från Budgetverkstad`]);
  sheet.addRow([
    'Antagandena (gula celler på bladet Antaganden) går att ändra; budgetens blad räknas då om.',
  ]);
  sheet.addRow([]);
  writeInputChanges(sheet, compiled, document);
  sheet.addRow([]);
  writeFrameChanges(sheet, compiled, document);
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 28;
  for (let c = 3; c <= 10; c++) sheet.getColumn(c).width = 12;
  sheet.getColumn(7).width = Math.max(12, sheet.getColumn(7).width ?? 12);
};
