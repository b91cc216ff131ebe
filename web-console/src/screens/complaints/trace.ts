// The tracing form: a plate (or part), the time seen, the place clicked on the map; the answer with its replay.
import L from 'leaflet';
import type { PartContext } from '../../kit/context';
import { button, el, field } from '../../kit/dom';
import { statusLine } from '../../kit/status';
import { localInputToIso } from '../../kit/time';
import { offlineMap } from '../../replay/baseMap';
import { traceQuery } from './api';
import { complaintTexts } from './texts';
import { traceView } from './traceView';

export async function mountTrace(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = complaintTexts(ctx.lang);
  const status = statusLine('trace-status', ctx.lang);
  const plate = el('input', { id: 'trace-plate', type: 'text', maxlength: '20', value: ctx.params.get('plate') ?? '' });
  const from = el('input', { id: 'trace-from', type: 'datetime-local' });
  const to = el('input', { id: 'trace-to', type: 'datetime-local' });
  const lat = el('input', { id: 'trace-lat', type: 'number', step: 'any' });
  const lon = el('input', { id: 'trace-lon', type: 'number', step: 'any' });
  const radius = el('input', { id: 'trace-radius', type: 'number', value: '300', min: '10', max: '5000' });
  const tolerance = el('input', { id: 'trace-tolerance', type: 'number', value: '15', min: '0', max: '240' });
  const mapBox = el('div', { class: 'trace-map', id: 'trace-map' });
  const replayBox = el('div', { class: 'replay', id: 'trace-replay' });
  const result = el('div', { id: 'trace-answer' });

  container.replaceChildren(el('div', { class: 'trace-layout' },
    el('section', { class: 'panel trace-form' },
      field(t('plate'), plate), field(t('from'), from), field(t('to'), to),
      el('p', { class: 'hint' }, t('pickPlace')), field(t('lat'), lat), field(t('lon'), lon),
      field(t('radius'), radius), field(t('tolerance'), tolerance),
      button('trace-search', t('search'), () => void search(), 'primary'), status.element),
    el('section', { class: 'panel' }, mapBox, replayBox, result)));

  const map = await offlineMap(mapBox);
  ctx.onLeave(() => map.remove());
  const marker = L.layerGroup().addTo(map);
  const showPlace = () => {
    marker.clearLayers();
    if (lat.value && lon.value) {
      L.circle([Number(lat.value), Number(lon.value)], { radius: Number(radius.value) || 300, color: '#1565c0', className: 'trace-place' }).addTo(marker);
    }
  };
  map.on('click', (e: L.LeafletMouseEvent) => {
    lat.value = e.latlng.lat.toFixed(6);
    lon.value = e.latlng.lng.toFixed(6);
    showPlace();
  });
  for (const i of [lat, lon, radius]) i.addEventListener('change', showPlace);

  let current: ReturnType<typeof traceView> | null = null;
  const search = async () => {
    status.clear();
    current?.destroy();
    marker.clearLayers();
    try {
      const trace = await traceQuery({
        plate: plate.value.trim(), from: localInputToIso(from.value), to: localInputToIso(to.value) || undefined,
        lat: lat.value === '' ? undefined : Number(lat.value), lon: lon.value === '' ? undefined : Number(lon.value), radius: Number(radius.value) || undefined,
        tolerance: tolerance.value === '' ? undefined : Number(tolerance.value),
      });
      current = traceView(trace, ctx.lang, map, replayBox);
      result.replaceChildren(current.element);
      await current.replayFirst();
    } catch (e) {
      status.error(e);
    }
  };
}
