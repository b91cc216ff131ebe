import { describe, expect, it } from 'vitest';
import { ReplayClock } from './clock';
import { distanceM, indexAt, positionAt, samplesOf, stopAt, stopsOf } from './track';

const T0 = Date.parse('2026-11-16T02:00:00Z');

describe('ReplayClock', () => {
  it('advances track time by wall time times the speed while playing', () => {
    const clock = new ReplayClock(T0, T0 + 3_600_000, 60);
    clock.play(1000);
    expect(clock.tick(2000)).toBe(T0 + 60_000); // one wall second = one track minute at 60×
    clock.pause(2500);
    expect(clock.now).toBe(T0 + 90_000);
    expect(clock.tick(10_000)).toBe(T0 + 90_000); // paused: nothing moves
    expect(clock.playing).toBe(false);
  });

  it('counts the time before a speed change at the old speed', () => {
    const clock = new ReplayClock(T0, T0 + 3_600_000, 10);
    clock.play(0);
    clock.setSpeed(100, 1000); // 10 s of track time so far
    expect(clock.tick(2000)).toBe(T0 + 10_000 + 100_000);
  });

  it('stops at the end and plays again from the start', () => {
    const clock = new ReplayClock(T0, T0 + 60_000, 60);
    clock.play(0);
    expect(clock.tick(5000)).toBe(T0 + 60_000);
    expect(clock.playing).toBe(false);
    expect(clock.fraction).toBe(1);
    clock.play(6000);
    expect(clock.now).toBe(T0);
    expect(clock.remainingWallMs()).toBe(1000);
  });

  it('seeks within the track only', () => {
    const clock = new ReplayClock(T0, T0 + 60_000);
    clock.seek(T0 - 5);
    expect(clock.now).toBe(T0);
    clock.seek(T0 + 1e9);
    expect(clock.now).toBe(T0 + 60_000);
    clock.seek(T0 + 30_000);
    expect(clock.fraction).toBe(0.5);
  });
});

describe('track samples', () => {
  const feature = {
    geometry: { type: 'LineString', coordinates: [[1.50, 42.50], [1.51, 42.50], [1.52, 42.50]] },
    properties: { times: ['2026-11-16T02:00:00Z', '2026-11-16T02:01:00Z', '2026-11-16T02:02:00Z'] },
  };

  it('computes speeds from distance and time when the evidence has none', () => {
    const s = samplesOf(feature);
    expect(s).toHaveLength(3);
    const metres = distanceM(42.5, 1.5, 42.5, 1.51);
    expect(metres).toBeGreaterThan(810);
    expect(metres).toBeLessThan(825);
    expect(s[1].speedKmh).toBeCloseTo((metres / 60) * 3.6, 6);
    expect(s[0].speedKmh).toBe(0);
  });

  it('keeps reported speeds', () => {
    const s = samplesOf({ ...feature, properties: { ...feature.properties, speedsKmh: [0, 33, 41] } });
    expect(s.map((x) => x.speedKmh)).toEqual([0, 33, 41]);
  });

  it('interpolates the position between reports and holds it at the ends', () => {
    const s = samplesOf(feature);
    expect(indexAt(s, T0 - 1)).toBe(-1);
    expect(indexAt(s, T0 + 60_000)).toBe(1);
    const mid = positionAt(s, T0 + 30_000)!;
    expect(mid.lon).toBeCloseTo(1.505, 9);
    expect(positionAt(s, T0 + 10_000_000)!.lon).toBe(1.52);
    expect(positionAt(s, T0 - 10)!.lon).toBe(1.5);
    expect(positionAt([], T0)).toBeNull();
  });

  it('accepts a single point and skips untimed coordinates', () => {
    expect(samplesOf({ geometry: { type: 'Point', coordinates: [1.5, 42.5] }, properties: { times: ['2026-11-16T02:00:00Z'] } })).toHaveLength(1);
    expect(samplesOf({ geometry: { type: 'LineString', coordinates: [[1, 2], [3, 4]] }, properties: { times: ['2026-11-16T02:00:00Z'] } })).toHaveLength(1);
    expect(samplesOf(null)).toEqual([]);
  });
});

describe('stops', () => {
  it('takes STOP movements and evidence stops, in time order', () => {
    const stops = stopsOf([
      { kind: 'MOVE', start: '2026-11-16T02:00:00Z', end: '2026-11-16T02:10:00Z' },
      { kind: 'STOP', start: '2026-11-16T02:30:00Z', end: '2026-11-16T02:45:00Z', startLatitude: 42.5, startLongitude: 1.5 },
      { start: '2026-11-16T02:10:00Z', end: '2026-11-16T02:20:00Z', latitude: 42.4, longitude: 1.4 },
    ]);
    expect(stops.map((s) => s.lat)).toEqual([42.4, 42.5]);
    expect(stopAt(stops, T0 + 15 * 60_000)?.lat).toBe(42.4);
    expect(stopAt(stops, T0 + 25 * 60_000)).toBeUndefined();
  });
});
