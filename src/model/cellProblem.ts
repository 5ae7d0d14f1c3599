/** A formula error, as a value the UI can show in its cell with a Swedish explanation. */
export type CellProblem = { readonly kind: 'problem'; readonly code: string; readonly message: string };

const MESSAGES: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: 'Division med noll: nämnaren är 0 (till exempel inga investeringar eller ingen tillgång).',
  VALUE: 'Fel sorts värde i en cell som formeln använder.',
  NUM: 'Talet går inte att räkna med (för stort eller ogiltigt).',
  NAME: 'Formeln hänvisar till ett namn som inte finns.',
  REF: 'Formeln hänvisar till en cell som inte finns.',
  NA: 'Ett värde saknas.',
  CYCLE: 'Cirkelreferens: formeln är beroende av sig själv.',
  SPILL: 'Resultatet får inte plats.',
  LIC: 'Beräkningsmotorns licens saknas.',
  ERROR: 'Formeln kunde inte beräknas.',
};

export const cellProblem = (code: string): CellProblem => ({
  kind: 'problem',
  code,
  message: MESSAGES[code] ?? `Formeln kunde inte beräknas (${code}).`,
});

export const isCellProblem = (value: unknown): value is CellProblem =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'problem';
