// The live map of every vehicle the user may see: the snapshot of /api/live, then the server-sent events of
// /api/live/stream, applied once per animation frame and drawn on one canvas.
import L from 'leaflet';
import { api } from '../../api';
import { el } from '../../dom';
import type { LivePosition } from '../../dispatch/types';
import { words } from '../../dispatch/words';
import { localized } from '../../i18n';
import { FrameBatcher, LiveStore } from '../../live/liveStore';
import { VehicleCanvas } from '../../live/vehicleCanvas';
import { createBaseMap } from '../../map/baseMap';
import { showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

const texts = localized({
  zh: { vehicles: '辆车在图上', updates: '次位置更新', find: '按车牌查找', notFound: '没有该车的实时位置', stream: '实时推送', reconnecting: '推送中断，正在重连…' },
  en: { vehicles: 'vehicles on the map', updates: 'position updates', find: 'Find a plate', notFound: 'No live position of that plate', stream: 'Live push', reconnecting: 'Push interrupted, reconnecting…' },
});

export const screens: Screen[] = [{
  id: 'live-map',
  title: { zh: '实时地图', en: 'Live map' },
  roles: ['DISPATCHER', 'SUPERVISOR', 'ADMINISTRATOR'],
  order: 12,
  async render(ctx) {
    const t = texts(ctx.lang);
    const w = words(ctx.lang);
    const status = el('span', { id: 'live-status', 'data-vehicles': 0, 'data-updates': 0 });
    const streamState = el('span', { id: 'stream-state', class: 'muted' });
    const find = el('input', { id: 'find-plate', placeholder: t('find'), list: 'live-plates' });
    const plates = el('datalist', { id: 'live-plates' });
    const info = el('div', { id: 'vehicle-info', class: 'muted' });
    const container = el('div', { class: 'live-map-canvas', id: 'live-map' });
    ctx.root.append(el('div', { class: 'live-bar' }, status, streamState, find, plates, info), container);

    const { map } = await createBaseMap(container);
    const layer = new VehicleCanvas(map);
    const store = new LiveStore();
    let platesKnown = 0;
    const redraw = () => {
      layer.draw(store.byVehicle.values());
      status.textContent = `${store.size} ${t('vehicles')} · ${store.updates} ${t('updates')}`;
      status.dataset.vehicles = String(store.size);
      status.dataset.updates = String(store.updates);
      status.dataset.drawn = String(layer.drawnCount);
      if (platesKnown !== store.size) {
        platesKnown = store.size;
        plates.replaceChildren(...[...store.byVehicle.values()].map((p) => el('option', { value: p.plate })));
      }
    };
    const batcher = new FrameBatcher<LivePosition>((items) => {
      store.apply(items);
      redraw();
    });
    map.on('move zoom resize viewreset', () => batcher.request());

    const describe = (p: LivePosition) => {
      const age = new Date(p.fixTimeMillis).toLocaleTimeString(ctx.lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' });
      info.textContent = `${p.plate} · ${w('speed')} ${Math.round(p.speedKmh)} km/h · ${w('lastFix')} ${age}`;
      info.dataset.vehicle = String(p.vehicleId);
    };
    map.on('click', (e: L.LeafletMouseEvent) => {
      const p = layer.at(e.containerPoint.x, e.containerPoint.y);
      layer.highlight = p?.vehicleId ?? null;
      if (p) describe(p);
      else info.textContent = '';
      batcher.request();
    });
    find.addEventListener('change', () => {
      const wanted = find.value.trim().toUpperCase();
      const p = [...store.byVehicle.values()].find((x) => x.plate.toUpperCase() === wanted || x.plate.toUpperCase().replace('·', '') === wanted.replace('·', ''));
      if (!p) {
        info.textContent = t('notFound');
        return;
      }
      layer.highlight = p.vehicleId;
      describe(p);
      map.setView([p.latitude, p.longitude], Math.max(map.getZoom(), 15));
    });

    const loadSnapshot = async () => {
      try {
        store.apply(await api.get<LivePosition[]>('/api/live'));
        batcher.request();
      } catch (e) {
        showProblem(info, e, ctx.lang);
      }
    };
    // Subscribe before reading the snapshot so nothing between the two is missed (older fixes are ignored).
    const source = new EventSource('/api/live/stream');
    const counts = { received: 0, errors: 0 };
    source.onmessage = (m) => {
      counts.received++;
      try {
        batcher.push(JSON.parse(m.data) as LivePosition);
      } catch {
        // a message that is not a position is not drawn
      }
    };
    source.onopen = () => {
      if (counts.errors) void loadSnapshot(); // reconnected: what was missed is in the snapshot
      streamState.textContent = `● ${t('stream')}`;
      streamState.dataset.open = 'true';
    };
    source.onerror = () => {
      counts.errors++;
      streamState.textContent = t('reconnecting');
      streamState.dataset.open = 'false';
    };
    await loadSnapshot();
    const timer = setInterval(() => batcher.request(), 30_000); // stale cars turn grey even without news
    (window as unknown as { fleetLiveMap?: unknown }).fleetLiveMap = { map, layer, store, counts };
    ctx.onLeave(() => {
      source.close();
      clearInterval(timer);
      layer.remove();
      map.remove();
      delete (window as unknown as { fleetLiveMap?: unknown }).fleetLiveMap;
    });
  },
}];
