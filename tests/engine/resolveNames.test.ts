import fc from 'fast-check';
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { createEngine, ENGINE_CONFIG } from '../../src/engine/createEngine';
import { resolveNames } from '../../src/engine/engineSheets';
import { compileWorkbook } from '../../src/model/compileWorkbook';
import { readResults } from '../../src/model/results';
import { changesArbitrary } from '../arbitraries';
import { plan } from '../helpers';

const names = new Map([
  ['Skattesats_2025', "'Antaganden'!$B$2"],
  ['Skatteunderlag_2025', "'Antaganden'!$B$5"],
  ['Avskrivningar_grundnivå_2025', "'Antaganden'!$B$9"],
  ['Ramförändringar_typ', "'Ramförändringar'!$C$2:$C$501"],
]);

describe('resolveNames', () => {
  it('replaces each name with the cell or range it names', () => {
    expect(resolveNames('=Skatteunderlag_2025*Skattesats_2025/100', names)).toBe(
      "='Antaganden'!$B$5*'Antaganden'!$B$2/100",
    );
    expect(resolveNames('=-Avskrivningar_grundnivå_2025', names)).toBe("=-'Antaganden'!$B$9");
    expect(resolveNames('=SUMIFS(Ramförändringar_typ,Ramförändringar_typ,"kostnad")', names)).toBe(
      "=SUMIFS('Ramförändringar'!$C$2:$C$501,'Ramförändringar'!$C$2:$C$501,\"kostnad\")",
    );
  });

  it('leaves functions, strings, quoted sheet names and longer names that begin alike untouched', () => {
    const untouched = [
      '=ROUND(Skattesats_20250,2)',
      '=IF(A1>0,"Skattesats_2025",Skattesats_2025x)',
      "='Skattesats_2025'!$B$2",
      '=Skattesats_2025_ny+1',
    ];
    for (const formula of untouched) expect(resolveNames(formula, names)).toBe(formula);
  });
});

describe('the engine with names resolved', () => {
  /** The workbook as HyperFormula would compute it with the named expressions defined, the slower way. */
  const withNamedExpressions = (changes: Parameters<typeof compileWorkbook>[1]) => {
    const workbook = compileWorkbook(plan, changes);
    const hf = HyperFormula.buildFromSheets(
      workbook.sheets as unknown as Record<string, RawCellContent[][]>,
      ENGINE_CONFIG,
      [...workbook.namedExpressions],
    );
    try {
      return readResults(workbook, (address) => {
        const sheet = hf.getSheetId(address.sheet) ?? -1;
        const value = hf.getCellValue({ sheet, row: address.row, col: address.col });
        return value instanceof DetailedCellError
          ? { error: value.type }
          : (value as number | string | boolean | null);
      });
    } finally {
      hf.destroy();
    }
  };

  it('computes every cell as the workbook with named expressions does, for any scenario', () => {
    fc.assert(
      fc.property(changesArbitrary, (changes) => {
        const engine = createEngine(compileWorkbook(plan, changes), changes);
        try {
          expect(engine.results()).toEqual(withNamedExpressions(changes));
        } finally {
          engine.destroy();
        }
      }),
      { numRuns: 15 },
    );
  });

  it('still shows the formula with its names', () => {
    const engine = createEngine(compileWorkbook(plan, { inputs: {}, frameChanges: [] }), {
      inputs: {},
      frameChanges: [],
    });
    expect(engine.formulaOf('skatteintakter', 2025)).toBe('=Skatteunderlag_2025*Skattesats_2025/100');
    expect(engine.formulaOf('skattesats', 2025)).toBeUndefined();
    engine.destroy();
  });
});
