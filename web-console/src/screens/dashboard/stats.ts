// The dashboard's figures, computed from the platform's own records so each number can be checked by hand:
//   new-energy share of the fleet  = NEW_ENERGY vehicles ÷ vehicles not disposed
//   new-energy share of use        = km driven by NEW_ENERGY vehicles ÷ all km driven (MOVE movements)
//   utilisation                    = hours on the move ÷ (vehicles × 8 h × working days of the period)
//   alarms                         = alarms detected in the period (withdrawn ones left out)
//   complaints                     = cases received in the period, by the unit they were concluded against
// Movements are clipped to the period; working days are Monday–Friday corrected by the holiday calendar.

export const WORKING_HOURS_PER_DAY = 8;
export const NEW_ENERGY_TARGET = 80;

export interface VehicleIn { id: number; orgId: number; energy: string; status: string }
export interface MovementIn { vehicleId: number; kind: string; start: string; end: string; distanceM: number }
export interface AlarmIn { orgId: number; state: string; start: string }
export interface ComplaintRowIn { orgId: number | null; complaints: number }
export interface CalendarIn { day: string; kind: 'HOLIDAY' | 'WORKDAY' }

export interface UnitRow {
  orgId: number | null;
  name: string;
  vehicles: number;
  newEnergyVehicles: number;
  newEnergyShare: number; // % of vehicles
  km: number;
  newEnergyKm: number;
  newEnergyKmShare: number; // % of km
  movingHours: number;
  utilisation: number; // %
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

/** The part of a movement inside [from, to), in ms, and its distance scaled to that part. */
function clipped(m: MovementIn, fromMs: number, toMs: number): { ms: number; km: number } {
  const s = Date.parse(m.start);
  const e = Date.parse(m.end);
  const inside = Math.max(0, Math.min(e, toMs) - Math.max(s, fromMs));
  const whole = e - s;
  return { ms: inside, km: (whole > 0 ? m.distanceM * (inside / whole) : inside === 0 && s >= fromMs && s < toMs ? m.distanceM : 0) / 1000 };
}

export function unitRows(input: {
  orgNames: Map<number, string>;
  vehicles: VehicleIn[];
  movements: MovementIn[];
  alarms: AlarmIn[];
  complaints: ComplaintRowIn[];
  fromMs: number;
  toMs: number;
  workingDays: number;
}): UnitRow[] {
  const rows = new Map<number | null, UnitRow>();
  const row = (orgId: number | null) => {
    let r = rows.get(orgId);
    if (!r) {
      r = { orgId, name: orgId === null ? '—' : input.orgNames.get(orgId) ?? String(orgId), vehicles: 0, newEnergyVehicles: 0, newEnergyShare: 0,
        km: 0, newEnergyKm: 0, newEnergyKmShare: 0, movingHours: 0, utilisation: 0, alarms: 0, complaints: 0 };
      rows.set(orgId, r);
    }
    return r;
  };
  const vehicles = new Map(input.vehicles.map((v) => [v.id, v]));
  for (const v of input.vehicles) {
    if (v.status === 'DISPOSED') continue;
    const r = row(v.orgId);
    r.vehicles++;
    if (v.energy === 'NEW_ENERGY') r.newEnergyVehicles++;
  }
  for (const m of input.movements) {
    if (m.kind !== 'MOVE') continue;
    const v = vehicles.get(m.vehicleId);
    if (!v) continue;
    const part = clipped(m, input.fromMs, input.toMs);
    const r = row(v.orgId);
    r.km += part.km;
    r.movingHours += part.ms / 3_600_000;
    if (v.energy === 'NEW_ENERGY') r.newEnergyKm += part.km;
  }
  for (const a of input.alarms) if (a.state !== 'WITHDRAWN') row(a.orgId).alarms++;
  for (const c of input.complaints) row(c.orgId).complaints += c.complaints;
  for (const r of rows.values()) {
    r.newEnergyShare = pct(r.newEnergyVehicles, r.vehicles);
    r.newEnergyKmShare = pct(r.newEnergyKm, r.km);
    r.utilisation = pct(r.movingHours, r.vehicles * WORKING_HOURS_PER_DAY * input.workingDays);
    r.km = Math.round(r.km * 10) / 10;
    r.newEnergyKm = Math.round(r.newEnergyKm * 10) / 10;
    r.movingHours = Math.round(r.movingHours * 10_000) / 10_000; // shown to 2 places; kept finer so totals agree
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

/** The whole of the rows: sums, and shares and utilisation recomputed from the sums (not averaged). */
export function total(rows: UnitRow[], workingDaysCount: number, name: string): UnitRow {
  const sum = (k: keyof UnitRow) => rows.reduce((s, r) => s + (r[k] as number), 0);
  const vehicles = sum('vehicles');
  const km = sum('km');
  const newEnergyKm = sum('newEnergyKm');
  const movingHours = sum('movingHours');
  return {
    orgId: null, name, vehicles, newEnergyVehicles: sum('newEnergyVehicles'), newEnergyShare: pct(sum('newEnergyVehicles'), vehicles),
    km: Math.round(km * 10) / 10, newEnergyKm: Math.round(newEnergyKm * 10) / 10, newEnergyKmShare: pct(newEnergyKm, km),
    movingHours: Math.round(movingHours * 10_000) / 10_000, utilisation: pct(movingHours, vehicles * WORKING_HOURS_PER_DAY * workingDaysCount),
    alarms: sum('alarms'), complaints: sum('complaints'),
  };
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
