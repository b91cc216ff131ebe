// The dispatcher's main flow: sign in (when the platform asks), pick the urgent request from the queue, read the
// solver's proposals, assign one with a click, drag the request onto another car (broken rules shown first, then
// confirmed), see the car board and the live map, and plan the day; a request whose pickup is off the map is
// proposed as "unreachable"; the dashboards work for a dispatcher. No request may leave localhost.
// Usage: node e2e/console-dispatcher.mjs BASE_URL OUT_DIR REQUEST_ID ORG_ID OFF_MAP_REQUEST_ID
import { mkdir, writeFile } from 'node:fs/promises';
import { openConsole, runScenario } from './browser.mjs';

const [requestId, orgId, offMapId] = process.argv.slice(4);

await runScenario('console-dispatcher', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });
  await openConsole(page, baseUrl, '#/dispatch', 'dispatcher');
  check(await page.locator('nav#nav a[data-screen="dispatch"]').count() === 1, 'the dispatcher navigation lists the dispatch desk');
  check(await page.locator('nav#nav a[data-screen="admin-orgs"]').count() === 0
    || await page.locator('#open-mode').count() === 1, 'a dispatcher sees no administrator screens');

  // The queue, most urgent first: our emergency heads it.
  const card = page.locator(`#waiting li[data-request="${requestId}"]`);
  await card.waitFor({ timeout: 20000 });
  check((await page.locator('#waiting li.req').first().getAttribute('class')).includes('cat-EMERGENCY'), 'an emergency heads the queue');
  await card.click();
  await page.waitForSelector('#proposals ol.proposals > li', { timeout: 30000 });
  const proposals = await page.locator('#proposals ol.proposals > li').count();
  check(proposals >= 2, `the solver proposed cars (${proposals})`);
  check((await page.locator('#proposals ol.proposals > li').first().locator('ul.reasons li').count()) > 0, 'proposals come with reasons');
  await page.screenshot({ path: `${outDir}/dispatcher-proposals.png`, fullPage: true });

  // One-click assign; if the server answers with broken rules they are shown and may be overridden.
  const first = page.locator('#proposals ol.proposals > li').first();
  const firstVehicle = await first.getAttribute('data-vehicle');
  await first.locator('button.assign').click();
  await page.waitForSelector('#assigned-ok, #proposals .problem', { timeout: 15000 });
  if (await page.locator('#proposals button.override').count()) await page.click('#proposals button.override');
  await page.waitForSelector(`#assigned-ok[data-request="${requestId}"]`, { timeout: 15000 });
  check((await page.getAttribute('#assigned-ok', 'data-vehicle')) === firstVehicle, 'assigned to the proposed car');

  // Drag the now assigned request onto another car: the check runs before anything changes.
  const assigned = page.locator(`#assigned li[data-request="${requestId}"]`);
  await assigned.waitFor();
  const target = page.locator(`#drop-cars li[data-vehicle]:not([data-vehicle="${firstVehicle}"])`).first();
  const targetVehicle = await target.getAttribute('data-vehicle');
  await assigned.dragTo(target);
  await page.waitForSelector(`#reassign[data-vehicle="${targetVehicle}"] :is(.breaks ul, .no-breaks)`, { timeout: 15000 });
  const breaks = await page.locator('#reassign .breaks li').allTextContents();
  await page.screenshot({ path: `${outDir}/dispatcher-reassign.png`, fullPage: true });
  await page.click('#reassign-confirm');
  await page.waitForSelector(`#assigned-ok[data-vehicle="${targetVehicle}"]`, { timeout: 15000 });
  await writeFile(`${outDir}/console-dispatcher.json`, JSON.stringify({ firstVehicle: Number(firstVehicle), targetVehicle: Number(targetVehicle), breaks }));

  // The board shows the car with its driver now.
  await page.click('nav#nav a[data-screen="vehicle-board"]');
  await page.waitForSelector(`#board tr[data-vehicle="${targetVehicle}"] td.driver:not(:empty)`, { timeout: 15000 });
  await page.screenshot({ path: `${outDir}/dispatcher-board.png`, fullPage: true });

  // The live map: the snapshot, then the push stream, drawn on the canvas.
  await page.click('nav#nav a[data-screen="live-map"]');
  await page.waitForSelector('#stream-state[data-open="true"]', { timeout: 20000 });
  await page.waitForFunction(() => Number(document.querySelector('#live-status')?.dataset.vehicles) > 0, null, { timeout: 30000 });
  const before = Number(await page.getAttribute('#live-status', 'data-updates'));
  await page.waitForFunction((n) => Number(document.querySelector('#live-status')?.dataset.updates) > n, before, { timeout: 30000 });

  // The day plan as a timeline per vehicle.
  await page.click('nav#nav a[data-screen="day-plan"]');
  await page.waitForSelector('#plan-org option', { state: 'attached' });
  if (orgId) await page.selectOption('#plan-org', orgId);
  await page.click('#plan-start');
  await page.waitForSelector('#plan-summary', { timeout: 30000 });
  if ((await page.getAttribute('#plan-summary', 'data-status')) === 'SOLVING') await page.click('#plan-stop');
  await page.waitForSelector('#plan-summary:not([data-status="SOLVING"])', { timeout: 60000 });
  await page.waitForSelector('#plan-timeline .tl-row[data-vehicle] .tl-stop', { timeout: 15000 });
  await page.screenshot({ path: `${outDir}/dispatcher-day-plan.png`, fullPage: true });

  // A pickup no road of the map reaches: the proposals say so instead of a distance of a million km.
  await page.click('nav#nav a[data-screen="dispatch"]');
  const offMap = page.locator(`#waiting li[data-request="${offMapId}"]`);
  await offMap.waitFor({ timeout: 20000 });
  await offMap.click();
  await page.waitForSelector('#proposals ol.proposals > li', { timeout: 30000 });
  const distances = await page.locator('#proposals ol.proposals > li .distance').allTextContents();
  check(distances.length > 0 && distances.every((d) => d.includes('无路可达')), `an off-map pickup is unreachable: ${distances.join(' | ')}`);
  check(distances.every((d) => !/\d{4,}/.test(d)), 'no stand-in distance is shown');
  check(await page.locator('#proposals li[data-rule="unreachable"]').count() > 0, 'the break names the missing road');
  await page.screenshot({ path: `${outDir}/dispatcher-unreachable.png`, fullPage: true });

  // The dashboards: per-unit figures come from the evaluation, which a dispatcher may read; the per-day lines need
  // the alarm and complaint lists, which a dispatcher may not: the page says so instead of failing.
  await page.goto(`${baseUrl}/#/dashboard?org=${orgId}`);
  await page.waitForSelector('#dash-unit-table tr.total', { timeout: 30000 });
  check(await page.locator('#dashboard-status .problem').count() === 0, 'the dashboard is not refused');
  check(await page.locator('#chart-over-time-none').count() === 1, 'the per-day lines are left out, with a note');
});
