// The administrator's main flow: add an organisation, register a car and its terminal and watch the terminal come
// online (the test connects a real simulated terminal once it is registered), register a driver, create an account,
// read the settings; in the vehicle registry set the unit's quota, request a purchase, approve it for the bureau above
// and register the car bought. Each form is first sent wrong, and the refusal must name the field.
// Usage: node e2e/console-admin.mjs BASE_URL OUT_DIR PARENT_ORG_ID TERMINAL_PHONE PLATE SUFFIX BOUGHT_PLATE
import { mkdir } from 'node:fs/promises';
import { openConsole, runScenario } from './browser.mjs';

const [parentId, phone, plate, suffix, boughtPlate] = process.argv.slice(4);

async function submitWrongThenRight(page, check, formId, wrong, right, field) {
  for (const [name, value] of Object.entries(wrong)) await fill(page, formId, name, value);
  await page.click(`#${formId} button[type=submit]`);
  await page.waitForSelector(`#${formId} .problem`, { timeout: 15000 });
  check(await page.locator(`#${formId} .problem [data-field$="${field}"], #${formId} label.invalid[data-field="${field}"]`).count() > 0,
    `the refusal of ${formId} names ${field}: ${await page.textContent(`#${formId} .problem`)}`);
  for (const [name, value] of Object.entries(right)) await fill(page, formId, name, value);
  await page.click(`#${formId} button[type=submit]`);
}

async function fill(page, formId, name, value) {
  const input = page.locator(`#${formId} [name="${name}"]`);
  const tag = await input.evaluate((e) => e.tagName + (e.type ? ':' + e.type : ''));
  if (tag.startsWith('SELECT')) await input.selectOption(String(value));
  else if (tag === 'INPUT:checkbox') await input.setChecked(Boolean(value));
  else await input.fill(String(value));
}

await runScenario('console-admin', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });
  await openConsole(page, baseUrl, '#/admin-orgs', 'admin');
  for (const s of ['admin-orgs', 'admin-accounts', 'admin-fleet', 'admin-drivers', 'admin-settings', 'admin-registry']) {
    check(await page.locator(`nav#nav a[data-screen="${s}"]`).count() === 1, `the administrator navigation lists ${s}`);
  }

  // An organisation under the test's bureau.
  const code = `E2E-${suffix}`;
  await page.waitForSelector('#new-org');
  await submitWrongThenRight(page, check, 'new-org', { code, name: '', kind: 'UNIT', parentId },
    { name: `测试科室${suffix}` }, 'name');
  await page.waitForSelector(`#org-tree li[data-org-code="${code}"]`, { timeout: 15000 });
  const orgId = await page.getAttribute(`#org-tree li[data-org-code="${code}"]`, 'data-org-id');
  await page.screenshot({ path: `${outDir}/admin-organisations.png`, fullPage: true });

  // A car, then its terminal; the terminal comes online when the test's simulated terminal connects.
  await page.click('nav#nav a[data-screen="admin-fleet"]');
  await page.waitForSelector('#new-vehicle');
  await submitWrongThenRight(page, check, 'new-vehicle',
    { orgId, plate, kind: 'SEDAN', seats: '0', energy: 'NEW_ENERGY', batteryRangeKm: '420', pool: 'GENERAL' }, { seats: '5' }, 'seats');
  await page.waitForSelector(`#vehicles tr[data-plate="${plate}"]`, { timeout: 15000 });
  const vehicleId = await page.getAttribute(`#vehicles tr[data-plate="${plate}"]`, 'data-vehicle');
  await page.waitForSelector(`#new-terminal select[name=vehicleId] option[value="${vehicleId}"]`, { state: 'attached' });
  await submitWrongThenRight(page, check, 'new-terminal', { phone: '13x-abc', vehicleId, enabled: true, maker: 'FLEET', model: 'T808' },
    { phone }, 'phone');
  await page.waitForSelector(`#terminals tr[data-phone="${phone}"]`, { timeout: 15000 });
  await page.waitForSelector(`#terminals tr[data-phone="${phone}"][data-online="true"]`, { timeout: 90000 });
  await page.screenshot({ path: `${outDir}/admin-vehicles-terminals.png`, fullPage: true });

  // A driver.
  await page.click('nav#nav a[data-screen="admin-drivers"]');
  await page.waitForSelector('#new-driver');
  const driverPhone = `139${suffix.replace(/\D/g, '').padEnd(8, '7').slice(0, 8)}`;
  await submitWrongThenRight(page, check, 'new-driver', { orgId, name: `司机${suffix}`, phone: '123', licenceClass: 'C1' },
    { phone: driverPhone }, 'phone');
  await page.waitForSelector(`#drivers tr[data-phone="${driverPhone}"]`, { timeout: 15000 });
  await page.screenshot({ path: `${outDir}/admin-drivers.png`, fullPage: true });

  // An account of the new organisation.
  await page.click('nav#nav a[data-screen="admin-accounts"]');
  await page.waitForSelector('#new-account');
  const username = `e2e.${suffix}`;
  await submitWrongThenRight(page, check, 'new-account',
    { username, displayName: `测试用户${suffix}`, role: 'REQUESTER', orgId, password: 'short' }, { password: 'a-long-enough-password' }, 'password');
  await page.waitForSelector(`#accounts tr[data-username="${username}"]`, { timeout: 15000 });
  await page.screenshot({ path: `${outDir}/admin-accounts.png`, fullPage: true });

  // Settings as they apply to the new organisation.
  await page.click('nav#nav a[data-screen="admin-settings"]');
  await page.waitForSelector('#settings-org option', { state: 'attached' });
  await page.selectOption('#settings-org', orgId);
  await page.waitForSelector('#settings tr[data-key]', { timeout: 15000 });
  await page.screenshot({ path: `${outDir}/admin-settings.png`, fullPage: true });

  // The registry: a quota of two general-pool cars for the unit (it holds the car above), decided for the bureau.
  await page.click('nav#nav a[data-screen="admin-registry"]');
  await page.waitForSelector('#registry-quota-form');
  await page.selectOption('#registry-acting-for', parentId);
  await submitWrongThenRight(page, check, 'registry-quota-form', { orgId, pool: 'GENERAL', quota: '-1' }, { orgId, pool: 'GENERAL', quota: '2' }, 'quota');
  const quotaRow = page.locator(`#registry-quotas tr[data-org="${orgId}"][data-pool="GENERAL"]`);
  await page.waitForFunction((sel) => document.querySelector(sel)?.querySelectorAll('td')[2]?.textContent?.trim() === '2',
    `#registry-quotas tr[data-org="${orgId}"][data-pool="GENERAL"]`, { timeout: 15000 });
  check((await quotaRow.locator('td').nth(3).textContent()).trim() === '1', 'the unit holds the car registered above');
  check((await quotaRow.locator('td').nth(5).textContent()).trim() === '1', 'one place is free');

  // A purchase request, sent first without its reason; then approved and the car bought registered.
  await page.selectOption('#registry-kind', 'PURCHASE');
  await submitWrongThenRight(page, check, 'registry-request-form',
    { orgId, pool: 'GENERAL', vehicleKind: 'SEDAN', seats: '5', energy: 'NEW_ENERGY', reason: '' }, { orgId, pool: 'GENERAL', vehicleKind: 'SEDAN', seats: '5', energy: 'NEW_ENERGY', reason: '新增一辆新能源轿车用于日常公务' }, 'reason');
  const requested = page.locator('#registry-requests tr[data-kind="PURCHASE"][data-state="REQUESTED"]').first();
  await requested.waitFor({ timeout: 15000 });
  const requestId = await requested.getAttribute('data-request');
  const row = (state) => page.locator(`#registry-requests tr[data-request="${requestId}"][data-state="${state}"]`);
  await row('REQUESTED').locator('button.approve').click();
  await page.waitForSelector(`#registry-requests tr[data-request="${requestId}"] .problem`, { timeout: 15000 });
  check(await page.locator(`#registry-requests tr[data-request="${requestId}"] .problem [data-field$="reason"]`).count() > 0,
    'an approval without a reason is refused naming the reason');
  await row('REQUESTED').locator('input[name=decisionReason]').fill('编制内，同意购置');
  await row('REQUESTED').locator('button.approve').click();
  await row('APPROVED').waitFor({ timeout: 15000 });
  check((await quotaRow.locator('td').nth(4).textContent()).trim() === '1', 'the approved purchase reserves its place');
  await row('APPROVED').locator('input[name=plate]').fill(boughtPlate);
  await row('APPROVED').locator('button.register').click();
  await page.waitForSelector(`#registry-requests tr[data-request="${requestId}"] .problem`, { timeout: 15000 });
  check(await page.locator(`#registry-requests tr[data-request="${requestId}"] .problem [data-field$="batteryRangeKm"]`).count() > 0,
    'a new-energy car is refused without its battery range, naming it');
  await row('APPROVED').locator('input[name=batteryRangeKm]').fill('410');
  await row('APPROVED').locator('button.register').click();
  await row('COMPLETED').waitFor({ timeout: 15000 });
  check(await row('COMPLETED').locator('.new-vehicle').count() === 1, 'the completed purchase names the car bought');
  await page.waitForFunction((sel) => document.querySelector(sel)?.querySelectorAll('td')[3]?.textContent?.trim() === '2',
    `#registry-quotas tr[data-org="${orgId}"][data-pool="GENERAL"]`, { timeout: 15000 });
  await page.screenshot({ path: `${outDir}/admin-registry.png`, fullPage: true });
});
