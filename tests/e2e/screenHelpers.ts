import { deflateRawSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { shown } from './grid';

/** Issue 12 §6 is checked at a laptop's and a projector's size. */
export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
export const YEARS = [2025, 2026, 2027, 2028, 2029, 2030] as const;

export const start = async (page: Page, path = '/') => {
  await page.goto(path);
  await expect(shown(page, 'skatteintakter', 2025)).not.toHaveText('');
};

/** A scenario file (envelope) with the given changes, as the app saves one. */
export const scenarioFile = (name: string, changes: object) => ({
  format: 'budgetverkstad.scenario',
  schemaVersion: 1,
  appVersion: '0.1.0',
  savedAt: '2026-12-01T12:00:00.000Z',
  data: {
    id: `test-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    name,
    plan: { id: 'norrbotten-2025-2027', version: 1 },
    changes: { inputs: {}, frameChanges: [], ...changes },
    notes: {},
    createdAt: '2026-12-01T12:00:00.000Z',
    updatedAt: '2026-12-01T12:00:00.000Z',
  },
});

/** A share link as README describes it: `#s=1.` + base64url(deflate-raw(the envelope as JSON)). */
export const shareFragment = (file: object) =>
  `#s=1.${deflateRawSync(Buffer.from(JSON.stringify(file))).toString('base64url')}`;

export const importText = async (page: Page, file: object) => {
  await page.getByRole('button', { name: 'Importera', exact: true }).click();
  await page.getByLabel('Eller klistra in en scenariofils text (JSON)').fill(JSON.stringify(file));
  await page.getByRole('button', { name: 'Importera texten' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
};

export const openExample = async (page: Page, name: string) => {
  await page.getByRole('button', { name: 'Scenarier', exact: true }).click();
  await page.getByRole('button', { name: `Öppna ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('dialog', { name: 'Scenarier' })).toBeHidden();
};
