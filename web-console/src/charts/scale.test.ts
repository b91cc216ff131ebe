import { describe, expect, it } from 'vitest';
import { bands, linearScale, niceTicks, tickLabel } from './scale';

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten and covers the range', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0, 7, 5)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(niceTicks(0, 9, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 0.83, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(13, 87, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(-3, 12, 5)).toEqual([-4, -2, 0, 2, 4, 6, 8, 10, 12]);
    expect(niceTicks(0, 4000, 4)).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it('gives an axis for flat and empty data', () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(5, 5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(NaN, 3)).toEqual([0]);
  });
});

describe('linearScale', () => {
  it('maps the nice domain onto the range, upside down for SVG', () => {
    const y = linearScale([3, 47], [200, 0]);
    expect(y.domain).toEqual([0, 50]);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(0);
    expect(y(25)).toBe(100);
  });

  it('includes zero unless told not to', () => {
    expect(linearScale([40, 60], [0, 100]).domain[0]).toBe(0);
    expect(linearScale([40, 60], [0, 100], { zero: false }).domain).toEqual([40, 60]);
  });

  it('puts the 80 % target inside a percentage axis', () => {
    const y = linearScale([12, 55, 80], [100, 0]);
    expect(y.domain).toEqual([0, 80]);
    expect(y(80)).toBe(0);
    expect(y(40)).toBe(50);
    expect(linearScale([12, 55, 80, 100], [100, 0])(80)).toBeCloseTo(20, 6);
  });
});

describe('bands', () => {
  it('splits the width into equal slots with padding between bars', () => {
    const b = bands(4, 0, 400, 0.2);
    expect(b.map((x) => x.width)).toEqual([80, 80, 80, 80]);
    expect(b.map((x) => x.x)).toEqual([10, 110, 210, 310]);
    expect(bands(0, 0, 100)).toEqual([]);
  });
});

describe('tickLabel', () => {
  it('keeps labels short', () => {
    expect(tickLabel(0.30000000000000004)).toBe('0.3');
    expect(tickLabel(12000)).toBe('12,000');
    expect(tickLabel(5)).toBe('5');
  });
});
