import { describe, expect, it } from 'vitest';
import { chartUnits, daysOf, perDay, toCsv, unitRows, workingDays, type EvaluationUnitIn } from './stats';

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
  // the evaluation's rows: the district (depth 0) sums its two units
  const units: EvaluationUnitIn[] = [
    { orgId: 4, parentId: 1, name: '区局', depth: 0, vehicles: 5, hoursInUse: 4, hoursAvailable: 180, useRate: 0.0222, km: 90, newEnergyKm: 60, newEnergyShareOfUse: 0.6667, alarms: 2, complaints: 3 },
    { orgId: 9, parentId: 4, name: '应急管理局', depth: 1, vehicles: 4, hoursInUse: 3, hoursAvailable: 144, useRate: 0.0208, km: 80, newEnergyKm: 60, newEnergyShareOfUse: 0.75, alarms: 1, complaints: 2 },
    { orgId: 12, parentId: 4, name: '城管局', depth: 1, vehicles: 1, hoursInUse: 0, hoursAvailable: 0, useRate: null, km: 0, newEnergyKm: 0, newEnergyShareOfUse: null, alarms: 1, complaints: 1 },
  ];
  const vehicles = [
    { id: 1, orgId: 9, energy: 'NEW_ENERGY', status: 'ACTIVE' },
    { id: 2, orgId: 9, energy: 'FUEL', status: 'ACTIVE' },
    { id: 3, orgId: 9, energy: 'NEW_ENERGY', status: 'ACTIVE' },
    { id: 4, orgId: 9, energy: 'NEW_ENERGY', status: 'ACTIVE' },
    { id: 5, orgId: 9, energy: 'FUEL', status: 'DISPOSED' },
    { id: 6, orgId: 12, energy: 'FUEL', status: 'ACTIVE' },
    { id: 7, orgId: 99, energy: 'NEW_ENERGY', status: 'ACTIVE' }, // outside the tree asked for
  ];
  const rows = unitRows(units, vehicles);

  it('takes utilisation, km, share of use, alarms and complaints from the evaluation', () => {
    const unit = rows.find((r) => r.orgId === 9)!;
    expect(unit.utilisation).toBe(2.1);
    expect(unit.km).toBe(80);
    expect(unit.newEnergyKmShare).toBe(75);
    expect(unit.alarms).toBe(1);
    expect(unit.complaints).toBe(2);
    expect(rows.find((r) => r.orgId === 12)!.utilisation).toBe(0); // no hours available: no rate
  });

  it('adds the fleet share over each subtree, leaving out disposed cars and cars of other trees', () => {
    expect(rows.find((r) => r.orgId === 9)!.newEnergyShare).toBe(75);
    expect(rows.find((r) => r.orgId === 12)!.newEnergyShare).toBe(0);
    const district = rows.find((r) => r.orgId === 4)!;
    expect(district.newEnergyVehicles).toBe(3);
    expect(district.newEnergyShare).toBe(60);
  });

  it('compares the units right below the one asked for, or that one alone', () => {
    expect(chartUnits(rows).map((r) => r.orgId)).toEqual([9, 12]);
    expect(chartUnits([rows[1]].map((r) => ({ ...r, depth: 0 }))).map((r) => r.orgId)).toEqual([9]);
  });
});

describe('CSV', () => {
  it('has a BOM, quotes what needs quoting and defuses formulas', () => {
    expect(toCsv(['单位', 'n'], [['应急管理局', 3], ['=1+1', null], ['a,"b"', 1]]))
      .toBe('\uFEFF单位,n\r\n应急管理局,3\r\n\'=1+1,\r\n"a,""b""",1\r\n');
  });
});
