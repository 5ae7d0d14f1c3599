import { describe, expect, it } from 'vitest';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { nameIndex, readableFormula } from '../../src/model/formulaText';
import { NO_CHANGES } from '../../src/model/scenarioChanges';
import { plan } from '../helpers';

const workbook = compileWorkbook(plan, NO_CHANGES);
const index = nameIndex(workbook.rows, workbook.layout);
const text = (formula: string) =>
  readableFormula(formula, index)
    .map((t) => t.text)
    .join('');

describe('readableFormula', () => {
  it('shows row names and years instead of names with underscores, and Swedish operators', () => {
    expect(text('=Skatteunderlag_2025*Skattesats_2025/100')).toBe(
      '=Skatteunderlag 2025 × Skattesats 2025 / 100',
    );
    expect(text('=-Orealiserad_avkastning_2026')).toBe('=−Orealiserad avkastning på pensionsportföljen 2026');
  });

  it('uses Swedish function names, semicolons and decimal commas', () => {
    expect(text('=MIN(Skattesats_2025-0.5,SUM(Skattesats_2026,1))')).toBe(
      '=MIN(Skattesats 2025 − 0,5; SUMMA(Skattesats 2026; 1))',
    );
    expect(text('=IF(Skattesats_2025>=5,1,0)')).toBe('=OM(Skattesats 2025 ≥ 5; 1; 0)');
  });

  it('marks every reference with its row and year so the formula bar can follow it', () => {
    const refs = readableFormula('=Skatteunderlag_2025*Skattesats_2025/100', index).filter(
      (t) => t.kind === 'ref',
    );
    expect(refs.map((r) => (r.kind === 'ref' ? [r.id, r.year] : []))).toEqual([
      ['skatteunderlag', 2025],
      ['skattesats', 2025],
    ]);
  });

  it('can read every formula of the workbook, with every name resolved', () => {
    for (const cells of Object.values(workbook.sheets))
      for (const line of cells)
        for (const content of line)
          if (typeof content === 'string' && content.startsWith('=')) {
            const unresolved = readableFormula(content, index).filter(
              (t) => t.kind === 'text' && /\p{L}{3,}/u.test(t.text) && !/^(Ramförändringar|")/.test(t.text),
            );
            expect(unresolved, content).toEqual([]);
          }
  });
});
