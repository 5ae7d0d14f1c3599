import type { Locator, Page } from '@playwright/test';

/** Helpers that read like a user's script: go to a tab, pick a cell, type, read what a cell shows. */
export const openTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

export const cell = (page: Page, rowId: string, year: number): Locator =>
  page.locator(`td[data-cell="${rowId}|${year}"]`);

export const shown = (page: Page, rowId: string, year: number): Locator =>
  cell(page, rowId, year).locator('.cell-value');

export const goal = (page: Page, goalId: string, year: number): Locator =>
  page.locator(`[data-goal="${goalId}"] td[data-year="${year}"]`);

export const typeInto = async (page: Page, rowId: string, year: number, text: string) => {
  await cell(page, rowId, year).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
};

export const pasteInto = async (page: Page, rowId: string, year: number, text: string) => {
  await cell(page, rowId, year).click();
  await cell(page, rowId, year).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
};

/** sv-SE numbers as the app prints them: no-break space groups, Unicode minus. */
export const sv = (text: string) => text.replace(/ /g, '\u00a0').replace(/-/g, '\u2212');

/** Text pasted into a field as the browser delivers Ctrl+V: a paste event with the text on its clipboard. */
export const pasteText = async (target: Locator, text: string) => {
  await target.click();
  await target.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
};
