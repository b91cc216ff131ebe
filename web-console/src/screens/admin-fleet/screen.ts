// Vehicles and their terminals: register a car, register a terminal on it, and see which terminals are connected to
// the gateway now (GET /api/terminals/presence, refreshed every few seconds).
import { api } from '../../api';
import { recordForm } from '../../admin/form';
import { adminWords } from '../../admin/words';
import { el, table } from '../../dom';
import type { Vehicle } from '../../dispatch/types';
import { enumWord, words } from '../../dispatch/words';
import type { Organisation } from '../../orgTree';
import { showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

interface Terminal {
  id: number;
  phone: string;
  deviceId: string | null;
  maker: string | null;
  model: string | null;
  vehicleId: number | null;
  enabled: boolean;
}

interface Presence {
  id: number;
  phone: string;
  online: boolean;
  node: string | null;
}

export const screens: Screen[] = [{
  id: 'admin-fleet',
  title: { zh: '车辆与终端', en: 'Vehicles & terminals' },
  roles: ['ADMINISTRATOR'],
  order: 52,
  async render(ctx) {
    const t = adminWords(ctx.lang);
    const w = words(ctx.lang);
    const vehiclesBox = el('section', { id: 'vehicles' });
    const vehicleForm = el('section', { id: 'vehicle-form' });
    const terminalsBox = el('section', { id: 'terminals' });
    const terminalForm = el('section', { id: 'terminal-form' });
    ctx.root.append(el('div', { class: 'admin-grid' }, vehiclesBox, vehicleForm, terminalsBox, terminalForm));
    let vehicles: Vehicle[] = [];
    let orgs: Organisation[] = [];

    const loadTerminals = async () => {
      let terminals: Terminal[], presence: Presence[];
      try {
        [terminals, presence] = await Promise.all([api.get<Terminal[]>('/api/terminals'), api.get<Presence[]>('/api/terminals/presence')]);
      } catch (e) {
        showProblem(terminalsBox, e, ctx.lang);
        return;
      }
      const online = new Map(presence.map((p) => [p.id, p]));
      const plate = new Map(vehicles.map((v) => [v.id, v.plate]));
      terminalsBox.replaceChildren(el('h2', {}, `${t('terminals')} (${terminals.length})`), table(terminals, [
        { head: t('phone'), cell: (x) => el('strong', {}, x.phone) },
        { head: t('vehicle'), cell: (x) => (x.vehicleId ? plate.get(x.vehicleId) ?? `#${x.vehicleId}` : '') },
        { head: `${t('maker')} / ${t('model')}`, cell: (x) => [x.maker, x.model].filter(Boolean).join(' ') },
        { head: t('enabled'), cell: (x) => (x.enabled ? t('yes') : t('no')) },
        { head: t('online'), cell: (x) => {
          const p = online.get(x.id);
          return el('span', { class: p?.online ? 'online' : 'offline' }, p?.online ? `● ${t('online')}` : `○ ${t('offline')}`);
        }, cls: 'presence' },
      ], (x) => ({ 'data-phone': x.phone, 'data-online': String(online.get(x.id)?.online ?? false) })));
    };

    const load = async () => {
      try {
        [vehicles, orgs] = await Promise.all([api.get<Vehicle[]>('/api/vehicles'), api.get<Organisation[]>('/api/organisations')]);
      } catch (e) {
        showProblem(vehiclesBox, e, ctx.lang);
        return;
      }
      const orgName = new Map(orgs.map((o) => [o.id, o.name]));
      vehiclesBox.replaceChildren(el('h2', {}, `${t('vehicles')} (${vehicles.length})`), table([...vehicles].sort((a, b) => a.plate.localeCompare(b.plate)), [
        { head: w('plate'), cell: (v) => el('strong', {}, v.plate) },
        { head: t('org'), cell: (v) => orgName.get(v.orgId) ?? '' },
        { head: w('pool'), cell: (v) => enumWord(w, 'pool', v.pool) },
        { head: w('energy'), cell: (v) => enumWord(w, 'energy', v.energy) },
        { head: w('status'), cell: (v) => enumWord(w, 'status', v.status) },
        { head: t('phone'), cell: (v) => v.terminalPhone ?? '' },
      ], (v) => ({ 'data-plate': v.plate, 'data-vehicle': v.id })));
      const orgOptions = orgs.map((o): [string, string] => [String(o.id), o.name]);
      const pick = (values: string[], prefix: string) => values.map((v): [string, string] => [v, enumWord(w, prefix, v)]);
      vehicleForm.replaceChildren(el('h2', {}, t('registerVehicle')), recordForm('new-vehicle', [
        { name: 'orgId', label: t('org'), type: 'select', numeric: true, options: orgOptions },
        { name: 'plate', label: w('plate'), placeholder: '浙A·12345' },
        { name: 'kind', label: t('kind'), type: 'select', options: ['SEDAN', 'SUV', 'MPV', 'MINIBUS', 'ENFORCEMENT', 'SPECIAL'].map((k): [string, string] => [k, k]) },
        { name: 'seats', label: t('seats'), type: 'number', value: '5' },
        { name: 'energy', label: w('energy'), type: 'select', options: pick(['FUEL', 'NEW_ENERGY'], 'energy') },
        { name: 'batteryRangeKm', label: t('batteryRange'), type: 'number', optional: true },
        { name: 'pool', label: w('pool'), type: 'select', options: pick(['GENERAL', 'EMERGENCY', 'ENFORCEMENT', 'COURIER', 'RETIREE'], 'pool') },
      ], t('create'), ctx.lang, (body) => api.post('/api/vehicles', body), () => void load()));
      terminalForm.replaceChildren(el('h2', {}, t('registerTerminal')), recordForm('new-terminal', [
        { name: 'phone', label: t('phone'), placeholder: '13800000001' },
        { name: 'deviceId', label: t('deviceId'), optional: true },
        { name: 'maker', label: t('maker'), optional: true },
        { name: 'model', label: t('model'), optional: true },
        { name: 'vehicleId', label: t('vehicle'), type: 'select', numeric: true, optional: true,
          options: [['', '—'], ...vehicles.filter((v) => !v.terminalPhone).map((v): [string, string] => [String(v.id), v.plate])] },
        { name: 'enabled', label: t('enabled'), type: 'checkbox' },
      ], t('create'), ctx.lang, (body) => api.post('/api/terminals', body), () => void load()));
      await loadTerminals();
    };
    await load();
    const timer = setInterval(() => void loadTerminals(), 3000);
    ctx.onLeave(() => clearInterval(timer));
  },
}];
