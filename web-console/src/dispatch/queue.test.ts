import { describe, expect, it } from 'vitest';
import { chinaTime, crewOf, distanceText, movable, queue, windowText } from './queue';
import type { TripRequest } from './types';

const req = (id: number, over: Partial<TripRequest>): TripRequest => ({
  id, orgId: 1, requester: 'r', category: 'GENERAL', passengers: 1, pickupPlace: 'p', pickupLon: 120, pickupLat: 30,
  windowStart: '2026-11-23T01:00:00Z', windowEnd: '2026-11-23T01:30:00Z', destinations: [], state: 'APPROVED',
  vehicleId: null, driverId: null, version: 0, startEnergyPercent: null, endEnergyPercent: null, notes: null, ...over,
});

describe('dispatch queue', () => {
  it('puts emergencies first, then by category, then by pickup time, then by age', () => {
    const list = [
      req(1, { category: 'GENERAL', windowStart: '2026-11-23T00:00:00Z' }),
      req(2, { category: 'COURIER', windowStart: '2026-11-23T05:00:00Z' }),
      req(3, { category: 'EMERGENCY', state: 'SUBMITTED', windowStart: '2026-11-23T06:00:00Z' }),
      req(4, { category: 'GENERAL', windowStart: '2026-11-22T23:00:00Z' }),
      req(5, { category: 'GENERAL', windowStart: '2026-11-22T23:00:00Z' }),
    ];
    expect(queue(list).map((r) => r.id)).toEqual([3, 2, 4, 5, 1]);
  });

  it('holds only what waits for a car: approved, or an emergency before approval', () => {
    const list = [
      req(1, { state: 'SUBMITTED' }), req(2, { state: 'SCHEDULED' }), req(3, { state: 'COMPLETED' }),
      req(4, { state: 'SUBMITTED', category: 'EMERGENCY' }), req(5, { state: 'APPROVED' }),
    ];
    expect(queue(list).map((r) => r.id)).toEqual([4, 5]);
    expect(movable([...list, req(6, { state: 'ACCEPTED', windowStart: '2026-11-23T00:00:00Z' })]).map((r) => r.id)).toEqual([6, 2]);
  });

  it('knows which driver holds each car now and its last energy reading', () => {
    const crews = crewOf([
      req(1, { state: 'COMPLETED', vehicleId: 7, driverId: 1 }),
      req(2, { state: 'UNDER_WAY', vehicleId: 7, driverId: 2, startEnergyPercent: 64 }),
      req(3, { state: 'SCHEDULED', vehicleId: 8, driverId: 3 }),
    ]);
    expect(crews.get(7)).toEqual({ driverId: 2, requestId: 2, energyPercent: 64 });
    expect(crews.get(8)?.driverId).toBe(3);
    expect(crews.has(9)).toBe(false);
  });

  it('shows times in China time', () => {
    expect(chinaTime('2026-11-23T01:05:00Z')).toBe('09:05');
    expect(windowText(req(1, {}))).toBe('09:00–09:30');
  });

  it('says unreachable instead of the planner\'s stand-in distance for a place off the map', () => {
    const t = (k: string) => ({ eta: 'ETA', min: 'min', km: 'km', unreachable: 'unreachable' })[k] ?? k;
    expect(distanceText({ reachable: true, etaMinutes: 12.4, kmToPickup: 5.25 }, t)).toBe('ETA 12 min · 5.3 km');
    expect(distanceText({ reachable: false, etaMinutes: null, kmToPickup: null }, t)).toBe('unreachable');
  });
});
