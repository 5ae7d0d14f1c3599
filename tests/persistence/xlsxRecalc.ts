import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';

/** LibreOffice's setting "recalculate on load" for .xlsx and .ods: 0 = always (the default is never). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** CSV filter options: comma, double quotes, UTF-8, raw values (not as shown), every sheet to its own file. */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1';

/** Whether `soffice` is on the PATH. CI (`.ci/run`) installs it, so there a missing one fails the tests. */
export const hasLibreOffice = (): boolean =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, 'soffice')));

/** Skip the LibreOffice tests only on a developer's machine without it, never in CI. */
export const skipLibreOffice = !hasLibreOffice() && !process.env.CI;

const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (quoted || (char !== ',' && char !== '\n' && char !== '\r')) field += char;
    else if (char === ',') endField();
    else if (char === '\n') {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
};

/**
 * Opens an .xlsx in LibreOffice headless with recalculation on load forced, and returns every sheet as
 * rows of raw cell texts (`sheets.Resultatbudget[row][col]`, 0-based like the compiled workbook).
 * A private profile per call, so parallel runs never share LibreOffice's user directory.
 */
export const recalculateWithLibreOffice = (xlsx: Uint8Array): Record<string, string[][]> => {
  const dir = mkdtempSync(join(tmpdir(), 'lo-budgetverkstad-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const input = join(dir, 'scenario.xlsx');
    writeFileSync(input, xlsx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        CSV_FILTER,
        '--outdir',
        join(dir, 'out'),
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const sheets: Record<string, string[][]> = {};
    for (const file of readdirSync(join(dir, 'out'))) {
      const sheet = basename(file, '.csv').replace(/^scenario-/, '');
      sheets[sheet] = parseCsv(readFileSync(join(dir, 'out', file), 'utf8'));
    }
    return sheets;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Opens an .xlsx in LibreOffice headless and saves it again as .xlsx, as a person filling it in there does. */
export const resaveWithLibreOffice = (xlsx: Uint8Array): Uint8Array => {
  const dir = mkdtempSync(join(tmpdir(), 'lo-budgetverkstad-'));
  try {
    const profile = join(dir, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    writeFileSync(join(dir, 'mall.xlsx'), xlsx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'mall.xlsx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    return new Uint8Array(readFileSync(join(dir, 'out', 'mall.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
