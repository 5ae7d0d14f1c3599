import type { Worksheet } from 'exceljs';

/** Excel's default column width, in characters, for a column the writer leaves alone. */
const DEFAULT_WIDTH = 8.43;
/**
 * About how many characters of column width fit across A4 portrait inside Excel's default margins
 * (210 mm − 2 × 17,8 mm ≈ 6,9 in, one character ≈ 7 px at 96 dpi). A wider sheet prints landscape.
 */
const PORTRAIT_WIDTH = 95;
const A4 = 9;

const widthOf = (sheet: Worksheet): number => {
  let width = 0;
  for (let c = 1; c <= sheet.columnCount; c++) width += sheet.getColumn(c).width ?? DEFAULT_WIDTH;
  return width;
};

/**
 * Prints the sheet on A4 as one page wide and as many pages tall as its rows need (fitToHeight 0 is
 * "automatic"), landscape where its columns are wider than a portrait page, with the header row repeated
 * on every page where it has one, so no year column lands on a page of its own.
 */
export const fitToPageWidth = (sheet: Worksheet, { repeatHeader }: { repeatHeader: boolean }): void => {
  Object.assign(sheet.pageSetup, {
    paperSize: A4,
    orientation: widthOf(sheet) > PORTRAIT_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(repeatHeader ? { printTitlesRow: '1:1' } : {}),
  });
};
