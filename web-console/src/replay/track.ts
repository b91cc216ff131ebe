// A track to replay: timed samples with speed, and the stops around them. Pure functions, so the replay's timing
// and positions are tested without a browser.

export interface Sample {
  t: number; // epoch milliseconds
  lat: number;
  lon: number;
  speedKmh: number;
}

export interface Stop {
  start: number;
  end: number;
  lat: number;
  lon: number;
}

/** A GeoJSON Feature as the track API (times, speedsKmh) or an alarm's evidence (times only) gives it. */
export interface TrackFeature {
  geometry: { type: string; coordinates: unknown };
  properties?: { times?: string[]; speedsKmh?: number[] };
}

const EARTH_M = 6_371_008.8;

export function distanceM(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad;
  const dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Samples of a feature in time order. Without reported speeds (the evidence's thinned line) the speed is the
 * distance to the previous point over the time between them.
 */
export function samplesOf(feature: TrackFeature | null | undefined): Sample[] {
  if (!feature?.geometry) return [];
  const times = feature.properties?.times ?? [];
  const speeds = feature.properties?.speedsKmh;
  const raw = feature.geometry.type === 'Point'
    ? [feature.geometry.coordinates as number[]]
    : (feature.geometry.coordinates as number[][]);
  const samples: Sample[] = [];
  raw.forEach((c, i) => {
    const t = Date.parse(times[i] ?? '');
    if (!Number.isFinite(t)) return;
    samples.push({ t, lat: c[1], lon: c[0], speedKmh: speeds?.[i] ?? NaN });
  });
  samples.sort((a, b) => a.t - b.t);
  for (let i = 0; i < samples.length; i++) {
    if (!Number.isNaN(samples[i].speedKmh)) continue;
    const prev = samples[i - 1];
    const s = samples[i];
    samples[i] = { ...s, speedKmh: prev && s.t > prev.t ? (distanceM(prev.lat, prev.lon, s.lat, s.lon) / ((s.t - prev.t) / 1000)) * 3.6 : 0 };
  }
  return samples;
}

/** Index of the last sample at or before t (-1 before the first). */
export function indexAt(samples: Sample[], t: number): number {
  let lo = 0;
  let hi = samples.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (samples[mid].t <= t) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Where the car was at t: interpolated between the reports around it, held at the ends. */
export function positionAt(samples: Sample[], t: number): Sample | null {
  if (!samples.length) return null;
  const i = indexAt(samples, t);
  if (i < 0) return { ...samples[0], t };
  if (i >= samples.length - 1) return { ...samples[samples.length - 1], t };
  const a = samples[i];
  const b = samples[i + 1];
  const f = b.t === a.t ? 0 : (t - a.t) / (b.t - a.t);
  return { t, lat: a.lat + (b.lat - a.lat) * f, lon: a.lon + (b.lon - a.lon) * f, speedKmh: a.speedKmh };
}

/** Stops from the movements API (kind STOP) or the alarm's evidence (start, end, latitude, longitude). */
export function stopsOf(rows: { kind?: string; start: string; end: string; latitude?: number; longitude?: number;
  startLatitude?: number; startLongitude?: number }[]): Stop[] {
  return rows
    .filter((r) => r.kind === undefined || r.kind === 'STOP')
    .map((r) => ({ start: Date.parse(r.start), end: Date.parse(r.end), lat: r.latitude ?? r.startLatitude ?? 0, lon: r.longitude ?? r.startLongitude ?? 0 }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .sort((a, b) => a.start - b.start);
}

/** The stop holding t, if any. */
export function stopAt(stops: Stop[], t: number): Stop | undefined {
  return stops.find((s) => s.start <= t && t <= s.end);
}
