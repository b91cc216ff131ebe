// A whole trip on phone-sized screens: a requester asks for a car, an approver approves, the dispatcher assigns
// (through dispatch-service's API, as the console would), the driver sees the assignment pushed, accepts, runs the
// trip — one step taken without signal and sent on reconnect — and completes; the requester sees it and rates it.
// Usage: node e2e/mobile-trip.mjs MOBILE_URL OUT_DIR DISPATCH_URL REQUESTER APPROVER DRIVER PASSWORD VEHICLE_ID DRIVER_ID
import { mkdir } from 'node:fs/promises';
import { openBrowser, watchRequests, check } from '../../web-console/e2e/browser.mjs';

const [base, outDir, dispatchUrl, requesterUser, approverUser, driverUser, password, vehicleId, driverId] = process.argv.slice(2);

// The dispatcher's calls carry a session token (FLEET_DISPATCH_TOKEN), as the signed-in console's would.
function dispatchFetch(url, init = {}) {
  const headers = { ...(init.headers ?? {}), Authorization: `Bearer ${process.env.FLEET_DISPATCH_TOKEN}` };
  return fetch(url, { ...init, headers });
}
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN',
  geolocation: { latitude: 43.7370, longitude: 7.4200 }, permissions: ['geolocation'] };

async function phone(browser, username, watched) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  watched.push(watchRequests(page));
  page.on('pageerror', (e) => pageErrors.push(`${username}: ${e}`));
  await page.goto(base + '/');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#sign-in button[type=submit]');
  await page.waitForSelector('#who');
  return { context, page };
}

async function openTrip(page, id) {
  await page.click(`.card.trip[data-trip="${id}"]`);
  await page.waitForSelector(`#trip`);
}

async function stepAndWait(page, step, state, phase) {
  const reached = ([s, p]) => {
    const el = document.querySelector('#trip');
    return el && el.dataset.state === s && (!p || el.dataset.phase === p) && document.getElementById('net').dataset.pending === '0';
  };
  // A push may redraw the screen in the middle of a tap, and then no click happens (a person taps again). Tap again
  // only while nothing is waiting to be sent; a second tap of a step already taken would be refused by the server.
  for (let attempt = 0; ; attempt++) {
    const button = `#steps button[data-step="${step}"]`;
    if (attempt === 0 || await page.$(button)) await page.click(button);
    try {
      await page.waitForFunction(reached, [state, phase], { timeout: attempt < 2 ? 5000 : 15000 });
      return;
    } catch (e) {
      if (attempt >= 2) throw e;
    }
  }
}

const browser = await openBrowser();
const watched = [];
const pageErrors = [];
try {
  await mkdir(outDir, { recursive: true });
  const requester = await phone(browser, requesterUser, watched);
  const r = requester.page;
  check((await r.textContent('h1')) === '公务用车', 'the app opens in Chinese');
  check(await r.evaluate(() => navigator.serviceWorker.getRegistration().then((x) => !!x || navigator.serviceWorker.ready.then(() => true))),
    'a service worker makes the app installable and usable offline');
  const manifest = await (await r.request.get(base + '/manifest.json')).json();
  check(manifest.display === 'standalone' && manifest.start_url === '/', 'the manifest makes it installable');

  // The requester asks for a car.
  await r.click('#open-request');
  await r.fill('#new-request input[name=pickupPlace]', '市民中心');
  await r.fill('#new-request input[name=pickupLon]', '7.4200');
  await r.fill('#new-request input[name=pickupLat]', '43.7370');
  await r.fill('#new-request input[name=destination]', '会展中心');
  await r.fill('#new-request input[name=destLon]', '7.4260');
  await r.fill('#new-request input[name=destLat]', '43.7400');
  await r.fill('#new-request input[name=passengers]', '2');
  await r.click('#new-request button[type=submit]');
  await r.waitForSelector('.card.trip[data-state="SUBMITTED"]', { timeout: 15000 });
  const id = await r.getAttribute('.card.trip', 'data-trip');
  await r.screenshot({ path: `${outDir}/mobile-requester-submitted.png` });

  // The approver approves it from the phone.
  const approver = await phone(browser, approverUser, watched);
  const a = approver.page;
  await a.waitForSelector(`.card.trip[data-trip="${id}"]`, { timeout: 15000 });
  await openTrip(a, id);
  await a.click('#steps button[data-step="approve"]');
  await a.waitForFunction(() => document.getElementById('net').dataset.pending === '0');

  // The driver is signed in when the dispatcher assigns: the assignment arrives by push, no reload.
  const driver = await phone(browser, driverUser, watched);
  const d = driver.page;
  await r.waitForSelector(`.card.trip[data-trip="${id}"][data-state="APPROVED"]`, { timeout: 15000 });
  const current = await (await dispatchFetch(`${dispatchUrl}/api/trip-requests/${id}`)).json();
  const assigned = await dispatchFetch(`${dispatchUrl}/api/trip-requests/${id}/assign`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ actor: '张调度', version: current.version, vehicleId: Number(vehicleId), driverId: Number(driverId), confirmBreaks: true }) });
  check(assigned.ok, `the dispatcher assigned the trip (${assigned.status})`);
  await d.waitForSelector(`.card.trip[data-trip="${id}"][data-state="SCHEDULED"]`, { timeout: 10000 });
  await d.waitForFunction(() => document.getElementById('toast').textContent.includes('新任务'));
  await d.screenshot({ path: `${outDir}/mobile-driver-assigned.png` });

  await openTrip(d, id);
  await stepAndWait(d, 'accept', 'ACCEPTED');
  await d.fill('#steps input[name=odometerKm]', '1000.5');
  await d.fill('#steps input[name=energyPercent]', '90');
  await stepAndWait(d, 'start', 'UNDER_WAY', 'DEPARTED');
  await stepAndWait(d, 'at-pickup', 'UNDER_WAY', 'AT_PICKUP');

  // In a tunnel: the step is kept and shown as waiting, then sent when the signal is back.
  await driver.context.setOffline(true);
  await d.click('#steps button[data-step="aboard"]');
  await d.waitForFunction(() => document.getElementById('net').dataset.pending === '1');
  await d.screenshot({ path: `${outDir}/mobile-driver-offline.png` });
  const whileOffline = await (await dispatchFetch(`${dispatchUrl}/api/trip-requests/${id}`)).json();
  check(whileOffline.phase === 'AT_PICKUP', 'nothing reached the server while offline');
  await driver.context.setOffline(false);
  await d.evaluate(() => window.dispatchEvent(new Event('online')));
  await d.waitForFunction(() => document.getElementById('net').dataset.pending === '0', null, { timeout: 15000 });
  const afterReconnect = await (await dispatchFetch(`${dispatchUrl}/api/trip-requests/${id}`)).json();
  check(afterReconnect.phase === 'ABOARD', `the queued step was applied on reconnect (phase ${afterReconnect.phase})`);

  // A push may redraw the screen between the mouse going down and up, and then no click happens at all (a person
  // taps again). Tap until the expense is queued or recorded, never while one is still waiting to be sent.
  for (let attempt = 0; attempt < 3; attempt++) {
    await d.fill('#expense input[name=amount]', '8');
    await d.click('#expense button[type=submit]');
    await d.waitForFunction(() => document.getElementById('net').dataset.pending === '0');
    const now = await (await dispatchFetch(`${dispatchUrl}/api/trip-requests/${id}`)).json();
    if (now.events.some((e) => e.action === 'EXPENSE')) break;
  }
  await stepAndWait(d, 'arrive', 'UNDER_WAY', 'ARRIVED');
  await d.fill('#steps input[name=odometerKm]', '1012');
  await stepAndWait(d, 'complete', 'COMPLETED');

  // The requester sees the completed trip (pushed) and rates it.
  await r.waitForSelector(`.card.trip[data-trip="${id}"][data-state="COMPLETED"]`, { timeout: 10000 });
  await openTrip(r, id);
  await r.click('#rate button[data-rating="5"]');
  await r.waitForFunction(() => document.getElementById('net').dataset.pending === '0');
  const done = await (await dispatchFetch(`${dispatchUrl}/api/trip-requests/${id}`)).json();
  check(done.state === 'EVALUATED' && done.rating === 5, `the trip is rated (${done.state}, ${done.rating})`);
  const actions = done.events.map((e) => e.action).join(',');
  check(actions === 'SUBMIT,APPROVE,ASSIGN,ACCEPT,START,AT_PICKUP,ABOARD,EXPENSE,ARRIVE,COMPLETE,EVALUATE', `one of each step: ${actions}`);
  check(done.events[3].details?.lat === 43.737, 'the acceptance carries the phone position');

  // English on request.
  await r.click('#lang');
  await r.waitForFunction(() => document.querySelector('h1').textContent === 'Official cars');
  await r.screenshot({ path: `${outDir}/mobile-requester-rated-en.png` });

  check(pageErrors.length === 0, `script errors: ${pageErrors.join('; ')}`);
  const outside = watched.flatMap((w) => w.outside());
  check(outside.length === 0, `requests left localhost: ${outside.join(', ')}`);
  console.log(JSON.stringify({ scenario: 'mobile-trip', passed: true, trip: Number(id) }));
} catch (e) {
  console.log(JSON.stringify({ scenario: 'mobile-trip', passed: false, error: String(e?.stack ?? e) }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
