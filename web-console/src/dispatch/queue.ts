// The dispatcher's queue: what waits for a car, most urgent first. Emergencies may be dispatched before approval
// (TripCategory.EMERGENCY), every other request once approved.
import { HOLDING, type Category, type Proposal, type TripRequest } from './types';

export const CATEGORY_PRIORITY: Record<Category, number> = { EMERGENCY: 0, ENFORCEMENT: 1, COURIER: 2, RETIREE: 3, GENERAL: 4 };

export function waitsForCar(r: TripRequest): boolean {
  return r.state === 'APPROVED' || (r.state === 'SUBMITTED' && r.category === 'EMERGENCY');
}

/** By priority of the category, then the earliest pickup window, then the oldest request. */
export function byPriorityAndTime(a: TripRequest, b: TripRequest): number {
  return CATEGORY_PRIORITY[a.category] - CATEGORY_PRIORITY[b.category]
    || Date.parse(a.windowStart) - Date.parse(b.windowStart)
    || a.id - b.id;
}

export function queue(requests: TripRequest[]): TripRequest[] {
  return requests.filter(waitsForCar).sort(byPriorityAndTime);
}

/** Assigned requests not yet started, which a drag may move to another car; by pickup time. */
export function movable(requests: TripRequest[]): TripRequest[] {
  return requests.filter((r) => r.state === 'SCHEDULED' || r.state === 'ACCEPTED')
    .sort((a, b) => Date.parse(a.windowStart) - Date.parse(b.windowStart) || a.id - b.id);
}

/** Which crew holds each vehicle now: the driver of its held trip, and its newest energy reading. */
export function crewOf(requests: TripRequest[]): Map<number, { driverId: number | null; requestId: number; energyPercent: number | null }> {
  const held = new Map<number, { driverId: number | null; requestId: number; energyPercent: number | null }>();
  for (const r of [...requests].sort((a, b) => Date.parse(a.windowStart) - Date.parse(b.windowStart))) {
    if (r.vehicleId == null) continue;
    if (HOLDING.includes(r.state) && !held.has(r.vehicleId)) {
      held.set(r.vehicleId, { driverId: r.driverId, requestId: r.id, energyPercent: r.startEnergyPercent });
    }
  }
  return held;
}

/** "08:30–09:00" in China time, whatever the browser's zone. */
export function windowText(r: Pick<TripRequest, 'windowStart' | 'windowEnd'>): string {
  return `${chinaTime(r.windowStart)}–${chinaTime(r.windowEnd)}`;
}

export function chinaTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

export function chinaDay(at: Date = new Date()): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** ETA and road distance, or "unreachable" when no road joins the car and the pickup (never the planner's stand-in). */
export function distanceText(p: Pick<Proposal, 'reachable' | 'etaMinutes' | 'kmToPickup'>, t: (k: 'eta' | 'min' | 'km' | 'unreachable') => string): string {
  if (!p.reachable || p.etaMinutes == null || p.kmToPickup == null) return t('unreachable');
  return `${t('eta')} ${Math.round(p.etaMinutes)} ${t('min')} · ${p.kmToPickup.toFixed(1)} ${t('km')}`;
}
