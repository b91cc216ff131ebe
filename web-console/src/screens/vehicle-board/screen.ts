// Every car at a glance: status, who drives it now (the driver of the trip it holds), its pool, and for new-energy
// cars the battery (range and the last reading a driver gave); the newest live position next to it.
import { api } from '../../api';
import { el, table } from '../../dom';
import { crewOf } from '../../dispatch/queue';
import type { Driver, LivePosition, TripRequest, Vehicle } from '../../dispatch/types';
import { enumWord, words } from '../../dispatch/words';
import { showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

export const screens: Screen[] = [{
  id: 'vehicle-board',
  title: { zh: '车辆看板', en: 'Vehicle board' },
  roles: ['DISPATCHER'],
  order: 11,
  async render(ctx) {
    const t = words(ctx.lang);
    const box = el('section', { id: 'board' }, el('p', { class: 'muted' }, '…'));
    ctx.root.append(box);
    let vehicles: Vehicle[], drivers: Driver[], requests: TripRequest[], live: LivePosition[];
    try {
      [vehicles, drivers, requests, live] = await Promise.all([
        api.get<Vehicle[]>('/api/vehicles'), api.get<Driver[]>('/api/drivers'),
        api.get<TripRequest[]>('/api/trip-requests'), api.get<LivePosition[]>('/api/live'),
      ]);
    } catch (e) {
      showProblem(box, e, ctx.lang);
      return;
    }
    const crews = crewOf(requests);
    const driverName = new Map(drivers.map((d) => [d.id, d.name]));
    const liveOf = new Map(live.map((p) => [p.vehicleId, p]));
    const sorted = [...vehicles].sort((a, b) => a.plate.localeCompare(b.plate));
    const grid = table(sorted, [
      { head: t('plate'), cell: (v) => el('strong', {}, v.plate) },
      { head: t('status'), cell: (v) => enumWord(t, 'status', v.status), cls: 'status' },
      { head: t('driver'), cell: (v) => {
        const c = crews.get(v.id);
        return c?.driverId ? `${driverName.get(c.driverId) ?? '#' + c.driverId} (#${c.requestId})` : '';
      }, cls: 'driver' },
      { head: t('pool'), cell: (v) => enumWord(t, 'pool', v.pool) },
      { head: t('energy'), cell: (v) => enumWord(t, 'energy', v.energy) },
      { head: t('battery'), cell: (v) => {
        if (v.energy !== 'NEW_ENERGY') return '';
        const pct = crews.get(v.id)?.energyPercent;
        return [pct != null ? `${pct}%` : null, v.batteryRangeKm ? `${v.batteryRangeKm} km` : null].filter(Boolean).join(' · ');
      }, cls: 'battery' },
      { head: t('live'), cell: (v) => {
        const p = liveOf.get(v.id);
        if (!p) return el('span', { class: 'muted' }, t('noFix'));
        return `${new Date(p.fixTimeMillis).toLocaleString(ctx.lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' })} · ${Math.round(p.speedKmh)} km/h`;
      } },
    ], (v) => ({ 'data-vehicle': v.id, 'data-plate': v.plate }));
    box.replaceChildren(el('h2', {}, `${t('vehicles')} (${vehicles.length})`), grid);
  },
}];
