// Dashboards of an organisation's subtree for a period: new-energy share against the 80 % target, utilisation,
// alarms and complaints by unit and per day, as SVG charts, with the table behind them and a CSV export.
import { preferredOrg, type PartContext } from '../../kit/context';
import { button, el, field } from '../../kit/dom';
import { getJson, query } from '../../kit/http';
import { orgPicker } from '../../kit/orgPicker';
import { statusLine } from '../../kit/status';
import { addDays, dayCst, dayStartIso } from '../../kit/time';
import { barChart, lineChart } from '../../charts/svg';
import { daysOf, NEW_ENERGY_TARGET, perDay, toCsv, total, unitRows, workingDays, type CalendarIn, type MovementIn, type UnitRow, type VehicleIn } from './stats';
import { dashboardTexts } from './texts';

const LONGEST_DAYS = 31;

export async function mountDashboard(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = dashboardTexts(ctx.lang);
  const status = statusLine('dashboard-status', ctx.lang);
  const today = dayCst(Date.now());
  const fromInput = el('input', { id: 'dash-from', type: 'date', value: ctx.params.get('from') ?? addDays(today, -6) });
  const toInput = el('input', { id: 'dash-to', type: 'date', value: ctx.params.get('to') ?? today });
  const charts = el('div', { class: 'charts', id: 'dash-charts' });
  const tableBox = el('div', { id: 'dash-table' });
  const exportBox = el('div', { class: 'exports' });
  const picker = await orgPicker('dash-org', preferredOrg(ctx), () => void refresh());

  const refresh = async () => {
    status.clear();
    let from = fromInput.value;
    let to = toInput.value;
    if (!from || !to || to < from) {
      status.error(new Error(t('badPeriod')));
      return;
    }
    if (daysOf(Date.parse(dayStartIso(from)), Date.parse(dayStartIso(addDays(to, 1)))).length > LONGEST_DAYS) {
      from = addDays(to, -(LONGEST_DAYS - 1));
      fromInput.value = from;
    }
    const fromIso = dayStartIso(from);
    const toIso = dayStartIso(addDays(to, 1));
    const org = picker.value();
    charts.replaceChildren(el('p', {}, t('loading')));
    try {
      const years = [...new Set([from.slice(0, 4), to.slice(0, 4)])];
      const [vehicles, movements, alarms, complaintStats, cases, ...calendars] = await Promise.all([
        getJson<VehicleIn[]>(`/api/vehicles${query({ org })}`),
        getJson<MovementIn[]>(`/api/tracks/movements${query({ org, from: fromIso, to: toIso })}`),
        getJson<{ orgId: number; state: string; start: string }[]>(`/api/supervision/alarms${query({ org, from: fromIso, to: toIso, limit: 1000 })}`),
        getJson<{ orgId: number | null; complaints: number }[]>(`/api/complaints/statistics${query({ org, from: fromIso, to: toIso })}`),
        getJson<{ receivedAt: string }[]>(`/api/complaints${query({ org })}`),
        ...years.map((y) => getJson<CalendarIn[]>(`/api/supervision/calendar${query({ year: y })}`).catch(() => [] as CalendarIn[])),
      ]);
      const fromMs = Date.parse(fromIso);
      const toMs = Date.parse(toIso);
      const days = daysOf(fromMs, toMs);
      const working = workingDays(days, calendars.flat());
      const orgNames = new Map(picker.orgs.map((o) => [o.id, o.name]));
      const rows = unitRows({ orgNames, vehicles, movements, alarms, complaints: complaintStats, fromMs, toMs, workingDays: working });
      const all = total(rows, working, t('total'));
      const alarmsPerDay = perDay(days, alarms.filter((a) => a.state !== 'WITHDRAWN').map((a) => a.start));
      const casesPerDay = perDay(days, cases.map((c) => c.receivedAt));
      draw(rows, all, days, alarmsPerDay, casesPerDay, working, alarms.length >= 1000);
      exports(rows, all, days, alarmsPerDay, casesPerDay, org, fromIso, toIso);
    } catch (e) {
      charts.replaceChildren();
      status.error(e);
    }
  };

  const chartBox = (id: string, title: string, chart: SVGSVGElement, note?: string) =>
    el('figure', { class: 'chart-box', id }, el('figcaption', {}, title), chart, note ? el('p', { class: 'hint' }, note) : null);

  const draw = (rows: UnitRow[], all: UnitRow, days: string[], alarmsPerDay: number[], casesPerDay: number[], working: number, truncated: boolean) => {
    const units = rows.filter((r) => r.vehicles > 0 || r.alarms > 0 || r.complaints > 0);
    const names = units.map((r) => r.name);
    charts.replaceChildren(
      el('div', { class: 'kpis' },
        kpi('kpi-ne-share', t('neShare'), `${all.newEnergyShare} %`, all.newEnergyShare >= NEW_ENERGY_TARGET ? 'good' : 'bad'),
        kpi('kpi-ne-km', t('neKmShare'), `${all.newEnergyKmShare} %`, all.newEnergyKmShare >= NEW_ENERGY_TARGET ? 'good' : 'bad'),
        kpi('kpi-utilisation', t('utilisation'), `${all.utilisation} %`, ''),
        kpi('kpi-alarms', t('alarms'), String(all.alarms), ''),
        kpi('kpi-complaints', t('complaints'), String(all.complaints), '')),
      chartBox('chart-new-energy', t('neByUnit'), barChart(names, [
        { name: t('neShare'), values: units.map((r) => r.newEnergyShare), color: '#2e7d32' },
        { name: t('neKmShare'), values: units.map((r) => r.newEnergyKmShare), color: '#66bb6a' },
      ], { unit: '%', max: 100, target: { value: NEW_ENERGY_TARGET, label: `${t('target')} ${NEW_ENERGY_TARGET} %` } })),
      chartBox('chart-utilisation', t('utilisationByUnit'), barChart(names, [{ name: t('utilisation'), values: units.map((r) => r.utilisation), color: '#1565c0' }], { unit: '%' }),
        `${t('utilisationNote')} ${working}`),
      chartBox('chart-by-unit', t('byUnit'), barChart(names, [
        { name: t('alarms'), values: units.map((r) => r.alarms), color: '#b71c1c' },
        { name: t('complaints'), values: units.map((r) => r.complaints), color: '#f9a825' },
      ]), truncated ? t('truncated') : undefined),
      chartBox('chart-over-time', t('overTime'), lineChart(days.map((d) => d.slice(5)), [
        { name: t('alarms'), values: alarmsPerDay, color: '#b71c1c' },
        { name: t('complaints'), values: casesPerDay, color: '#f9a825' },
      ])));
    const header = [t('unit'), t('vehicles'), t('neVehicles'), `${t('neShare')} %`, 'km', t('neKm'), `${t('neKmShare')} %`, t('movingHours'), `${t('utilisation')} %`, t('alarms'), t('complaints')];
    const cells = (r: UnitRow) => [r.name, r.vehicles, r.newEnergyVehicles, r.newEnergyShare, r.km, r.newEnergyKm, r.newEnergyKmShare, r.movingHours.toFixed(2), r.utilisation, r.alarms, r.complaints];
    tableBox.replaceChildren(el('table', { class: 'grid-table', id: 'dash-unit-table' },
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', {}, h)))),
      el('tbody', {}, ...[...rows, all].map((r) => el('tr', { 'data-org': String(r.orgId ?? ''), class: r === all ? 'total' : '' }, ...cells(r).map((c) => el('td', {}, String(c))))))));
  };

  const exports = (rows: UnitRow[], all: UnitRow, days: string[], alarmsPerDay: number[], casesPerDay: number[], org: number, fromIso: string, toIso: string) => {
    const unitCsv = toCsv(
      ['unit', 'org_id', 'vehicles', 'new_energy_vehicles', 'new_energy_share_pct', 'km', 'new_energy_km', 'new_energy_km_share_pct', 'moving_hours', 'utilisation_pct', 'alarms', 'complaints'],
      [...rows, all].map((r) => [r.name, r.orgId, r.vehicles, r.newEnergyVehicles, r.newEnergyShare, r.km, r.newEnergyKm, r.newEnergyKmShare, r.movingHours, r.utilisation, r.alarms, r.complaints]));
    const dayCsv = toCsv(['day', 'alarms', 'complaints'], days.map((d, i) => [d, alarmsPerDay[i], casesPerDay[i]]));
    exportBox.replaceChildren(
      download('dash-export-units', t('exportUnits'), `fleet-units-${fromIso.slice(0, 10)}.csv`, unitCsv),
      download('dash-export-days', t('exportDays'), `fleet-days-${fromIso.slice(0, 10)}.csv`, dayCsv),
      el('a', { id: 'dash-export-complaints', class: 'button', href: `/api/complaints/statistics${query({ org, from: fromIso, to: toIso, format: 'csv' })}` }, t('exportComplaints')));
  };

  container.replaceChildren(el('div', { class: 'part-b dashboard' },
    el('section', { class: 'panel' }, el('div', { class: 'filters' }, field(t('org'), picker.element), field(t('from'), fromInput), field(t('to'), toInput),
      button('dash-refresh', t('show'), () => void refresh(), 'primary')), status.element, exportBox),
    charts, el('section', { class: 'panel' }, el('h3', {}, t('table')), tableBox)));
  await refresh();
}

function kpi(id: string, label: string, value: string, cls: string): HTMLElement {
  return el('div', { class: `kpi ${cls}`, id }, el('div', { class: 'kpi-value' }, value), el('div', { class: 'kpi-label' }, label));
}

function download(id: string, label: string, name: string, csv: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  return el('a', { id, class: 'button', href: url, download: name }, label);
}
