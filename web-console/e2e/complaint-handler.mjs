// The complaint handler's main flow: trace a plate, time and place (picked on the map) to the car, its trip order
// and the people on it, replay the track; register the hotline complaint and take the case to its end.
// Usage: node e2e/complaint-handler.mjs BASE_URL OUT_DIR PLATE DAY LAT LON TRIP_ID REMINDED_CASE_ID
import { mkdir, writeFile } from 'node:fs/promises';
import { runScenario } from './browser.mjs';

const [plate, day, lat, lon, trip, reminded] = process.argv.slice(4);

await runScenario('complaint-handler', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });

  // tracing while the citizen is on the phone
  await page.goto(`${baseUrl}/#/complaint-trace`);
  await page.waitForSelector('#trace-map img.leaflet-tile-loaded', { timeout: 20000 });
  const map = await page.locator('#trace-map').boundingBox();
  await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
  await page.waitForFunction(() => document.querySelector('#trace-lat').value !== '');
  await page.waitForSelector('#trace-map path.trace-place');
  // the exact place the car passed
  await page.fill('#trace-lat', lat);
  await page.fill('#trace-lon', lon);
  await page.fill('#trace-plate', plate);
  await page.fill('#trace-from', `${day}T09:00`);
  await page.fill('#trace-to', `${day}T09:10`);
  await page.click('#trace-search');
  await page.waitForSelector('#trace-result[data-verdict="THERE"]', { timeout: 20000 });
  const row = page.locator('#trace-result tr.candidate.there');
  check(await row.count() === 1, 'one car was there');
  const tripCell = await row.locator('.trip-cell').textContent();
  // the approver and the dispatcher are whoever signed in for those steps (the test's operator), the requester and
  // the driver are named on the order
  for (const who of [`#${trip}`, '申请人 李科员', '审批人', '调度员', '驾驶员 王师傅']) check(tripCell.includes(who), `the order names ${who}: ${tripCell}`);
  await page.waitForSelector('#trace-replay .replay-timeline');
  await page.waitForSelector('#trace-map path.replay-car');
  await page.click('#trace-replay .replay-play');
  await page.waitForTimeout(800);
  check(await page.getAttribute('#trace-replay', 'data-state') === 'playing', 'the replay plays');
  await page.screenshot({ path: `${outDir}/complaint-trace.png`, fullPage: true });

  // a bad trace is refused naming the field
  await page.fill('#trace-plate', 'A');
  await page.click('#trace-search');
  await page.waitForSelector('#trace-status .problem[data-status="400"]');

  // the case from the hotline
  await page.goto(`${baseUrl}/#/complaints`);
  await page.waitForSelector('#case-table');
  // the deadline reminder of an earlier case, pushed while the list is open (the test sends it once the page listens)
  const reminder = page.locator(`#case-reminders li.reminder[data-id="${reminded}"]`);
  await reminder.waitFor({ timeout: 60000 });
  check((await reminder.textContent()).includes('即将到期'), 'the reminder says the deadline nears');
  check(Number(await page.textContent('#case-reminder-count')) >= 1, 'the reminders are counted');
  await page.locator('#case-reminders').screenshot({ path: `${outDir}/complaint-reminders.png` });
  await page.click(`#case-reminder-ok-${reminded}`);
  check(await reminder.count() === 0, 'an acknowledged reminder goes away');
  await page.click('#new-case summary');
  await page.selectOption('#new-case-channel', 'HOTLINE');
  await page.fill('#new-case-plate', plate);
  await page.fill('#new-case-from', `${day}T09:00`);
  await page.fill('#new-case-to', `${day}T09:10`);
  await page.fill('#new-case-lat', lat);
  await page.fill('#new-case-lon', lon);
  await page.fill('#new-case-place', '会展中心附近');
  await page.fill('#new-case-description', '公车上午九点在景区附近行驶，疑似私用');
  await page.fill('#new-case-contact', '13912345678');
  await page.click('#new-case-save');
  await page.waitForSelector('#case-detail .case[data-state="RECEIVED"]', { timeout: 15000 });
  const id = await page.getAttribute('#case-detail .case', 'data-id');
  await page.waitForSelector('#case-trace #trace-result[data-verdict="THERE"]', { timeout: 20000 });
  await page.waitForSelector('#case-replay .replay-timeline');

  const stepTo = async (action, state, fill) => {
    if (fill) await fill();
    await page.click(`#case-${action}`);
    await page.waitForSelector(`#case-detail .case[data-state="${state}"]`, { timeout: 15000 });
  };
  await stepTo('assign', 'ASSIGNED', () => page.fill('#step-assignee', '刘处理'));
  await stepTo('investigate', 'INVESTIGATING');
  await page.waitForSelector('#case-trace #trace-result');
  check((await page.inputValue('#step-vehicle')) !== '', 'the traced car is proposed as the car concerned');
  check((await page.inputValue('#step-trip')) === trip, 'and its order');
  await stepTo('conclude', 'CONCLUDED', async () => {
    await page.selectOption('#step-outcome', 'SUBSTANTIATED');
    await page.fill('#step-findings', '轨迹与派车单核对：该车当时执行公务派车单，行驶路线偏离');
  });
  await stepTo('reply', 'REPLIED', () => page.fill('#step-reply', '经调查，该车当时执行公务，已要求单位规范行驶路线。'));
  await page.waitForSelector('#case-replay .replay-timeline', { timeout: 20000 });
  await page.screenshot({ path: `${outDir}/complaint-case.png`, fullPage: true });
  await stepTo('close', 'CLOSED', () => page.selectOption('#step-satisfaction', 'BASICALLY_SATISFIED'));
  check(await page.locator('#case-events li').count() >= 6, 'every step is in the trail');
  await page.locator(`#case-table tr[data-id="${id}"]`).waitFor();
  await writeFile(`${outDir}/complaint-handler-id.txt`, id);
});
