// Makes sure the browser tests have a Chromium: Debian's /usr/bin/chromium (installed with apt-get when
// missing and we may), otherwise Playwright's own download for a developer elsewhere.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const run = (command) => execSync(command, { stdio: 'inherit' });

if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) process.exit(0);
if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);

const canApt = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (canApt) {
  console.log('Installerar Debians chromium för webbläsartesterna …');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
}
console.log('Ingen Chromium i /usr/bin; hämtar Playwrights egen (npx playwright install chromium) …');
run('npx playwright install chromium');
