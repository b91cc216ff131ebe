// The sign-in screen offers the city identity service (统一身份认证) only where the platform has it configured; there,
// one click goes through the provider and comes back to the console signed in as the local account.
// Usage: node e2e/console-sign-in-city.mjs BASE_URL OUT_DIR on|off [USERNAME]
import { runScenario } from './browser.mjs';

const [mode, username] = process.argv.slice(4);

await runScenario('console-sign-in-city', async ({ page, baseUrl, outDir, check }) => {
  const options = page.waitForResponse((r) => r.url().endsWith('/api/auth/options'));
  await page.goto(baseUrl + '/#/sign-in');
  await page.waitForSelector('#sign-in-form');
  check((await options).ok(), 'the sign-in screen asks how it may sign in');
  if (mode === 'off') {
    await page.waitForTimeout(500);
    check((await page.locator('#sign-in-city-identity').count()) === 0, 'no city identity button when it is off');
    return;
  }
  const button = page.locator('#sign-in-city-identity');
  await button.waitFor({ timeout: 10000 });
  check((await button.textContent()) === '统一身份认证登录', 'the button is labelled in Chinese');
  await page.screenshot({ path: `${outDir}/console-sign-in-city.png` });
  await button.click();
  await page.waitForSelector('#account', { timeout: 20000 });
  const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
  check(me.username === username, `signed in as ${username}, not ${me.username}`);
});
