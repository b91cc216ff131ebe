// Frame time of the live map with many moving vehicles, in Debian's Chromium against a running dispatch-service.
// The positions go through the service's real live path: written to the live hash ({P}live, the snapshot) and
// published on {P}live-updates, which every instance fans out to /api/live/stream (exactly what ingest does after
// storing a terminal's report). Each vehicle moves along a straight line inside the base map and reports every
// INTERVAL seconds. The page is measured with requestAnimationFrame for SECONDS; the canvas draw time is read too.
//
// Usage: node bench/live-map-frames.mjs BASE_URL REDIS_URL PREFIX [VEHICLES=1000] [INTERVAL_S=1] [SECONDS=30]
// Prints one JSON line; removes its vehicles from the live hash afterwards.
import net from 'node:net';
import { DEMO_PASSWORD, openBrowser, openConsole } from '../e2e/browser.mjs';

const [baseUrl = 'http://localhost:8080', redisUrl = 'redis://localhost:6379', prefix = 'fleet:', vehiclesArg = '1000',
  intervalArg = '1', secondsArg = '30'] = process.argv.slice(2);
const VEHICLES = Number(vehiclesArg);
const INTERVAL = Number(intervalArg);
const SECONDS = Number(secondsArg);
const FIRST_ID = 9_000_000;

/** A minimal RESP client: enough for HSET, HDEL and PUBLISH, pipelined. */
function redis(url) {
  const u = new URL(url);
  const socket = net.connect(Number(u.port || 6379), u.hostname);
  let pending = 0;
  socket.on('data', (d) => {
    const text = d.toString();
    if (text.startsWith('-')) console.error('redis:', text.trim());
    pending -= (text.match(/\r\n/g) || []).length;
  });
  const encode = (args) => `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(String(a))}\r\n${a}\r\n`).join('')}`;
  return {
    send: (...args) => {
      pending++;
      socket.write(encode(args));
    },
    ready: () => new Promise((res) => socket.once('connect', res)),
    close: () => socket.end(),
  };
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

// The positions carry the organisation path of the account the page signs in as: the live stream shows a caller only
// the cars of its own subtree.
const USER = process.env.FLEET_BENCH_USER ?? 'dispatcher';
const signIn = await fetch(`${baseUrl}/api/auth/sign-in`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: USER, password: process.env.FLEET_BENCH_PASSWORD ?? DEMO_PASSWORD }),
});
if (!signIn.ok) throw new Error(`sign-in as ${USER}: HTTP ${signIn.status}`);
const { token } = await signIn.json();
const ORG_PATH = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).orgPath;
const info = await (await fetch(`${baseUrl}/api/map/info`, { headers: { authorization: `Bearer ${token}` } })).json();
const [minLat, minLon, maxLat, maxLon] = info.bounds;
const rnd = (() => {
  let s = 42;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
})();
const cars = Array.from({ length: VEHICLES }, (_, i) => ({
  id: FIRST_ID + i,
  plate: `浙A·B${String(i).padStart(4, '0')}`,
  lat: minLat + rnd() * (maxLat - minLat),
  lon: minLon + rnd() * (maxLon - minLon),
  dLat: (rnd() - 0.5) * 0.0006,
  dLon: (rnd() - 0.5) * 0.0006,
}));
const position = (c, t) => JSON.stringify({
  fixTimeMillis: t, vehicleId: c.id, plate: c.plate, orgPath: ORG_PATH, phone: String(13_900_000_000 + c.id), latitude: c.lat,
  longitude: c.lon, speedKmh: 30 + (c.id % 40), course: 90, altitudeM: 10, acc: true, alarmBits: 0, statusBits: 0,
  fixTime: new Date(t).toISOString(), serverTime: new Date(t).toISOString(), backfill: false,
});
const move = (c) => {
  c.lat += c.dLat;
  c.lon += c.dLon;
  if (c.lat < minLat || c.lat > maxLat) c.dLat = -c.dLat;
  if (c.lon < minLon || c.lon > maxLon) c.dLon = -c.dLon;
};

const r = redis(redisUrl);
await r.ready();
const now = Date.now();
for (const c of cars) r.send('HSET', `${prefix}live`, String(c.id), position(c, now));

// Each tick (100 ms) a tenth of the INTERVAL's share of cars report.
let published = 0;
let cursor = 0;
const perTick = Math.max(1, Math.round(VEHICLES / (INTERVAL * 10)));
const ticker = setInterval(() => {
  const t = Date.now();
  for (let k = 0; k < perTick; k++) {
    const c = cars[cursor];
    cursor = (cursor + 1) % cars.length;
    move(c);
    const json = position(c, t);
    r.send('HSET', `${prefix}live`, String(c.id), json);
    r.send('PUBLISH', `${prefix}live-updates`, json);
    published++;
  }
}, 100);

const browser = await openBrowser();
let result;
try {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 900 } })).newPage();
  await openConsole(page, baseUrl, '#/live-map', USER, process.env.FLEET_BENCH_PASSWORD ?? DEMO_PASSWORD);
  await page.waitForFunction((n) => Number(document.querySelector('#live-status')?.dataset.vehicles) >= n, VEHICLES, { timeout: 60000 });
  await page.waitForTimeout(2000);
  const publishedBefore = published;
  const measured = await page.evaluate(async (seconds) => {
    const live = window.fleetLiveMap;
    const drawsBefore = live.layer.drawMillis.length;
    const updatesBefore = live.store.updates;
    const receivedBefore = live.counts.received;
    const errorsBefore = live.counts.errors;
    const frames = [];
    let last = performance.now();
    const end = last + seconds * 1000;
    await new Promise((done) => {
      const tick = (t) => {
        frames.push(t - last);
        last = t;
        if (t < end) requestAnimationFrame(tick);
        else done();
      };
      requestAnimationFrame(tick);
    });
    return { frames, draws: live.layer.drawMillis.slice(drawsBefore), updates: live.store.updates - updatesBefore, drawn: live.layer.drawnCount,
      received: live.counts.received - receivedBefore, streamErrors: live.counts.errors - errorsBefore };
  }, SECONDS);
  await page.screenshot({ path: process.env.FLEET_BENCH_SCREENSHOT ?? 'target/live-map-bench.png' });
  const frames = measured.frames.slice(1).sort((a, b) => a - b);
  const draws = measured.draws.sort((a, b) => a - b);
  result = {
    vehicles: VEHICLES, drawnOnScreen: measured.drawn, reportIntervalSeconds: INTERVAL, seconds: SECONDS,
    positionsPublished: published - publishedBefore, positionsReceived: measured.received, positionsApplied: measured.updates,
    streamErrors: measured.streamErrors,
    frames: frames.length, frameMs: { p50: +percentile(frames, 50).toFixed(2), p95: +percentile(frames, 95).toFixed(2), p99: +percentile(frames, 99).toFixed(2), max: +frames[frames.length - 1].toFixed(2) },
    draws: draws.length, drawMs: { p50: +percentile(draws, 50).toFixed(2), p95: +percentile(draws, 95).toFixed(2), max: +draws[draws.length - 1].toFixed(2) },
  };
} finally {
  clearInterval(ticker);
  await browser.close();
  for (const c of cars) r.send('HDEL', `${prefix}live`, String(c.id));
  await new Promise((res) => setTimeout(res, 500));
  r.close();
}
console.log(JSON.stringify(result));
