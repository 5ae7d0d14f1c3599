import type { Worksheet } from 'exceljs';
import type { Source } from '../../model/planSchema';
import {
  DRIVER_COL as D,
  DRIVER_ROWS,
  FIRST_DATA_ROW,
  FIRST_YEAR_COL,
  TEMPLATE_LIMITS,
  type DriverKey,
} from './templateLayout';
import {
  amountAt,
  cellName,
  checkYearHeaders,
  idFromLabel,
  register,
  sourceOf,
  textAt,
  yearValuesAt,
  type ReadContext,
} from './templateRead';

/** Where a Drivare row lands in the plan JSON: the driver, and the field holding its figures. */
const PATHS: Readonly<Record<DriverKey, { path: string; values: string }>> = {
  skattesats: { path: 'drivers.skattesats', values: 'drivers.skattesats.values' },
  befolkning: { path: 'drivers.befolkning', values: 'drivers.befolkning.values' },
  alternativ: { path: 'drivers.befolkning.alternatives', values: 'drivers.befolkning.alternatives' },
  skatteunderlagstillvaxt: {
    path: 'drivers.skatteunderlagstillvaxt',
    values: 'drivers.skatteunderlagstillvaxt.values',
  },
  prisindex: { path: 'drivers.prisindex', values: 'drivers.prisindex.values' },
  investeringar_materiella: { path: 'drivers.investeringar', values: 'drivers.investeringar.materiella' },
  investeringar_immateriella: {
    path: 'drivers.investeringar.immateriella',
    values: 'drivers.investeringar.immateriella',
  },
  investeringar_finansiella: {
    path: 'drivers.investeringar.finansiella',
    values: 'drivers.investeringar.finansiella',
  },
  ansvarsforbindelse: { path: 'drivers.ansvarsforbindelse', values: 'drivers.ansvarsforbindelse.values' },
  effekt_per_100: { path: 'drivers.effektPer100Invanare', values: 'drivers.effektPer100Invanare.value' },
  avskrivningstid: { path: 'drivers.avskrivningstid', values: 'drivers.avskrivningstid.value' },
  pensionsavkastning: { path: 'drivers.pensionsportfolj', values: 'drivers.pensionsportfolj.expectedReturn' },
};

type DriverRead = {
  readonly values: Record<string, number>;
  readonly cells: Record<string, string>;
  readonly value?: number;
  readonly name?: string;
  readonly description?: string;
  readonly source?: Source;
  /** The row had anything at all: a figure, a name or a source. */
  readonly used: boolean;
  readonly altId?: string;
};

const nonEmpty = (values: Record<string, number>) => Object.keys(values).length > 0;

const readDriverRow = (ctx: ReadContext, sheet: Worksheet, r: number, key: DriverKey): DriverRead => {
  const def = DRIVER_ROWS.find((row) => row.key === key);
  const unit = def?.unit ?? 'mnkr';
  const { values, cells } = def?.single
    ? { values: {}, cells: {} }
    : yearValuesAt(ctx, sheet, r, 'drivers', unit);
  const value = def?.single ? amountAt(ctx, sheet, r, FIRST_YEAR_COL, unit) : undefined;
  const label = def?.label ?? key;
  if (key !== 'alternativ') {
    const { path, values: valuesPath } = PATHS[key];
    ctx.cells.set(path, cellName(sheet, r, FIRST_YEAR_COL));
    ctx.names.set(path, label);
    if (def?.single) ctx.cells.set(valuesPath, cellName(sheet, r, FIRST_YEAR_COL));
    else register(ctx, valuesPath, cells, label);
    ctx.cells.set(`${path}.date`, cellName(sheet, r, D.description));
    ctx.cells.set(`${path}.name`, cellName(sheet, r, D.name));
  }
  const [name, description] = [textAt(ctx, sheet, r, D.name), textAt(ctx, sheet, r, D.description)];
  const source = sourceOf(ctx, textAt(ctx, sheet, r, D.section), textAt(ctx, sheet, r, D.note));
  return {
    values,
    cells,
    used: nonEmpty(values) || value !== undefined || !!name || !!source,
    ...(value !== undefined ? { value } : {}),
    ...(name ? { name } : {}),
    ...(description ? { description } : {}),
    ...(source ? { source } : {}),
  };
};

/** Every row of Drivare by its id ("alternativ:scb_prognos" for a population alternative). */
const readDriverRows = (ctx: ReadContext, sheet: Worksheet) => {
  checkYearHeaders(ctx, sheet, 'drivers');
  const rows = new Map<DriverKey, DriverRead>();
  const alternatives: DriverRead[] = [];
  for (let r = FIRST_DATA_ROW; r <= Math.min(sheet.rowCount, TEMPLATE_LIMITS.rows); r++) {
    const [key = '', altId] = (textAt(ctx, sheet, r, D.id) ?? '').split(':');
    const def = DRIVER_ROWS.find((row) => row.key === key);
    if (!def) continue;
    const read = readDriverRow(ctx, sheet, r, def.key);
    if (def.key !== 'alternativ') rows.set(def.key, read);
    else if (read.used) {
      const at = `drivers.befolkning.alternatives.${alternatives.length}`;
      ctx.cells.set(`${at}.label`, cellName(sheet, r, D.name));
      register(ctx, `${at}.values`, read.cells, 'Befolkning, alternativ');
      alternatives.push({ ...read, ...(altId ? { altId } : {}) });
    }
  }
  return { rows, alternatives };
};

const ENTERED: Source = { kind: 'entered' };
const withValues = (read: DriverRead) => (nonEmpty(read.values) ? { values: read.values } : {});

const alternativesOf = (alternatives: readonly DriverRead[]) => {
  const taken = new Set<string>();
  return alternatives.map((alt) => {
    const id = alt.altId ?? idFromLabel(alt.name ?? 'alternativ', taken);
    taken.add(id);
    return { id, label: alt.name, values: alt.values, source: alt.source ?? ENTERED };
  });
};

/** The three investment rows as one driver, its source the first row's that has one. */
const investmentsOf = (used: (key: DriverKey) => DriverRead | undefined) => {
  const [m, i, f] = (
    ['investeringar_materiella', 'investeringar_immateriella', 'investeringar_finansiella'] as const
  ).map(used);
  if (!m && !i && !f) return undefined;
  return {
    source: m?.source ?? i?.source ?? f?.source ?? ENTERED,
    materiella: m?.values ?? {},
    ...(i && nonEmpty(i.values) ? { immateriella: i.values } : {}),
    ...(f && nonEmpty(f.values) ? { finansiella: f.values } : {}),
  };
};

/** The plan's drivers from the Drivare sheet: a driver is in the plan when its row has a figure, a name or a source. */
export const readDriverSheet = (ctx: ReadContext, sheet: Worksheet): Record<string, unknown> => {
  const { rows, alternatives } = readDriverRows(ctx, sheet);
  const used = (key: DriverKey) => {
    const read = rows.get(key);
    return read?.used ? read : undefined;
  };
  const drivers: Record<string, unknown> = {};
  const put = (name: string, key: DriverKey, make: (read: DriverRead, source: Source) => object) => {
    const read = used(key);
    if (read) drivers[name] = make(read, read.source ?? ENTERED);
  };
  const alts = alternativesOf(alternatives);
  put('skattesats', 'skattesats', (read, source) => ({ values: read.values, source }));
  put('befolkning', 'befolkning', (read, source) => ({
    values: read.values,
    source,
    date: read.description,
    ...(alts.length > 0 ? { alternatives: alts } : {}),
  }));
  put('skatteunderlagstillvaxt', 'skatteunderlagstillvaxt', (read, source) => ({
    ...withValues(read),
    source,
  }));
  put('prisindex', 'prisindex', (read, source) => ({
    ...withValues(read),
    source,
    name: read.name,
    label: read.description ?? read.name,
  }));
  const investeringar = investmentsOf(used);
  if (investeringar) drivers.investeringar = investeringar;
  put('ansvarsforbindelse', 'ansvarsforbindelse', (read, source) => ({ values: read.values, source }));
  put('effektPer100Invanare', 'effekt_per_100', (read, source) => ({ value: read.value, source }));
  put('avskrivningstid', 'avskrivningstid', (read, source) => ({ value: read.value, source }));
  put('pensionsportfolj', 'pensionsavkastning', (read, source) => ({ expectedReturn: read.value, source }));
  return drivers;
};
