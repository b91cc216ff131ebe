// The supervisor's main flow: the alarm queue of a unit, an alarm's evidence with its track replay (play, speed,
// pause, jump on the timeline), a confirmation refused without reason then given with one, closing; a fence drawn on
// the map; a threshold changed; the holiday calendar; the dashboard with its charts and CSV export.
// Usage: node e2e/supervisor.mjs BASE_URL OUT_DIR ORG_ID ALARM_ID PLATE DAY
import { mkdir } from 'node:fs/promises';
import { runScenario } from './browser.mjs';

const [org, alarm, plate, day] = process.argv.slice(4);

await runScenario('supervisor', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });
  const refused = [];
  page.on('response', (r) => { if (r.url().includes('/api/') && r.status() >= 500) refused.push(`${r.status()} ${r.url()}`); });

  // the queue
  await page.goto(`${baseUrl}/#/alarms?org=${org}`);
  const row = page.locator(`#alarm-table tr[data-id="${alarm}"]`);
  await row.waitFor({ timeout: 20000 });
  check((await row.textContent()).includes(plate), 'the queue names the car');
  check((await row.textContent()).includes('无单出车'), 'the rule is named in Chinese');
  // a second car's alarm raised meanwhile (the test feeds it once the page listens) comes without a reload
  await page.waitForSelector('#alarm-table tr.new-alarm', { timeout: 60000 });
  check((await page.textContent('#alarm-new-count')).startsWith('1 '), 'the new alarm is counted');
  check(await page.locator(`#alarm-table tr.new-alarm[data-id="${alarm}"]`).count() === 0, 'only the pushed one is new');
  await page.screenshot({ path: `${outDir}/supervisor-alarms-pushed.png`, fullPage: true });
  await page.selectOption('#alarm-state', 'OPEN');
  await page.click('#alarm-search');
  await row.waitFor();
  check(await page.locator('#alarm-table tr.new-alarm').count() === 1, 'a new alarm stays marked until opened');

  // the evidence and its replay
  await row.click();
  await page.waitForSelector('#alarm-detail .alarm-evidence');
  await page.waitForSelector('#replay .replay-timeline polyline.timeline-speed');
  await page.waitForSelector('#replay-map path.replay-car');
  await page.waitForSelector('#replay-map img.leaflet-tile-loaded', { timeout: 20000 });
  check(await page.locator('#replay .timeline-stop').count() >= 1, 'the timeline shows the stops');
  check(await page.locator('#replay-map path.replay-highlight').count() === 1, 'the alarm period is drawn on the map');
  check((await page.textContent('#alarm-order')).includes('没有已批准的派车单'), 'the absence of an order is stated');
  check((await page.textContent('.alarm-evidence')).includes('minDistanceM'), 'the thresholds are shown');
  const t0 = Number(await page.getAttribute('#replay .replay-readout', 'data-t'));
  await page.click('#replay .replay-play');
  await page.waitForFunction(() => document.querySelector('#replay').dataset.state === 'playing');
  await page.waitForTimeout(1500);
  const t1 = Number(await page.getAttribute('#replay .replay-readout', 'data-t'));
  check(t1 - t0 >= 30_000, `at 60× the replay moved a minute or so in 1.5 s (moved ${(t1 - t0) / 1000} s)`);
  await page.selectOption('#replay .replay-speed', '300');
  await page.waitForTimeout(1000);
  await page.click('#replay .replay-play');
  await page.waitForFunction(() => document.querySelector('#replay').dataset.state !== 'playing');
  const t2 = Number(await page.getAttribute('#replay .replay-readout', 'data-t'));
  check(t2 - t1 >= 150_000, `at 300× a second plays five minutes or more (moved ${(t2 - t1) / 1000} s)`);
  await page.waitForTimeout(500);
  check(Number(await page.getAttribute('#replay .replay-readout', 'data-t')) === t2, 'paused means paused');
  const box = await page.locator('#replay .replay-timeline').boundingBox();
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height / 2);
  const t3 = Number(await page.getAttribute('#replay .replay-readout', 'data-t'));
  check(t3 < t2 && t3 > t0, 'a click on the timeline jumps back');
  await page.locator('#alarm-detail').screenshot({ path: `${outDir}/supervisor-alarm-evidence.png` });

  // review: a confirmation needs a reason
  await page.click('#review-confirm');
  await page.waitForSelector('#review-status .problem[data-status="400"]');
  await page.fill('#review-text', '经核实为私用，已通报');
  await page.click('#review-confirm');
  await page.waitForFunction(() => document.querySelector('#alarm-detail-state')?.textContent === '已确认违规');
  await page.click('#review-close');
  await page.waitForFunction(() => document.querySelector('#alarm-detail-state')?.textContent === '已办结');
  check(await page.locator('#alarm-events li[data-action="CONFIRM"]').count() === 1, 'the confirmation is in the audit trail');
  await page.screenshot({ path: `${outDir}/supervisor-alarms.png`, fullPage: true });

  // a forbidden place drawn as a polygon
  await page.goto(`${baseUrl}/#/geofences?org=${org}`);
  await page.waitForSelector('#fence-map img.leaflet-tile-loaded', { timeout: 20000 });
  await page.click('#fence-draw-polygon');
  const map = await page.locator('#fence-map').boundingBox();
  const cx = map.x + map.width / 2;
  const cy = map.y + map.height / 2;
  for (const [dx, dy] of [[-40, -30], [40, -30], [50, 30], [-30, 40]]) await page.mouse.click(cx + dx, cy + dy);
  await page.click('#fence-finish');
  await page.waitForSelector('#fence-map path.fence-drawn');
  await page.selectOption('#fence-kind', 'FORBIDDEN');
  await page.fill('#fence-name', '高尔夫球场（浏览器测试）');
  await page.selectOption('#fence-category', 'GOLF');
  await page.fill('#fence-active-from', '18:00');
  await page.fill('#fence-active-to', '06:00');
  await page.click('#fence-save');
  await page.waitForSelector('#fence-list li[data-kind="FORBIDDEN"]', { timeout: 15000 });
  check((await page.textContent('#fence-list')).includes('高尔夫球场（浏览器测试）'), 'the fence is listed');
  await page.waitForSelector('#fence-map path.fence-shape');
  await page.screenshot({ path: `${outDir}/supervisor-geofences.png`, fullPage: true });

  // a threshold of the unit's own
  await page.goto(`${baseUrl}/#/supervision-rules?org=${org}`);
  await page.waitForSelector('fieldset[data-key="NO_TRIP"]');
  await page.fill('#setting-NO_TRIP-minDistanceM', '3000');
  await page.click('#setting-NO_TRIP-save');
  await page.waitForSelector('#setting-status .ok');
  await page.waitForFunction(() => document.querySelector('fieldset[data-key="NO_TRIP"] legend').textContent.includes('本单位设置'));
  await page.screenshot({ path: `${outDir}/supervisor-rules.png` });

  // the holiday calendar of this year
  await page.goto(`${baseUrl}/#/holidays`);
  await page.waitForSelector('#calendar-table tbody tr');
  check(await page.locator('#calendar-table tr.holiday').count() > 5, 'the official holidays are listed');
  await page.screenshot({ path: `${outDir}/supervisor-holidays.png` });

  // the dashboard over the day of the alarm
  await page.goto(`${baseUrl}/#/dashboard?org=${org}&from=${day}&to=${day}`);
  // a horizontal line and a zero bar have no height: wait for them to be there, not to be visible
  await page.waitForSelector('#chart-new-energy svg line.target', { state: 'attached' });
  await page.waitForSelector('#chart-by-unit svg rect.bar', { state: 'attached' });
  await page.waitForSelector('#chart-over-time svg polyline.line', { state: 'attached' });
  check(Number(await page.textContent('#kpi-alarms .kpi-value')) >= 1, 'the alarm counts on the dashboard');
  check((await page.getAttribute('#dash-export-units', 'href')).startsWith('/api/evaluation/units?'), 'the units export is the evaluation\'s');
  const units = await page.evaluate(async (href) => (await fetch(href)).status, await page.getAttribute('#dash-export-units', 'href'));
  check(units === 200, `the evaluation's CSV downloads (${units})`);
  check((await page.getAttribute('#dash-export-days', 'href')).startsWith('blob:'), 'the per-day CSV is made in the page');
  check(await page.locator('#dash-unit-table tr.total').count() === 1, 'the table has its total');
  await page.screenshot({ path: `${outDir}/dashboard.png`, fullPage: true });
  check(refused.length === 0, `server errors: ${refused.join(', ')}`);
});
