// The geofence editor: the organisation's fences on the map, a polygon or circle drawn by clicking, or GeoJSON
// imported from a file or pasted; saved through the import API (all or nothing), deactivated with their version.
import L from 'leaflet';
import { preferredOrg, type PartContext } from '../../kit/context';
import { actorOf } from '../../kit/context';
import { button, el, field, select } from '../../kit/dom';
import { orgPicker } from '../../kit/orgPicker';
import { statusLine } from '../../kit/status';
import { offlineMap } from '../../replay/baseMap';
import { deactivateFence, importFences, listFences, type Fence } from './api';
import { circleRing, collectionOf, featureOf, polygonRing } from './geo';
import { supervisionTexts } from './texts';

const KIND_COLOURS: Record<string, string> = { REGION: '#1565c0', FORBIDDEN: '#b71c1c', PATROL: '#2e7d32' };

export async function mountFences(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = supervisionTexts(ctx.lang);
  const status = statusLine('fence-status', ctx.lang);
  const kindSel = select('fence-kind', ['FORBIDDEN', 'REGION', 'PATROL'].map((k) => [k, t(k as 'REGION')] as [string, string]));
  const nameInput = el('input', { id: 'fence-name', type: 'text', maxlength: '100' });
  const categorySel = select('fence-category', [['', '—'], ...['SCENIC', 'ENTERTAINMENT', 'GOLF', 'RESTAURANT', 'HOTEL', 'RESIDENCE'].map((c) => [c, c] as [string, string])]);
  const fromInput = el('input', { id: 'fence-active-from', type: 'time' });
  const toInput = el('input', { id: 'fence-active-to', type: 'time' });
  const geojsonText = el('textarea', { id: 'fence-geojson', rows: '4', placeholder: '{"type":"FeatureCollection","features":[…]}' });
  const fileInput = el('input', { id: 'fence-file', type: 'file', accept: '.json,.geojson,application/geo+json,application/json' });
  const mapBox = el('div', { class: 'fence-map', id: 'fence-map' });
  const list = el('ul', { id: 'fence-list', class: 'fence-list' });
  const hint = el('p', { class: 'hint', id: 'fence-hint' }, t('drawHint'));

  const picker = await orgPicker('fence-org', preferredOrg(ctx), () => void refresh());
  // the map is made once its box is in the page, so Leaflet knows its size
  container.replaceChildren(el('div', { class: 'fence-layout' },
    el('section', { class: 'panel' }, mapBox, hint,
      el('div', { class: 'toolbar' }, button('fence-draw-polygon', t('drawPolygon'), () => start('polygon')),
        button('fence-draw-circle', t('drawCircle'), () => start('circle')), button('fence-finish', t('finish'), () => finish()),
        button('fence-cancel', t('cancel'), () => { start('polygon'); mode = 'none'; }))),
    el('section', { class: 'panel' },
      field(t('org'), picker.element), field(t('kind'), kindSel), field(t('name'), nameInput), field(t('category'), categorySel),
      field(t('activeFrom'), fromInput), field(t('activeTo'), toInput),
      field(t('importGeoJson'), geojsonText), field(t('importFile'), fileInput),
      button('fence-save', t('save'), () => void save(), 'primary'), status.element,
      el('h3', {}, t('fenceList')), list)));
  const map = await offlineMap(mapBox);
  ctx.onLeave(() => map.remove());
  const existing = L.layerGroup().addTo(map);
  const drawing = L.layerGroup().addTo(map);

  // Drawing state: clicked points of a polygon, or a circle's centre and radius.
  let mode: 'none' | 'polygon' | 'circle' = 'none';
  let points: [number, number][] = [];
  let circle: { lat: number; lon: number; radiusM: number } | null = null;
  let ring: [number, number][] | null = null;

  const redraw = () => {
    drawing.clearLayers();
    if (ring) {
      L.polygon(ring.map(([lon, lat]) => [lat, lon] as [number, number]), { color: '#6a1b9a', className: 'fence-drawn' }).addTo(drawing);
    } else {
      for (const p of points) L.circleMarker(p, { radius: 4, color: '#6a1b9a', className: 'fence-vertex' }).addTo(drawing);
      if (points.length > 1) L.polyline(points, { color: '#6a1b9a', dashArray: '4 4' }).addTo(drawing);
      if (circle) L.circleMarker([circle.lat, circle.lon], { radius: 4, color: '#6a1b9a', className: 'fence-vertex' }).addTo(drawing);
    }
  };
  map.on('click', (e: L.LeafletMouseEvent) => {
    if (mode === 'polygon') {
      points.push([e.latlng.lat, e.latlng.lng]);
    } else if (mode === 'circle') {
      if (!circle) {
        circle = { lat: e.latlng.lat, lon: e.latlng.lng, radiusM: 0 };
      } else {
        circle.radiusM = map.distance([circle.lat, circle.lon], e.latlng);
        ring = circleRing(circle.lat, circle.lon, circle.radiusM);
        mode = 'none';
        hint.textContent = t('shapeReady');
      }
    }
    redraw();
  });
  const start = (m: 'polygon' | 'circle') => {
    mode = m;
    points = [];
    circle = null;
    ring = null;
    hint.textContent = t('drawHint');
    redraw();
  };
  const finish = () => {
    if (mode === 'polygon') {
      ring = polygonRing(points);
      if (ring) {
        mode = 'none';
        hint.textContent = t('shapeReady');
      }
    }
    redraw();
  };

  const props = () => ({ name: nameInput.value.trim(), category: categorySel.value, activeFrom: fromInput.value, activeTo: toInput.value });
  const save = async () => {
    status.clear();
    try {
      let geojson: unknown;
      if (geojsonText.value.trim()) {
        geojson = collectionOf(geojsonText.value, props());
      } else if (ring) {
        geojson = { type: 'FeatureCollection', features: [featureOf(ring, props())] };
      } else {
        status.error(new Error(t('nothingDrawn')));
        return;
      }
      const answer = await importFences(picker.value(), kindSel.value, actorOf(ctx, t('actor')), geojson);
      status.ok(`${t('done')}: ${answer.ids.join(', ')}`);
      start('polygon');
      mode = 'none';
      geojsonText.value = '';
      await refresh();
    } catch (e) {
      status.error(e);
    }
  };
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (file) geojsonText.value = await file.text();
  });

  const refresh = async () => {
    try {
      const fences = (await listFences(picker.value())).filter((f) => f.active);
      existing.clearLayers();
      list.replaceChildren(...fences.map((f) => fenceItem(f)));
      const layers = fences.map((f) => L.geoJSON(f.geometry as never, { style: { color: KIND_COLOURS[f.kind] ?? '#333', weight: 2, className: 'fence-shape' } })
        .bindTooltip(`${f.name} (${t(f.kind as 'REGION')})`).addTo(existing));
      if (layers.length) {
        const bounds = L.featureGroup(layers).getBounds();
        if (bounds.isValid()) map.fitBounds(bounds.pad(0.3));
      }
    } catch (e) {
      status.error(e);
    }
  };
  const fenceItem = (f: Fence) => el('li', { 'data-id': String(f.id), 'data-kind': f.kind },
    el('span', { class: 'fence-name' }, `${f.name} · ${t(f.kind as 'REGION')}${f.category ? ` · ${f.category}` : ''}${f.activeFrom ? ` · ${f.activeFrom}–${f.activeTo}` : ''}`),
    button(undefined, t('deactivate'), async () => {
      try {
        await deactivateFence(f.id, actorOf(ctx, t('actor')), f.version);
        await refresh();
      } catch (e) {
        status.error(e);
      }
    }, 'small'));

  await refresh();
}
