// The public complaint form a car's QR code opens: Chinese first, English on request, the plate from the QR code,
// "use my location", a photo, and the case number shown after sending.
// Usage: node e2e/complaint-form.mjs BASE_URL OUT_DIR PLATE DESCRIPTION
import { mkdir, writeFile } from 'node:fs/promises';
import { runScenario } from './browser.mjs';

const plate = process.argv[4] ?? '浙A·D9876';
const description = process.argv[5] ?? '公车停在商场门口';
// a 1×1 PNG
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

await runScenario('complaint-form', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });
  await page.context().grantPermissions(['geolocation'], { origin: baseUrl });
  await page.context().setGeolocation({ latitude: 30.274085, longitude: 120.15507 });
  const opened = Date.now();
  await page.goto(`${baseUrl}/complaint?v=${encodeURIComponent(plate)}`);
  await page.waitForSelector('h1');
  check((await page.textContent('h1')) === '公务用车投诉', 'the form opens in Chinese');
  check((await page.inputValue('#plate')) === plate, 'the plate comes from the QR code');

  await page.click('#lang');
  check((await page.textContent('h1')) === 'Complaint about an official vehicle', 'English on request');
  check((await page.getAttribute('html', 'lang')) === 'en', 'the page language follows the switch');
  await page.click('#lang');
  check((await page.textContent('label[for=plate]')) === '车牌号', 'and back to Chinese');

  await page.click('#locate');
  await page.waitForFunction(() => document.querySelector('#lat').value !== '');
  check(Math.abs(Number(await page.inputValue('#lat')) - 30.274085) < 1e-5, 'my location fills the coordinates');
  await page.fill('#placeText', '武林广场东侧');
  await page.fill('#description', description);
  await page.fill('#contact', '13912345678');
  await page.setInputFiles('#photo', { name: 'car.png', mimeType: 'image/png', buffer: png });
  const trap = await page.locator('#website').boundingBox();
  check(trap === null || trap.x + trap.width <= 0, 'the honeypot is off screen, not for people');
  await page.screenshot({ path: `${outDir}/complaint-form-zh.png`, fullPage: true });

  // a person takes longer than the form's minimum fill time (1 s in tests)
  await page.waitForTimeout(Math.max(0, 1500 - (Date.now() - opened)));
  await page.click('#send');
  await page.waitForSelector('#done:not([hidden])', { timeout: 15000 });
  const id = await page.getAttribute('#done', 'data-id');
  check(/^[0-9]+$/.test(id ?? ''), 'the case number is shown');
  check((await page.textContent('#done')).includes(`投诉编号 ${id}`), 'the thank-you names the case number');
  await page.screenshot({ path: `${outDir}/complaint-form-sent.png`, fullPage: true });
  await writeFile(`${outDir}/complaint-form-id.txt`, id);
});
