import { beforeAll, describe, expect, it } from 'vitest';
import { parseSvNumber } from '../../src/format/parseSvNumber';
import { planTemplate } from '../../src/persistence/xlsx/planTemplate';
import { readPlanTemplate } from '../../src/persistence/xlsx/readPlanTemplate';
import { builtInPlan, cellAt, edited, load, refusal, rowOf, sheetOf } from './templateHelpers';

let sjobo: Uint8Array;
beforeAll(async () => {
  sjobo = await planTemplate(builtInPlan('sjobo-2024-2027'));
});

/** The address ("I14") of a row's year cell in a sheet of the Sjöbo template. */
const addressOf = async (sheet: string, id: string, year: number) =>
  cellAt(sheetOf(await load(sjobo), sheet), id, year).address;

const typed = (sheet: string, id: string, year: number, value: string | number | null) =>
  edited(sjobo, (excel) => {
    cellAt(sheetOf(excel, sheet), id, year).value = value;
  });

describe('readPlanTemplate refuses a bad cell and names it', () => {
  it('text that is not a number', async () => {
    const at = await addressOf('Resultatbudget', 'skatteintakter', 2025);
    const problems = await refusal(await typed('Resultatbudget', 'skatteintakter', 2025, 'tolv'));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^Resultatbudget!${at}: "tolv" är inget tal\\. Skriv ett tal`)),
    ]);
  });

  it.skipIf(parseSvNumber('12 34').ok)('digits grouped other than three by three ("12 34")', async () => {
    // Enabled once src/format/parseSvNumber refuses such groups (tightened in parallel, issue 12).
    const at = await addressOf('Resultatbudget', 'skatteintakter', 2025);
    const problems = await refusal(await typed('Resultatbudget', 'skatteintakter', 2025, '12 34'));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^Resultatbudget!${at}: "12 34" är inget tal\\.`)),
    ]);
  });

  it('a year missing in a row the model needs every year', async () => {
    const at = await addressOf('Resultatbudget', 'skatteintakter', 2026);
    const problems = await refusal(await typed('Resultatbudget', 'skatteintakter', 2026, null));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^Resultatbudget!${at}: värde saknas för 2026 \\(Skatteintäkter\\)`)),
    ]);
  });

  it('a missing skattesats year on Drivare', async () => {
    const at = await addressOf('Drivare', 'skattesats', 2025);
    const problems = await refusal(await typed('Drivare', 'skattesats', 2025, null));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^Drivare!${at}: värde saknas för 2025`))]);
  });

  it('an empty template is not a plan: it names Planen’s missing fields', async () => {
    const problems = await refusal(await planTemplate());
    expect(problems).toEqual([
      'Planen!B3: skriv organisationens namn',
      'Planen!B4: skriv region eller kommun',
      'Planen!B6: skriv planens namn',
      'Planen!B8: skriv första budgetåret (till exempel 2025)',
      'Planen!B9: skriv antal budgetår',
    ]);
  });

  it('a template with Planen filled in but no figures says the resultatbudget is required', async () => {
    const bytes = await edited(await planTemplate(), (excel) => {
      const planen = sheetOf(excel, 'Planen');
      for (const [cell, value] of [
        ['B3', 'Exempels kommun'],
        ['B4', 'kommun'],
        ['B6', 'Budget 2026'],
        ['B8', 2026],
        ['B9', 1],
      ] as const)
        planen.getCell(cell).value = value;
    });
    const problems = await refusal(bytes);
    expect(problems).toEqual([
      expect.stringMatching(/^Resultatbudget: inga tal är ifyllda – resultatbudgeten krävs/),
    ]);
  });

  it('a column beyond the plan’s years, a wrong typed year header, a date', async () => {
    const bytes = await edited(sjobo, (excel) => {
      const rb = sheetOf(excel, 'Resultatbudget');
      rb.getCell(rowOf(rb, 'skatteintakter'), 13).value = 5; // M: after 2027
      rb.getCell(5, 8).value = 2024; // H5 is 2023
      const bb = sheetOf(excel, 'Balansbudget');
      // A date typed in Excel: a day number shown with a date format (a fresh style, as Excel gives the cell).
      const date = bb.getCell(rowOf(bb, 'fordringar'), 7);
      date.style = { ...date.style, numFmt: 'yyyy-mm-dd' };
      date.value = 44562;
    });
    const problems = await refusal(bytes);
    const r = rowOf(sheetOf(await load(sjobo), 'Resultatbudget'), 'skatteintakter');
    const f = rowOf(sheetOf(await load(sjobo), 'Balansbudget'), 'fordringar');
    expect(problems).toEqual([
      'Resultatbudget!H5: rubriken säger 2024, men kolumnen är 2023 enligt Planen (första budgetår och antal historikår)',
      `Resultatbudget!M${r}: kolumnen hör inte till något år i planen (se Planen: första budgetår och antal år)`,
      `Balansbudget!G${f}: cellen är ett datum – formatera den som tal (Allmänt) och skriv talet igen`,
    ]);
  });

  it('a goal with a figure its kind does not have, and an unknown word', async () => {
    const bytes = await edited(sjobo, (excel) => {
      const goals = sheetOf(excel, 'Mål');
      goals.getCell('E6').value = 3; // balanskrav has no max
      goals.getCell('B7').value = 'Soliditet';
      goals.getCell('C7').value = 'blandad';
      goals.getCell('D7').value = 20;
    });
    expect(await refusal(bytes)).toEqual([
      'Mål!E6: målet har ingen högst (max) – lämna cellen tom',
      'Mål!C7: "blandad" går inte att läsa – skriv blandmodell eller fullfondering',
    ]);
  });
});

describe('readPlanTemplate reads what a person types', () => {
  it('Swedish text numbers go through the one parser; a percent-formatted cell is a percent', async () => {
    const bytes = await edited(sjobo, (excel) => {
      cellAt(sheetOf(excel, 'Resultatbudget'), 'finansiella_intakter', 2024).value = '10,6';
      const drivers = sheetOf(excel, 'Drivare');
      const index = cellAt(drivers, 'prisindex', 2024);
      // Typed "3,3 %" in Excel: 0.033 shown with a percent format (a fresh style, as Excel gives the cell).
      index.style = { ...index.style, numFmt: '0.0%' };
      index.value = 0.033;
      cellAt(drivers, 'prisindex', 2025).value = '3,1 %';
      cellAt(drivers, 'prisindex', 2026).value = 3;
      cellAt(drivers, 'prisindex', 2027).value = '2,9';
    });
    const { plan } = await readPlanTemplate(bytes);
    expect(
      plan.statements.resultatbudget.rows.find((row) => row.id === 'finansiella_intakter')?.values['2024'],
    ).toBe(10.6);
    expect(plan.drivers.prisindex?.values).toEqual({ '2024': 3.3, '2025': 3.1, '2026': 3, '2027': 2.9 });
  });

  it('investments per budget year on Drivare, with their note as the source', async () => {
    const bytes = await edited(sjobo, (excel) => {
      const drivers = sheetOf(excel, 'Drivare');
      for (const [year, value] of [
        [2024, 60],
        [2025, '72,5'],
        [2026, 58],
        [2027, 40],
      ] as const)
        cellAt(drivers, 'investeringar_materiella', year).value = value;
      drivers.getCell(rowOf(drivers, 'investeringar_materiella'), 6).value = 'Investeringsbudgeten, bilaga 2';
    });
    const { plan } = await readPlanTemplate(bytes);
    expect(plan.drivers.investeringar).toEqual({
      source: { kind: 'entered', note: 'Investeringsbudgeten, bilaga 2' },
      materiella: { '2024': 60, '2025': 72.5, '2026': 58, '2027': 40 },
    });
  });

  it('a sum that does not add up is a warning at its cell, with the amount', async () => {
    const at = await addressOf('Resultatbudget', 'verksamhetens_resultat', 2025);
    const { plan, warnings } = await readPlanTemplate(
      await typed('Resultatbudget', 'verksamhetens_resultat', 2025, 36.2),
    );
    expect(plan.name).toBe('Budget 2024 med plan 2025–2027');
    expect(warnings.map((w) => w.message)).toEqual([
      `Resultatbudget!${at}: Verksamhetens resultat 2025 är inte summan av delarna: −1\u00a0336 + 1\u00a0042,8 + 324,4 = 31,2, tryckt 36,2 (skillnad 5 mnkr)`,
      // The next sum's parts now include the changed row, so it too is named where it is.
      expect.stringMatching(
        /^Resultatbudget!\w+: Resultat före extraordinära poster 2025 är inte summan av delarna: .* \(skillnad −5 mnkr\)$/,
      ),
    ]);
  });

  it('an own row: no id, its label, its kind and the sum it belongs to by label', async () => {
    const bytes = await edited(await planTemplate(builtInPlan('vasternorrland-2022-2024')), (excel) => {
      const rb = sheetOf(excel, 'Resultatbudget');
      const r = rowOf(rb, 'finansiella_kostnader') + 1;
      rb.insertRow(r, []);
      rb.getCell(r, 3).value = 'varav räntekostnader';
      rb.getCell(r, 4).value = 'varav';
      for (let c = 7; c <= 11; c++) rb.getCell(r, c).value = -10;
    });
    const { plan, warnings } = await readPlanTemplate(bytes);
    const rows = plan.statements.resultatbudget.rows;
    const i = rows.findIndex((row) => row.id === 'egen_varav_rantekostnader');
    expect(rows[i]).toMatchObject({
      kind: 'varav',
      of: ['finansiella_kostnader'],
      label: 'varav räntekostnader',
    });
    expect(rows[i - 1]?.id).toBe('finansiella_kostnader');
    expect(warnings).toEqual([]);
  });
});

describe('readPlanTemplate refuses files no template is', () => {
  it('over 5 MB', async () => {
    expect(await refusal(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual([
      'Filen är 5 MB; en ifylld mall är högst 5 MB.',
    ]);
  });

  it('a file that is not an .xlsx', async () => {
    expect(await refusal(new TextEncoder().encode('{"format":"budgetverkstad.plan"}'))).toEqual([
      'Filen är ingen Excelarbetsbok (.xlsx). Spara den som Excelarbetsbok och försök igen.',
    ]);
  });

  it('an archive that claims to unpack to far more than a template', async () => {
    const bytes = sjobo.slice();
    const view = new DataView(bytes.buffer);
    let end = bytes.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    view.setUint32(view.getUint32(end + 16, true) + 24, 500 * 1024 * 1024, true); // the first entry's size
    expect(await refusal(bytes)).toEqual([
      expect.stringMatching(/^Filen packas upp till 5\d\d MB; en ifylld mall är mycket mindre/),
    ]);
  });

  it('a sheet with absurd dimensions, before any cell is read', async () => {
    const bytes = await edited(sjobo, (excel) => {
      sheetOf(excel, 'Mål').getCell(50_000, 2).value = 'x';
    });
    expect(await refusal(bytes)).toEqual([
      expect.stringMatching(/^Bladet Mål har 50000 rader och \d+ kolumner; mallen läser högst 1000 rader/),
    ]);
  });
});
