// The console's home screen: service health, the organisation tree, and the language switch.
// Usage: node e2e/console-home.mjs BASE_URL OUT_DIR [EXPECTED_ORG_CODE]
import { mkdir } from 'node:fs/promises';
import { runScenario } from './browser.mjs';

const expectedCode = process.argv[4];

await runScenario('console-home', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });
  await page.goto(baseUrl + '/');
  await page.waitForSelector('h1');
  check((await page.textContent('h1')) === '公务用车调度与监管平台', 'the console opens in Chinese');

  await page.waitForSelector('#health li[data-check="postgis"].up', { timeout: 15000 });
  if (expectedCode) {
    await page.waitForSelector(`#organisations li[data-org-code="${expectedCode}"]`, { timeout: 15000 });
  }
  await page.screenshot({ path: `${outDir}/console-home-zh.png`, fullPage: true });

  await page.click('#lang-switch');
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Official Vehicle Dispatch and Supervision');
  check((await page.getAttribute('html', 'lang')) === 'en', 'the page language follows the switch');
  await page.reload();
  await page.waitForSelector('h1');
  check((await page.textContent('h1')) === 'Official Vehicle Dispatch and Supervision', 'the language choice survives a reload');
});
