import { describe, expect, it } from 'vitest';
import { outOfChina, toDisplay, wgs84ToGcj02 } from './gcj02';

// Published test vectors of the eviltransform library (WGS-84 in, GCJ-02 out).
const VECTORS: [number, number, number, number][] = [
  [31.1774276, 121.5272106, 31.17530398364597, 121.531541859215], // Shanghai
  [22.543847, 113.912316, 22.540796131694766, 113.9171764808363], // Shenzhen
  [39.911954, 116.377817, 39.91334545536069, 116.38404722455657], // Beijing
];

describe('wgs84ToGcj02', () => {
  it.each(VECTORS)('shifts %f,%f to the published GCJ-02 position', (lat, lon, gLat, gLon) => {
    const [outLat, outLon] = wgs84ToGcj02(lat, lon);
    expect(outLat).toBeCloseTo(gLat, 9);
    expect(outLon).toBeCloseTo(gLon, 9);
  });

  it('leaves positions outside China alone (the Andorra demo)', () => {
    expect(outOfChina(42.5063, 1.5218)).toBe(true);
    expect(wgs84ToGcj02(42.5063, 1.5218)).toEqual([42.5063, 1.5218]);
  });

  it('is applied only for GCJ-02 base layers', () => {
    expect(toDisplay(30.25, 120.15, 'WGS84')).toEqual([30.25, 120.15]);
    const [lat, lon] = toDisplay(30.25, 120.15, 'GCJ02');
    // Hangzhou: the well-known offset of a few hundred metres, north-east-ish in longitude.
    expect(lon - 120.15).toBeGreaterThan(0.003);
    expect(Math.abs(lat - 30.25)).toBeLessThan(0.004);
  });
});
