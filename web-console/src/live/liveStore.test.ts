import { describe, expect, it } from 'vitest';
import type { LivePosition } from '../dispatch/types';
import { FrameBatcher, LiveStore, nearest } from './liveStore';

const pos = (vehicleId: number, fixTimeMillis: number, latitude = 30): LivePosition => ({
  vehicleId, fixTimeMillis, latitude, longitude: 120, plate: `P${vehicleId}`, speedKmh: 30, course: 90, acc: true,
});

describe('live store', () => {
  it('keeps the newest fix of each vehicle, whatever the arrival order', () => {
    const s = new LiveStore();
    expect(s.apply([pos(1, 100, 30.1), pos(2, 100)])).toBe(true);
    expect(s.apply([pos(1, 90, 30.9)])).toBe(false);
    expect(s.byVehicle.get(1)?.latitude).toBe(30.1);
    expect(s.apply([pos(1, 110, 30.2)])).toBe(true);
    expect(s.byVehicle.get(1)?.latitude).toBe(30.2);
    expect(s.size).toBe(2);
    expect(s.updates).toBe(3);
  });
});

describe('frame batcher', () => {
  it('hands over everything pushed before a frame in one call', () => {
    const frames: (() => void)[] = [];
    const flushed: number[][] = [];
    const b = new FrameBatcher<number>((items) => flushed.push(items), (cb) => frames.push(cb));
    for (let i = 0; i < 500; i++) b.push(i);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(flushed).toHaveLength(1);
    expect(flushed[0]).toHaveLength(500);
    b.push(7);
    b.request();
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(flushed[1]).toEqual([7]);
  });

  it('a frame asked for without items still flushes (a redraw after the map moved)', () => {
    const frames: (() => void)[] = [];
    const flushed: number[][] = [];
    const b = new FrameBatcher<number>((items) => flushed.push(items), (cb) => frames.push(cb));
    b.request();
    frames.shift()!();
    expect(flushed).toEqual([[]]);
  });
});

describe('hit test', () => {
  it('finds the closest point inside the radius only', () => {
    const pts = [{ x: 0, y: 0, id: 'a' }, { x: 10, y: 0, id: 'b' }, { x: 4, y: 3, id: 'c' }];
    expect(nearest(pts, 5, 3, 6)?.id).toBe('c');
    expect(nearest(pts, 100, 100, 6)).toBeUndefined();
  });
});
