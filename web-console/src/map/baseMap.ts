// A Leaflet map on the platform's offline base map (tiles from /api/map/tiles, OpenStreetMap attribution), for
// screens that draw their own things on it.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { fetchMapInfo, type MapInfo } from './mapApi';

export async function createBaseMap(container: HTMLElement, options: L.MapOptions = {}): Promise<{ map: L.Map; info: MapInfo }> {
  const info = await fetchMapInfo();
  const map = L.map(container, { minZoom: info.minZoom, maxZoom: info.maxZoom, preferCanvas: true, ...options });
  const [minLat, minLon, maxLat, maxLon] = info.bounds;
  const extent = L.latLngBounds([minLat, minLon], [maxLat, maxLon]);
  L.tileLayer(info.tiles, {
    minZoom: info.minZoom,
    maxZoom: info.maxZoom,
    bounds: extent.pad(0.05),
    attribution: info.attribution,
    className: 'offline-tiles',
  }).addTo(map);
  map.fitBounds(extent);
  return { map, info };
}
