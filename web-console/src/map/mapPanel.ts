// The home screen's map: the platform's own offline base map (tiles drawn from the local OpenStreetMap extract), the
// attribution the ODbL requires, optional online layers only when the installation configured them, and a road route
// between two clicked points. Nothing here requests anything outside the platform unless an online layer is chosen.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { toDisplay, type Crs } from './gcj02';
import { fetchMapInfo, fetchRoute, formatRoute, type MapInfo } from './mapApi';

export interface MapTexts {
  offlineLayer: string;
  hint: string;
  routing: string;
  failed: string;
}

export async function mountMapPanel(container: HTMLElement, status: HTMLElement, texts: MapTexts): Promise<L.Map> {
  const info = await fetchMapInfo();
  const map = L.map(container, { minZoom: info.minZoom, maxZoom: info.maxZoom, attributionControl: true });
  const [minLat, minLon, maxLat, maxLon] = info.bounds;
  const extent = L.latLngBounds([minLat, minLon], [maxLat, maxLon]);
  const offline = L.tileLayer(info.tiles, {
    minZoom: info.minZoom,
    maxZoom: info.maxZoom,
    bounds: extent.pad(0.05),
    attribution: info.attribution,
    className: 'offline-tiles',
  });
  offline.addTo(map);
  map.fitBounds(extent);

  // Route between two clicks, kept in WGS-84 and shifted only for drawing.
  let crs: Crs = 'WGS84';
  const overlay = L.layerGroup().addTo(map);
  let start: [number, number] | null = null;
  let route: [number, number][] = [];
  const redraw = () => {
    overlay.clearLayers();
    if (start) L.circleMarker(toDisplay(start[0], start[1], crs), { radius: 6, color: '#b71c1c' }).addTo(overlay);
    if (route.length) {
      L.polyline(route.map(([lat, lon]) => toDisplay(lat, lon, crs)), { color: '#b71c1c', weight: 5, className: 'route-line' })
        .addTo(overlay);
    }
  };
  addOnlineLayers(map, info, offline, texts, (next) => {
    crs = next;
    redraw();
  });
  status.textContent = texts.hint;
  map.on('click', (e: L.LeafletMouseEvent) => {
    const clicked: [number, number] = [e.latlng.lat, e.latlng.lng];
    if (!start || route.length) {
      start = clicked;
      route = [];
      status.textContent = texts.hint;
      redraw();
      return;
    }
    const from = start;
    status.textContent = texts.routing;
    fetchRoute(from, clicked)
      .then((answer) => {
        route = answer.geometry.coordinates.map(([lon, lat]) => [lat, lon]);
        status.textContent = formatRoute(answer.distanceMeters, answer.timeSeconds);
        status.dataset.distance = String(answer.distanceMeters);
        redraw();
      })
      .catch((error: Error) => {
        start = null;
        status.textContent = `${texts.failed}: ${error.message}`;
        redraw();
      });
  });
  return map;
}

/** A layer switch only when online sources are configured; the offline map stays the default. */
function addOnlineLayers(map: L.Map, info: MapInfo, offline: L.TileLayer, texts: MapTexts, onCrs: (crs: Crs) => void) {
  if (!info.online.length) return;
  const crsOf = new Map<L.Layer, Crs>([[offline, 'WGS84']]);
  const layers: Record<string, L.Layer> = { [texts.offlineLayer]: offline };
  for (const source of info.online) {
    const layer = L.tileLayer(source.url, { subdomains: source.subdomains, attribution: source.attribution, maxZoom: 18 });
    layers[source.name] = layer;
    crsOf.set(layer, source.crs);
  }
  L.control.layers(layers).addTo(map);
  map.on('baselayerchange', (e: L.LayersControlEvent) => onCrs(crsOf.get(e.layer) ?? 'WGS84'));
}
