import type { Worksheet } from 'exceljs';
import { mark } from './templateCells';
import { TEMPLATE_LIMITS, TEMPLATE_SHEETS } from './templateLayout';

const S = TEMPLATE_SHEETS;
const MB = TEMPLATE_LIMITS.bytes / 1024 / 1024;

/** The first sheet: what to fill in and how the import reads it. Headings are the lines without a dash. */
export const INSTRUCTIONS: readonly string[] = [
  'Så fyller du i mallen',
  `– Börja på bladet ${S.planen}: organisation, region eller kommun, planens namn, första budgetår och antal budget-, kalkyl- och historikår. Årtalen på de andra bladen följer av dem.`,
  '– Fyll i de gula cellerna. Blå celler är summor: skriv summan så som planen trycker den. Grå celler (rad-id, standardrubriker) ändrar du inte.',
  '– En tom cell betyder att planen inte trycker talet. Skriv inte 0 för ett tal som saknas. En rad som är tom alla år finns inte i planen.',
  'Tal och tecken',
  '– Belopp skrivs i mnkr (miljoner kronor).',
  '– Kostnader och andra avdrag är negativa (−1 656,2), intäkter positiva, så som planen trycker dem. Justeringar i balanskravsutredningen har det tecken de har i summan. Investeringar på bladet Drivare skrivs som positiva belopp.',
  '– Decimalkomma går bra: 1 234,5 eller 1234,5. Mellanslag i ett tal grupperar siffrorna tre och tre.',
  '– Procent skrivs som procenttal: 3,3 betyder 3,3 %.',
  'Bladen',
  `– ${S.resultatbudget} krävs, med ett värde varje budget- och kalkylår (historikåren där planen trycker dem). ${S.balansbudget} och ${S.finansieringsbudget} är frivilliga: lämna dem tomma om planen saknar dem.`,
  '– Rubrik i planen: planens egen rubrik när den skiljer sig från standardrubriken.',
  '– Egna rader: infoga en rad, lämna rad-id tomt, skriv rubriken under Rubrik i planen och välj Typ: rad (ingår i summan under Ingår i), varav (en del av raden under Ingår i, summeras inte) eller summa (av raderna under Ingår i, med semikolon emellan).',
  `– ${S.skatt} (frivilligt): skatte- och utjämningsposterna bakom raderna Skatteintäkter och Generella statsbidrag och utjämning. Grupp: skatt eller statsbidrag och utjämning. Beteende: följer skattesats och underlag (skatteintäkter), inkomstutjämning (följer underlag och befolkning men inte den egna skattesatsen), följer befolkningen, eller fast.`,
  `– ${S.drivare}: skattesatsen krävs. Befolkningen med datumet den räknas per (till exempel 1 november året innan), prisindexet med planens namn på det (LPIK, PKV, pris- och lönekompensation), skatteunderlagets tillväxt, investeringar, ansvarsförbindelse och de enskilda värdena längst ned är frivilliga. Ett index utan tal räknas som en ändring mot planen.`,
  `– ${S.namnder} (frivilligt): varje nämnds ram per budgetår, med nämndens namn på första raden.`,
  `– ${S.mal}: en rad per finansiellt mål. Balanskravet är lag och finns alltid med. Variant, lägst, högst, bedöms (varje år eller i genomsnitt) och år (till exempel 2025–2027) efter vad målet säger; planens eget värde som 2025: 1,2.`,
  'Källor',
  `– Ange dokumentet på bladet ${S.planen}. Avsnitt i planen säger var i dokumentet talen står. Står ett tal inte i dokumentet, skriv under Anmärkning var det kommer ifrån.`,
  'Import',
  '– Läs in den ifyllda filen i Budgetverkstad (Ny plan) eller med npm run calc -- --plan fil.xlsx.',
  '– Varje fel anges med blad och cell, till exempel Resultatbudget!H7, och inget sparas förrän allt går att läsa.',
  '– Varje summa jämförs med sina delar. En summa som inte går ihop visas med cell och belopp innan planen sparas; den stoppar inte importen, eftersom tryckta tabeller ibland avrundar.',
  `– Filen får vara högst ${MB} MB.`,
];

export const writeInstructions = (sheet: Worksheet): void => {
  sheet.getColumn(1).width = 4;
  sheet.getColumn(2).width = 120;
  sheet.getCell('B1').value = 'Mall för en plan i Budgetverkstad';
  sheet.getCell('B1').font = { bold: true, size: 16 };
  let r = 3;
  for (const line of INSTRUCTIONS) {
    const heading = !line.startsWith('–');
    if (heading && r > 3) r++;
    const cell = sheet.getCell(r++, 2);
    cell.value = line;
    cell.font = heading ? { bold: true, size: 12 } : {};
    cell.alignment = { wrapText: true, vertical: 'top' };
    // Programs do not grow a row to fit wrapped text that a library wrote: ~110 characters a line.
    sheet.getRow(r - 1).height = 15 * Math.ceil(line.length / 110);
  }
  r++;
  sheet.getCell(r++, 2).value = 'Färgerna';
  sheet.getCell(r - 1, 2).font = { bold: true, size: 12 };
  for (const [role, text] of [
    ['input', 'Fyll i.'],
    ['sum', 'En summa som planen trycker: fyll i, kontrolleras mot delarna vid import.'],
    ['fixed', 'Ändra inte.'],
  ] as const) {
    mark(sheet.getCell(r, 1), role);
    sheet.getCell(r++, 2).value = text;
  }
};
