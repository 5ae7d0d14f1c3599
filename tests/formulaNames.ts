/**
 * Names a person could type (or a share link could carry) that a spreadsheet reads as code. Before issue 12,
 * `=SEQUENCE(1000,1000)` as a frame change's name alone kept HyperFormula busy for about ten seconds.
 */
export const FORMULA_NAMES = [
  '=SEQUENCE(1000,1000)',
  '=REPT("x",1e7)',
  `=${'('.repeat(200)}1${')'.repeat(200)}`,
  '+1',
  '-1',
  '@SUM(1)',
  "='Resultatbudget'!B2",
] as const;
