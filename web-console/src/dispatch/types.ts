// The platform's records as the dispatcher's and administrator's screens read them (see the resource classes of
// dispatch-service: TripRequestView, VehicleView, DriverView, ProposalService.Proposal, PlanView, LivePosition).
export type Category = 'EMERGENCY' | 'ENFORCEMENT' | 'COURIER' | 'RETIREE' | 'GENERAL';
export type TripState = 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'SCHEDULED' | 'ACCEPTED' | 'UNDER_WAY' | 'COMPLETED'
  | 'EVALUATED' | 'CANCELLED' | 'NO_SHOW';

export interface TripRequest {
  id: number;
  orgId: number;
  requester: string;
  category: Category;
  passengers: number;
  pickupPlace: string;
  pickupLon: number;
  pickupLat: number;
  windowStart: string;
  windowEnd: string;
  destinations: { name: string; lon: number; lat: number }[];
  state: TripState;
  vehicleId: number | null;
  driverId: number | null;
  version: number;
  startEnergyPercent: number | null;
  endEnergyPercent: number | null;
  notes: string | null;
}

export interface Vehicle {
  id: number;
  orgId: number;
  plate: string;
  kind: string;
  seats: number;
  energy: string;
  batteryRangeKm: number | null;
  pool: string;
  status: string;
  terminalPhone: string | null;
  version: number;
}

export interface Driver {
  id: number;
  orgId: number;
  name: string;
  phone: string;
  licenceClass: string;
  dailyLimitMinutes: number;
  status: string;
  version: number;
}

export interface RuleBreak {
  rule: string;
  message: string;
}

export interface Proposal {
  vehicleId: number;
  plate: string;
  driverId: number;
  driverName: string;
  feasible: boolean;
  /** False when no road joins the car and the pickup (a place off the map): ETA and distance are null then. */
  reachable: boolean;
  etaMinutes: number | null;
  kmToPickup: number | null;
  newEnergy: boolean;
  from: string;
  reasons: string[];
  breaks: RuleBreak[];
}

export interface Proposals {
  requestId: number;
  proposals: Proposal[];
  evaluated: number;
  crews: number;
  millis: number;
}

export interface LivePosition {
  fixTimeMillis: number;
  vehicleId: number;
  plate: string;
  latitude: number;
  longitude: number;
  speedKmh: number;
  course: number;
  acc: boolean;
}

export interface PlanStop {
  requestId: number;
  kind: string;
  place: string;
  arrival: string;
  serviceStart: string;
  late: boolean;
}

export interface PlanRoute {
  routeId: string;
  vehicleId: number | null;
  plate: string;
  driverId: number | null;
  driverName: string | null;
  newEnergy: boolean;
  totalKm: number;
  emptyKm: number;
  workedMinutes: number;
  stops: PlanStop[];
}

export interface Plan {
  id: string;
  day: string;
  orgId: number;
  status: string;
  failure: string | null;
  score: string | null;
  feasible: boolean;
  summary: { requests: number; served: number; unserved: number; totalKm: number; emptyKm: number; newEnergyShareOfKm: number; vehiclesUsed: number } | null;
  routes: PlanRoute[] | null;
  unserved: { requestId: number; place: string; category: string; windowStart: string }[] | null;
}

/** The vehicle states the trips hold a crew in (TripState.HOLDING_RESOURCES). */
export const HOLDING: TripState[] = ['SCHEDULED', 'ACCEPTED', 'UNDER_WAY'];
