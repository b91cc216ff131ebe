// A Leaflet map on the platform's offline base map (tiles drawn from the local extract, with its attribution), for
// the replay, the fence editor and the tracing form. Nothing outside the platform is requested.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { fetchMapInfo } from '../map/mapApi';

export async function offlineMap(container: HTMLElement): Promise<L.Map> {
  const info = await fetchMapInfo();
  const map = L.map(container, { minZoom: 3, maxZoom: info.maxZoom, preferCanvas: false });
  const [minLat, minLon, maxLat, maxLon] = info.bounds;
  const extent = L.latLngBounds([minLat, minLon], [maxLat, maxLon]);
  L.tileLayer(info.tiles, { minZoom: info.minZoom, maxZoom: info.maxZoom, bounds: extent.pad(0.05), attribution: info.attribution })
    .addTo(map);
  map.fitBounds(extent);
  return map;
}
