import type { Crs } from './gcj02';

/** GET /api/map/info: the offline base map of this installation. */
export interface MapInfo {
  bounds: [number, number, number, number]; // minLat, minLon, maxLat, maxLon
  centre: [number, number];
  minZoom: number;
  maxZoom: number;
  tiles: string;
  attribution: string;
  online: { name: string; url: string; crs: Crs; subdomains: string[]; attribution: string }[];
}

export interface RouteAnswer {
  distanceMeters: number;
  timeSeconds: number;
  geometry: { type: 'LineString'; coordinates: [number, number][] };
}

export async function fetchMapInfo(): Promise<MapInfo> {
  const response = await fetch('/api/map/info', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`map info: HTTP ${response.status}`);
  return (await response.json()) as MapInfo;
}

/** A road route between two WGS-84 points; rejects with the problem's detail when the API refuses. */
export async function fetchRoute(from: [number, number], to: [number, number]): Promise<RouteAnswer> {
  const response = await fetch('/api/routes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ from: { lat: from[0], lon: from[1] }, to: { lat: to[0], lon: to[1] } }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `route: HTTP ${response.status}`);
  return body as RouteAnswer;
}

/** "2.4 km · 6 min" (or metres and seconds when short). */
export function formatRoute(distanceMeters: number, timeSeconds: number): string {
  const distance = distanceMeters >= 1000 ? `${(distanceMeters / 1000).toFixed(1)} km` : `${Math.round(distanceMeters)} m`;
  const time = timeSeconds >= 60 ? `${Math.round(timeSeconds / 60)} min` : `${Math.round(timeSeconds)} s`;
  return `${distance} · ${time}`;
}
