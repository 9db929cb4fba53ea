/**
 * Screenshots pages at phone and desktop widths for a person to look at.
 * Run: npx tsx scripts/screenshot.ts http://localhost:3000 /projects /ru/projects …
 * Writes screenshots/<name>-<width>.png (FULL_PAGE=0 for the first screen only).
 * LOGIN=email:password logs in to the editor first, for pages under /admin.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../test/e2e/browser.ts';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) {
  console.error('usage: tsx scripts/screenshot.ts ORIGIN PATH…');
  process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const browser = await launchBrowser();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (process.env.LOGIN) {
    const [email, ...password] = process.env.LOGIN.split(':');
    await page.goto(`${origin}/admin/login`);
    await page.fill('input[name="email"]', email!);
    await page.fill('input[name="password"]', password.join(':'));
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  }
  for (const path of paths) {
    await page.goto(origin + path);
    const name = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
    const file = `screenshots/${name}-${width}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
