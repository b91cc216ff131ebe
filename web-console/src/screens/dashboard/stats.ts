// The dashboard's figures. Per unit they are the server's evaluation (绩效评价, GET /api/evaluation/units, definitions
// in docs/evaluation.md): each unit's row holds the sums of its whole subtree, utilisation is its use rate (hours in
// use ÷ working hours available), km and the new-energy share of use are the evaluation's. The one figure the
// evaluation does not give, the new-energy share of the fleet (NEW_ENERGY vehicles ÷ vehicles not disposed), is
// counted here from the vehicle list over the same subtrees. The per-day series (alarms, complaints received) are
// counted here from the records, which the evaluation does not split by day.

export const NEW_ENERGY_TARGET = 80;

export interface VehicleIn { id: number; orgId: number; energy: string; status: string }
export interface CalendarIn { day: string; kind: 'HOLIDAY' | 'WORKDAY' }

/** A row of /api/evaluation/units (the fields the dashboard reads). */
export interface EvaluationUnitIn {
  orgId: number;
  parentId: number | null;
  name: string;
  depth: number;
  vehicles: number;
  hoursInUse: number;
  hoursAvailable: number;
  useRate: number | null;
  km: number;
  newEnergyKm: number;
  newEnergyShareOfUse: number | null;
  alarms: number;
  complaints: number;
}

export interface UnitRow {
  orgId: number;
  name: string;
  depth: number;
  vehicles: number;
  newEnergyVehicles: number;
  newEnergyShare: number; // % of vehicles
  km: number;
  newEnergyKm: number;
  newEnergyKmShare: number; // % of km
  hoursInUse: number;
  hoursAvailable: number;
  utilisation: number; // % (the evaluation's use rate)
  alarms: number;
  complaints: number;
}

const DAY_MS = 86_400_000;
const CST_MS = 8 * 3_600_000;

/** yyyy-mm-dd (China time) of every day in [from, to). */
export function daysOf(fromMs: number, toMs: number): string[] {
  const days: string[] = [];
  const first = Math.floor((fromMs + CST_MS) / DAY_MS);
  const last = Math.ceil((toMs + CST_MS) / DAY_MS);
  for (let d = first; d < last; d++) days.push(new Date(d * DAY_MS).toISOString().slice(0, 10));
  return days;
}

/** Working days among the days: Monday–Friday, minus holidays, plus make-up working days (调休). */
export function workingDays(days: string[], calendar: CalendarIn[]): number {
  const kinds = new Map(calendar.map((c) => [c.day, c.kind]));
  return days.filter((d) => {
    const kind = kinds.get(d);
    if (kind) return kind === 'WORKDAY';
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    return weekday >= 1 && weekday <= 5;
  }).length;
}

function pct(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

/**
 * The evaluation's unit rows (tree order, depth 0 the organisation asked for) with the new-energy share of the fleet
 * added: a car counts in its unit and every unit above it, as the evaluation sums subtrees.
 */
export function unitRows(units: EvaluationUnitIn[], vehicles: VehicleIn[]): UnitRow[] {
  const parent = new Map(units.map((u) => [u.orgId, u.parentId]));
  const newEnergy = new Map<number, number>();
  const fleet = new Map<number, number>();
  for (const v of vehicles) {
    if (v.status === 'DISPOSED') continue;
    for (let org: number | null | undefined = v.orgId; org != null && parent.has(org); org = parent.get(org)) {
      fleet.set(org, (fleet.get(org) ?? 0) + 1);
      if (v.energy === 'NEW_ENERGY') newEnergy.set(org, (newEnergy.get(org) ?? 0) + 1);
    }
  }
  return units.map((u) => ({
    orgId: u.orgId, name: u.name, depth: u.depth, vehicles: u.vehicles,
    newEnergyVehicles: newEnergy.get(u.orgId) ?? 0, newEnergyShare: pct(newEnergy.get(u.orgId) ?? 0, fleet.get(u.orgId) ?? 0),
    km: u.km, newEnergyKm: u.newEnergyKm, newEnergyKmShare: share(u.newEnergyShareOfUse),
    hoursInUse: u.hoursInUse, hoursAvailable: u.hoursAvailable, utilisation: share(u.useRate),
    alarms: u.alarms, complaints: u.complaints,
  }));
}

/** The units a chart compares: the ones right below the organisation asked for, or that one alone when it has none. */
export function chartUnits(rows: UnitRow[]): UnitRow[] {
  const children = rows.filter((r) => r.depth === 1);
  return children.length ? children : rows.filter((r) => r.depth === 0);
}

/** A fraction of the evaluation (null: nothing to share) as a percentage to one decimal. */
function share(fraction: number | null): number {
  return fraction == null ? 0 : Math.round(fraction * 1000) / 10;
}

/** Counts per China-time day of the given instants, for every day listed (zero when none). */
export function perDay(days: string[], instants: string[]): number[] {
  const counts = new Map(days.map((d) => [d, 0]));
  for (const i of instants) {
    const day = new Date(Date.parse(i) + CST_MS).toISOString().slice(0, 10);
    if (counts.has(day)) counts.set(day, counts.get(day)! + 1);
  }
  return days.map((d) => counts.get(d)!);
}

/** RFC 4180 CSV with a BOM (spreadsheets then read the Chinese); cells starting with = + - @ are quoted as text. */
export function toCsv(header: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    let s = v === null ? '' : String(v);
    if (typeof v === 'string' && /^[=+\-@]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
