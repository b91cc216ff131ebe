// The supervision API as the screens use it (docs/supervision.md).
import type { Geometry } from 'geojson';
import { getJson, query, sendJson } from '../../kit/http';
import type { TrackFeature } from '../../replay/track';

export interface Alarm {
  id: number;
  vehicleId: number;
  plate: string;
  orgId: number;
  rule: string;
  state: string;
  detected: boolean;
  start: string;
  end: string;
  summary: string;
  tripRequestId: number | null;
  explanation: string | null;
  resolution: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  evidence?: Evidence;
  events?: { id: number; at: string; actor: string; action: string; details: unknown }[];
}

export interface Evidence {
  rule: string;
  thresholds: Record<string, unknown>;
  thresholdsFrom: string;
  start: string;
  end: string;
  summary: string;
  details: Record<string, unknown>;
  track: TrackFeature;
  stops: { start: string; end: string; latitude: number; longitude: number; minutes: number }[];
  order: string;
  approvedTripsNearby: { id: number; state: string; category: string; windowStart: string; windowEnd: string }[];
}

export interface AlarmFilter {
  org: number;
  state?: string;
  rule?: string;
  vehicleId?: number;
  from?: string;
  to?: string;
  limit?: number;
}

export const ALARM_STATES = ['OPEN', 'EXPLANATION_REQUESTED', 'EXPLAINED', 'CONFIRMED', 'DISMISSED', 'CLOSED', 'WITHDRAWN'];
export const RULES = ['NO_TRIP', 'OFF_HOURS', 'REGION', 'FORBIDDEN_DWELL', 'HOME_LOT', 'TAMPERING', 'SPEEDING', 'ROUTE_DEVIATION', 'DISTANCE_MISMATCH'];

/** Review steps and the states they start from (the server decides; this only offers the buttons that can work). */
export const STEPS: { action: string; from: string[]; textRequired: boolean }[] = [
  { action: 'confirm', from: ['OPEN', 'EXPLANATION_REQUESTED', 'EXPLAINED'], textRequired: true },
  { action: 'dismiss', from: ['OPEN', 'EXPLANATION_REQUESTED', 'EXPLAINED'], textRequired: true },
  { action: 'request-explanation', from: ['OPEN', 'EXPLAINED'], textRequired: true },
  { action: 'explain', from: ['EXPLANATION_REQUESTED'], textRequired: true },
  { action: 'close', from: ['CONFIRMED', 'DISMISSED'], textRequired: false },
];

export function stepsFor(state: string) {
  return STEPS.filter((s) => s.from.includes(state));
}

export const listAlarms = (f: AlarmFilter) => getJson<Alarm[]>(`/api/supervision/alarms${query({ ...f })}`);
export const getAlarm = (id: number) => getJson<Alarm>(`/api/supervision/alarms/${id}`);
export const actOnAlarm = (id: number, action: string, body: { actor: string; version: number; text?: string }) =>
  sendJson<Alarm>('POST', `/api/supervision/alarms/${id}/${action}`, body);

export interface VehicleRow {
  id: number;
  orgId: number;
  plate: string;
  energy: 'FUEL' | 'NEW_ENERGY';
  status: string;
  kind: string;
}

export const listVehicles = (org: number) => getJson<VehicleRow[]>(`/api/vehicles${query({ org })}`);

export interface Fence {
  id: number;
  orgId: number;
  kind: string;
  name: string;
  category: string | null;
  activeFrom: string | null;
  activeTo: string | null;
  active: boolean;
  version: number;
  geometry: Geometry;
}

export const listFences = (org: number, kind?: string) => getJson<Fence[]>(`/api/supervision/geofences${query({ org, kind })}`);
export const importFences = (orgId: number, kind: string, actor: string, geojson: unknown) =>
  sendJson<{ ids: number[] }>('POST', '/api/supervision/geofences/import', { orgId, kind, actor, geojson });
export const deactivateFence = (id: number, actor: string, version: number) =>
  sendJson<unknown>('DELETE', `/api/supervision/geofences/${id}${query({ actor, version })}`);

export interface Setting {
  key: string;
  enabled: boolean;
  params: Record<string, unknown>;
  fromOrgId: number | null;
  ownVersion: number | null;
}

export const listSettings = (org: number) => getJson<Setting[]>(`/api/supervision/settings/${org}`);
export const putSetting = (org: number, key: string, body: { enabled: boolean; params: Record<string, unknown>; actor: string; version?: number | null }) =>
  sendJson<Setting>('PUT', `/api/supervision/settings/${org}/${key}`, body);
export const deleteSetting = (org: number, key: string, actor: string, version: number) =>
  sendJson<unknown>('DELETE', `/api/supervision/settings/${org}/${key}${query({ actor, version })}`);

export interface CalendarDay {
  day: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  name: string;
  provisional: boolean;
  source: string | null;
  updatedBy: string | null;
  version: number;
  workingDay: boolean;
}

export const listCalendar = (year: number) => getJson<CalendarDay[]>(`/api/supervision/calendar${query({ year })}`);
export const putCalendarDay = (day: string, body: { kind: string; name: string; source?: string; provisional?: boolean; actor: string; version?: number }) =>
  sendJson<CalendarDay>('PUT', `/api/supervision/calendar/${day}`, body);
export const deleteCalendarDay = (day: string, actor: string, version: number) =>
  sendJson<unknown>('DELETE', `/api/supervision/calendar/${day}${query({ actor, version })}`);

/** The track of a vehicle with reported speeds (the evidence's own line is thinned and has none). */
export const vehicleTrack = (vehicleId: number, from: string, to: string) =>
  getJson<TrackFeature>(`/api/tracks/vehicles/${vehicleId}${query({ from, to })}`);
