import { describe, expect, it } from 'vitest';
import { daysOf, perDay, toCsv, total, unitRows, workingDays } from './stats';

const from = Date.parse('2026-11-16T00:00:00+08:00'); // a Monday
const to = Date.parse('2026-11-23T00:00:00+08:00');

describe('days of the period', () => {
  it('lists China-time days and counts working days with the holiday calendar', () => {
    const days = daysOf(from, to);
    expect(days).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']);
    expect(workingDays(days, [])).toBe(5);
    expect(workingDays(days, [{ day: '2026-11-18', kind: 'HOLIDAY' }, { day: '2026-11-22', kind: 'WORKDAY' }])).toBe(5);
    expect(workingDays(days, [{ day: '2026-11-18', kind: 'HOLIDAY' }])).toBe(4);
  });

  it('counts instants on their China-time day', () => {
    expect(perDay(['2026-11-16', '2026-11-17'], ['2026-11-15T16:30:00Z', '2026-11-16T15:59:00Z', '2026-11-16T16:00:00Z', '2026-11-30T00:00:00Z']))
      .toEqual([2, 1]);
  });
});

describe('unit rows', () => {
  const orgNames = new Map([[4, '区局'], [9, '应急管理局']]);
  const vehicles = [
    { id: 1, orgId: 9, energy: 'NEW_ENERGY', status: 'ACTIVE' },
    { id: 2, orgId: 9, energy: 'FUEL', status: 'ACTIVE' },
    { id: 3, orgId: 9, energy: 'NEW_ENERGY', status: 'ACTIVE' },
    { id: 4, orgId: 9, energy: 'NEW_ENERGY', status: 'ACTIVE' },
    { id: 5, orgId: 9, energy: 'FUEL', status: 'DISPOSED' },
    { id: 6, orgId: 4, energy: 'FUEL', status: 'ACTIVE' },
  ];
  const movements = [
    // 2 h, 60 km by a new-energy car
    { vehicleId: 1, kind: 'MOVE', start: '2026-11-16T01:00:00Z', end: '2026-11-16T03:00:00Z', distanceM: 60_000 },
    // 1 h, 20 km by a fuel car; a stop does not count
    { vehicleId: 2, kind: 'MOVE', start: '2026-11-17T01:00:00Z', end: '2026-11-17T02:00:00Z', distanceM: 20_000 },
    { vehicleId: 2, kind: 'STOP', start: '2026-11-17T02:00:00Z', end: '2026-11-17T05:00:00Z', distanceM: 0 },
    // half of it before the period: 1 h and 10 km count
    { vehicleId: 6, kind: 'MOVE', start: '2026-11-15T15:00:00Z', end: '2026-11-15T17:00:00Z', distanceM: 20_000 },
  ];
  const rows = unitRows({
    orgNames, vehicles, movements, fromMs: from, toMs: to, workingDays: 5,
    alarms: [{ orgId: 9, state: 'OPEN', start: '' }, { orgId: 9, state: 'WITHDRAWN', start: '' }, { orgId: 4, state: 'CONFIRMED', start: '' }],
    complaints: [{ orgId: 9, complaints: 2 }, { orgId: null, complaints: 1 }],
  });

  it('gives each unit its fleet share, share of use, utilisation, alarms and complaints', () => {
    const unit = rows.find((r) => r.orgId === 9)!;
    expect(unit.vehicles).toBe(4); // the disposed car is not in the fleet
    expect(unit.newEnergyShare).toBe(75);
    expect(unit.km).toBe(80);
    expect(unit.newEnergyKmShare).toBe(75);
    expect(unit.movingHours).toBe(3);
    expect(unit.utilisation).toBe(1.9); // 3 h of 4 × 8 h × 5 days = 160 h
    expect(unit.alarms).toBe(1); // the withdrawn one is not counted
    expect(unit.complaints).toBe(2);
    const district = rows.find((r) => r.orgId === 4)!;
    expect(district.km).toBe(10);
    expect(district.movingHours).toBe(1);
    expect(rows.find((r) => r.orgId === null)!.complaints).toBe(1);
  });

  it('a unit alone and its total agree on utilisation', () => {
    const one = unitRows({ orgNames, vehicles: [vehicles[0]], movements: [{ vehicleId: 1, kind: 'MOVE', start: '2026-11-16T01:00:00Z', end: '2026-11-16T01:08:18Z', distanceM: 1600 }],
      alarms: [], complaints: [], fromMs: from, toMs: to, workingDays: 1 });
    expect(one[0].utilisation).toBe(total(one, 1, '合计').utilisation);
    expect(one[0].utilisation).toBe(1.7);
  });

  it('totals recompute shares from the sums', () => {
    const all = total(rows, 5, '合计');
    expect(all.vehicles).toBe(5);
    expect(all.newEnergyShare).toBe(60);
    expect(all.km).toBe(90);
    expect(all.newEnergyKmShare).toBe(66.7);
    expect(all.utilisation).toBe(2); // 4 h of 200 h
    expect(all.alarms).toBe(2);
    expect(all.complaints).toBe(3);
  });
});

describe('CSV', () => {
  it('has a BOM, quotes what needs quoting and defuses formulas', () => {
    expect(toCsv(['单位', 'n'], [['应急管理局', 3], ['=1+1', null], ['a,"b"', 1]]))
      .toBe('\uFEFF单位,n\r\n应急管理局,3\r\n\'=1+1,\r\n"a,""b""",1\r\n');
  });
});
