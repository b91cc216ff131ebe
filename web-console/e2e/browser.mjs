// Shared launcher for the browser tests: Debian's Chromium driven by playwright-core (nothing downloads a browser),
// and a guard that fails the test when the page asks for anything outside this machine.
import { chromium } from 'playwright-core';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export async function openBrowser() {
  const executablePath = process.env.FLEET_CHROMIUM ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
}

/** Records every request of the page; `outside()` lists those that left localhost. */
export function watchRequests(page) {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  return {
    all: () => [...requests],
    outside: () => requests.filter((u) => {
      const url = new URL(u);
      if (url.protocol === 'data:' || url.protocol === 'blob:') return false;
      return !LOCAL_HOSTS.has(url.hostname);
    }),
  };
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs one scenario: prints a JSON line with the outcome and exits 0 only when it passed. */
export async function runScenario(name, scenario) {
  const baseUrl = process.argv[2] ?? 'http://localhost:8080';
  const outDir = process.argv[3] ?? 'target/e2e';
  const browser = await openBrowser();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    // Signed in as the test harness asks: FLEET_SESSION is a session token, set as the console's cookie.
    if (process.env.FLEET_SESSION) {
      await context.addCookies([{ name: 'fleet_session', value: process.env.FLEET_SESSION, url: baseUrl,
        httpOnly: true, sameSite: 'Strict' }]);
    }
    const page = await context.newPage();
    const requests = watchRequests(page);
    await scenario({ page, baseUrl, outDir, check });
    const outside = requests.outside();
    check(outside.length === 0, `requests left localhost: ${outside.join(', ')}`);
    console.log(JSON.stringify({ scenario: name, passed: true, requests: requests.all().length }));
  } catch (e) {
    console.log(JSON.stringify({ scenario: name, passed: false, error: String(e?.stack ?? e) }));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

export const DEMO_PASSWORD = 'fleet-demo-2026';

/**
 * Opens the console at `hash` and signs in as `username` when the platform asks for it (once the security work is
 * deployed); without sign-in on the platform the screens show directly. Returns true when it signed in.
 */
export async function openConsole(page, baseUrl, hash = '#/', username = 'admin', password = DEMO_PASSWORD) {
  await page.goto(baseUrl + '/' + hash);
  await page.waitForSelector('main#screen[data-screen]:not([data-screen=""])', { timeout: 30000 });
  if ((await page.getAttribute('main#screen', 'data-screen')) !== 'sign-in') return false;
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#sign-in-submit');
  await page.waitForSelector('#account', { timeout: 15000 });
  return true;
}
