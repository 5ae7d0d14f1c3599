import { catalogueRow } from '../../model/catalogue/catalogue';
import type { Plan } from '../../model/planSchema';
import { tableChecks, type TableCheck } from '../../model/tableChecks';
import type { ReadContext } from './templateRead';

/** A sum in the template that does not add up: the cell, what is wrong and by how much. */
export type TemplateWarning = {
  /** "Resultatbudget!L20". */
  readonly cell: string;
  readonly message: string;
  readonly check: TableCheck;
};

/** parsePlan's words for a field, as a person filling in a template reads them. */
const reword = (message: string): string =>
  message
    .replace(/^fältet saknas$/, 'fyll i cellen')
    .replace(/^värden saknas för (.+)$/, 'värde saknas för $1')
    .replace(/ \(fick .*\)$/, '');

/** The registered cell of `path` or of the nearest field above it. */
const nearest = (ctx: ReadContext, path: string): { cell: string; name?: string | undefined } | undefined => {
  for (let parts = path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
    const key = parts.join('.');
    const cell = ctx.cells.get(key);
    if (cell) return { cell, ...(ctx.names.has(key) ? { name: ctx.names.get(key) } : {}) };
  }
  return undefined;
};

/**
 * One of parsePlan's problems ("statements.resultatbudget.rows.5 (skatteintakter): värden saknas för 2026")
 * at the template's cells: "Resultatbudget!I12: värde saknas för 2026 (Skatteintäkter)".
 */
export const problemAtCell = (ctx: ReadContext, problem: string): string => {
  const split = problem.indexOf(': ');
  if (split < 0) return problem;
  const path = problem.slice(0, split).replace(/ \(.*\)$/, '');
  const message = problem.slice(split + 2);
  const missing = /^värden saknas för ([\d, ]+)$/.exec(message)?.[1];
  if (missing) {
    const years = missing.split(', ');
    const cells = years.flatMap(
      (year) => ctx.cells.get(`${path}.values.${year}`) ?? ctx.cells.get(`${path}.${year}`) ?? [],
    );
    const name = ctx.names.get(path) ?? nearest(ctx, path)?.name;
    if (cells.length === years.length)
      return `${cells.join(', ')}: värde saknas för ${missing}${name ? ` (${name})` : ''} – en tom cell betyder att planen inte trycker talet`;
  }
  const required = /^raden (\w+) krävs$/.exec(message)?.[1];
  const statement = /^statements\.(\w+)\.rows$/.exec(path)?.[1];
  if (required && statement) {
    const cell = ctx.rows.get(`${statement}:${required}`);
    const label = catalogueRow(required)?.label ?? required;
    if (cell) return `${cell}: raden "${label}" krävs – fyll i den alla år`;
  }
  const at = nearest(ctx, path);
  if (!at) return problem;
  return `${at.cell}: ${reword(message)}${at.name ? ` (${at.name})` : ''}`;
};

const sv = (value: number) =>
  String(Math.round(value * 10) / 10)
    .replace('.', ',')
    .replace('-', '−');

/** Every printed sum of the read plan that does not add up, at its cell (issue 13: the live reconciliation). */
export const templateWarnings = (ctx: ReadContext, plan: Plan): TemplateWarning[] =>
  tableChecks(plan)
    .filter((check) => !check.withinRounding)
    .map((check) => {
      const statement = check.statement === 'skatt och utjämning' ? 'resultatbudget' : check.statement;
      const index = plan.statements[statement]?.rows.findIndex((row) => row.id === check.rowId) ?? -1;
      const cell = ctx.cells.get(`statements.${statement}.rows.${index}.values.${check.year}`) ?? '';
      const text =
        check.label === 'Balansräkningen balanserar'
          ? `Balansräkningen ${check.year} balanserar inte: summa tillgångar ${sv(check.printed)}, summa eget kapital, avsättningar och skulder ${sv(check.parts)}`
          : `${check.label} ${check.year} är inte summan av ${check.statement === 'skatt och utjämning' ? 'raderna på bladet Skatt och utjämning' : 'delarna'}: ${check.expression}`;
      return { cell, check, message: `${cell}: ${text} (skillnad ${sv(check.difference)} mnkr)` };
    });
