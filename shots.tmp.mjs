import { chromium } from '@playwright/test';
const out = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const plans = [['sjobo', 'Sjöbo kommun · Budget 2024 med plan 2025–2027'], ['norrbotten', 'Region Norrbotten · Strategisk plan 2025–2027']];
const open = async (page, plan) => {
  await page.goto('http://localhost:4335/');
  await page.locator('.plan-picker > button').click();
  await page.getByRole('menu', { name: 'Planer' }).getByRole('menuitemradio', { name: plan, exact: true }).click();
  await page.locator('.plan-picker > button').filter({ hasText: plan }).waitFor({ timeout: 20000 });
};
for (const [name, plan] of plans) for (const [w, h] of [[1280, 720], [1920, 1080]]) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, locale: 'sv-SE' });
  const page = await context.newPage();
  await open(page, plan);
  await page.getByRole('tab', { name: 'Balanskrav', exact: true }).click();
  await page.locator('.revisor-answers').waitFor();
  await page.screenshot({ path: `${out}/${name}-${w}x${h}.png` });
  await page.screenshot({ path: `${out}/${name}-${w}x${h}-full.png`, fullPage: true });
  if (name === 'sjobo' && w === 1280) {
    await page.getByRole('tab', { name: 'Antaganden', exact: true }).click();
    for (const y of [2025, 2026, 2027]) {
      await page.locator(`td[data-cell="realisationsvinster_grund|${y}"]`).click();
      await page.keyboard.type('-60'); await page.keyboard.press('Enter');
    }
    await page.getByRole('tab', { name: 'Balanskrav', exact: true }).click();
    const form = page.getByRole('form', { name: 'Registrera beslut om synnerliga skäl' });
    await form.getByLabel('Belopp som inte återställs, mnkr').fill('10');
    await form.getByLabel('Fullmäktiges skäl').fill('Pandemins kostnader för vård och omsorg som inte kunde förutses när budgeten beslutades.');
    await form.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.locator('[data-decision="2024"]').waitFor();
    await form.getByLabel('Belopp som inte återställs, mnkr').fill('30');
    await form.getByLabel('Fullmäktiges skäl').fill('Ett skäl');
    await form.getByLabel('År').selectOption('2025');
    await form.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.screenshot({ path: `${out}/sjobo-scenario-1280x720-full.png`, fullPage: true });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    await page.locator('.projector-balanskrav').waitFor();
    await page.screenshot({ path: `${out}/sjobo-scenario-projector-1280x720.png` });
    await page.getByRole('button', { name: 'Lämna projektorläget' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.locator('.print-balanskrav').waitFor();
    await page.pdf({ path: `${out}/sjobo-scenario-print.pdf`, format: 'A4', preferCSSPageSize: true });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${out}/sjobo-scenario-print.png`, fullPage: true });
  }
  if (w === 1280) {
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Projektorläge' }).click();
    await page.locator('.projector-goals').waitFor();
    await page.screenshot({ path: `${out}/${name}-projector-1280x720.png` });
  }
  await context.close();
}
await browser.close();
