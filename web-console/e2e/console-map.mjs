// The console's map: offline base-map tiles load from the platform and show real drawing, the OpenStreetMap
// attribution is visible, a route between two clicks is drawn, and (checked by runScenario) no request leaves localhost.
// Usage: node e2e/console-map.mjs BASE_URL OUT_DIR
import { mkdir } from 'node:fs/promises';
import { runScenario } from './browser.mjs';

await runScenario('console-map', async ({ page, baseUrl, outDir, check }) => {
  await mkdir(outDir, { recursive: true });
  const tiles = { ok: 0, failed: 0 };
  page.on('response', (r) => {
    if (r.url().includes('/api/map/tiles/')) r.status() === 200 ? tiles.ok++ : tiles.failed++;
  });

  await page.goto(baseUrl + '/');
  await page.waitForSelector('#map img.leaflet-tile-loaded', { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  check(tiles.ok > 0, 'tile responses succeeded');
  check(tiles.failed === 0, `${tiles.failed} tile responses failed`);

  // Draw the loaded tiles onto a canvas (same origin, so readable) and count their colours: a blank or broken tile
  // has one or two, a drawn map has many.
  const colours = await page.evaluate(() => {
    const counts = [];
    for (const img of document.querySelectorAll('#map img.leaflet-tile-loaded')) {
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      counts.push(seen.size);
    }
    return counts;
  });
  check(colours.length > 0, 'tiles are in the page');
  check(Math.max(...colours) > 20, `tiles show a drawn map, colours per tile: ${colours.join(',')}`);

  const attribution = page.locator('#map .leaflet-control-attribution');
  check(await attribution.isVisible(), 'the attribution is visible');
  check((await attribution.textContent()).includes('© OpenStreetMap contributors'), 'the attribution credits OpenStreetMap');

  // A road route between two clicks near the middle of the map, zoomed in to street level first.
  for (let i = 0; i < 2; i++) {
    await page.click('#map .leaflet-control-zoom-in');
    await page.waitForTimeout(400);
  }
  await page.waitForLoadState('networkidle');
  check(tiles.failed === 0, `${tiles.failed} tile responses failed after zooming in`);
  const box = await page.locator('#map .map-canvas').boundingBox();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.screenshot({ path: `${outDir}/console-map.png`, fullPage: true });
  const hint = await page.textContent('#map .map-status');
  await page.mouse.click(cx, cy);
  await page.waitForSelector('#map path.leaflet-interactive');
  await page.mouse.click(cx - 120, cy + 20);
  await page.waitForFunction((before) => {
    const status = document.querySelector('#map .map-status');
    return status.dataset.distance || (status.textContent !== before && !status.textContent.endsWith('…'));
  }, hint, { timeout: 15000 });
  const status = await page.textContent('#map .map-status');
  const distance = Number(await page.getAttribute('#map .map-status', 'data-distance'));
  check(distance > 0, `a route was drawn, status: ${status}`);
  check(await page.locator('#map path.route-line').count() === 1, 'the route line is on the map');
  await page.screenshot({ path: `${outDir}/console-map-route.png`, fullPage: true });
});
