// The complaints API as the handler's screens use it (docs/complaints.md).
import { getJson, query, sendJson } from '../../kit/http';

export interface Fix {
  time: string;
  latitude: number;
  longitude: number;
  distanceM: number;
  speedKmh: number;
}

export interface TripMatch {
  tripRequestId: number;
  basis: string;
  state: string;
  category: string;
  requester: string;
  approver: string | null;
  approvedAt: string | null;
  dispatcher: string | null;
  driverId: number | null;
  driverName: string | null;
  pickupPlace: string;
  windowStart: string;
  windowEnd: string;
  startedAt: string | null;
  completedAt: string | null;
}

export interface Candidate {
  vehicleId: number;
  plate: string;
  orgId: number;
  orgName: string;
  there: boolean;
  closest: Fix | null;
  minutesOutsideSeen: number | null;
  whereabouts: Fix | null;
  trackAround: { time: string; latitude: number; longitude: number; speedKmh: number }[] | null;
  movement: unknown;
  trip: TripMatch | null;
}

export interface Trace {
  plate: string;
  platePattern: string;
  seenFrom: string;
  seenTo: string;
  searchedFrom: string;
  searchedTo: string;
  latitude: number;
  longitude: number;
  radiusM: number;
  verdict: 'THERE' | 'NOT_THERE' | 'NO_SUCH_VEHICLE';
  summary: string;
  summaryZh: string;
  candidates: Candidate[];
}

export interface TraceQuery {
  plate: string;
  from: string;
  to?: string;
  lat?: number;
  lon?: number;
  radius?: number;
  tolerance?: number;
}

export interface Case {
  id: number;
  channel: string;
  plate: string;
  seenFrom: string;
  seenTo: string | null;
  lon: number;
  lat: number;
  placeText: string | null;
  description: string;
  contactName: string | null;
  contact: string | null;
  photo: boolean | null;
  state: string;
  assignee: string | null;
  dueAt: string;
  workingDaysLeft: number;
  vehicleId: number | null;
  tripRequestId: number | null;
  orgId: number | null;
  outcome: string | null;
  findings: string | null;
  reply: string | null;
  satisfaction: string | null;
  alarmId: number | null;
  receivedAt: string;
  closedAt: string | null;
  version: number;
  events: { at: string; actor: string; action: string; fromState: string | null; toState: string | null; details: unknown }[] | null;
}

export interface NewCase {
  channel: 'HOTLINE' | 'CONSOLE';
  actor: string;
  plate: string;
  seenFrom: string;
  seenTo?: string;
  lon: number;
  lat: number;
  placeText?: string;
  description: string;
  contactName?: string;
  contact?: string;
}

export const CASE_STATE_ORDER = ['RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'CONCLUDED', 'REPLIED', 'CLOSED'];

/** The workflow steps a case in this state may take, and the fields each needs. */
export function caseSteps(state: string, outcome: string | null): string[] {
  switch (state) {
    case 'RECEIVED': return ['assign'];
    case 'ASSIGNED': return ['assign', 'investigate'];
    case 'INVESTIGATING': return ['assign', 'conclude'];
    case 'CONCLUDED': return outcome === 'SUBSTANTIATED' ? ['reply', 'link-alarm'] : ['reply'];
    case 'REPLIED': return outcome === 'SUBSTANTIATED' ? ['close', 'link-alarm'] : ['close'];
    case 'CLOSED': return outcome === 'SUBSTANTIATED' ? ['link-alarm'] : [];
    default: return [];
  }
}

export const traceQuery = (q: TraceQuery) => getJson<Trace>(`/api/complaint-trace${query({ ...q })}`);
export const traceCase = (id: number) => getJson<Trace>(`/api/complaints/${id}/trace`);
export const listCases = (org?: number, state?: string) => getJson<Case[]>(`/api/complaints${query({ org, state })}`);
export const getCase = (id: number) => getJson<Case>(`/api/complaints/${id}`);
export const createCase = (c: NewCase) => sendJson<Case>('POST', '/api/complaints', c);
export const caseStep = (id: number, action: string, body: Record<string, unknown>) => sendJson<Case>('POST', `/api/complaints/${id}/${action}`, body);
