// Dashboards of an organisation's subtree for a period: new-energy share against the 80 % target, utilisation,
// alarms and complaints by unit (the server's evaluation) and per day, as SVG charts, with the table behind them and
// exports (the evaluation's own CSV and XLSX of units and cars, a CSV of the days).
import { preferredOrg, type PartContext } from '../../kit/context';
import { button, el, field } from '../../kit/dom';
import { ApiError } from '../../api';
import { getJson, query } from '../../kit/http';
import { orgPicker } from '../../kit/orgPicker';
import { statusLine } from '../../kit/status';
import { addDays, dayCst, dayStartIso } from '../../kit/time';
import { barChart, lineChart } from '../../charts/svg';
import { chartUnits, daysOf, NEW_ENERGY_TARGET, perDay, toCsv, unitRows, type EvaluationUnitIn, type UnitRow, type VehicleIn } from './stats';
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
      const [evaluation, vehicles, alarms, cases] = await Promise.all([
        getJson<{ rows: EvaluationUnitIn[] }>(`/api/evaluation/units${query({ org, from, to })}`),
        getJson<VehicleIn[]>(`/api/vehicles${query({ org })}`),
        // the per-day series read the alarm and complaint lists, which a dispatcher may not read: left out then
        unlessForbidden(getJson<{ orgId: number; state: string; start: string }[]>(`/api/supervision/alarms${query({ org, from: fromIso, to: toIso, limit: 1000 })}`)),
        unlessForbidden(getJson<{ receivedAt: string }[]>(`/api/complaints${query({ org })}`)),
      ]);
      const days = daysOf(Date.parse(fromIso), Date.parse(toIso));
      const rows = unitRows(evaluation.rows, vehicles);
      const alarmsPerDay = alarms && perDay(days, alarms.filter((a) => a.state !== 'WITHDRAWN').map((a) => a.start));
      const casesPerDay = cases && perDay(days, cases.map((c) => c.receivedAt));
      draw(rows, days, alarmsPerDay, casesPerDay, (alarms?.length ?? 0) >= 1000);
      exports(days, alarmsPerDay, casesPerDay, org, from, to, fromIso, toIso);
    } catch (e) {
      charts.replaceChildren();
      status.error(e);
    }
  };

  const chartBox = (id: string, title: string, chart: SVGSVGElement, note?: string) =>
    el('figure', { class: 'chart-box', id }, el('figcaption', {}, title), chart, note ? el('p', { class: 'hint' }, note) : null);

  const draw = (rows: UnitRow[], days: string[], alarmsPerDay: number[] | null, casesPerDay: number[] | null, truncated: boolean) => {
    const all = rows.find((r) => r.depth === 0)!;
    const units = chartUnits(rows);
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
        t('utilisationNote')),
      chartBox('chart-by-unit', t('byUnit'), barChart(names, [
        { name: t('alarms'), values: units.map((r) => r.alarms), color: '#b71c1c' },
        { name: t('complaints'), values: units.map((r) => r.complaints), color: '#f9a825' },
      ])),
      alarmsPerDay || casesPerDay
        ? chartBox('chart-over-time', t('overTime'), lineChart(days.map((d) => d.slice(5)), [
          ...(alarmsPerDay ? [{ name: t('alarms'), values: alarmsPerDay, color: '#b71c1c' }] : []),
          ...(casesPerDay ? [{ name: t('complaints'), values: casesPerDay, color: '#f9a825' }] : []),
        ]), [truncated ? t('truncated') : '', alarmsPerDay && casesPerDay ? '' : t('perDayNotAllowed')].filter(Boolean).join(' ') || undefined)
        : el('p', { class: 'hint', id: 'chart-over-time-none' }, t('perDayNotAllowed')));
    const header = [t('unit'), t('vehicles'), t('neVehicles'), `${t('neShare')} %`, 'km', t('neKm'), `${t('neKmShare')} %`, t('hoursInUse'), t('hoursAvailable'), `${t('utilisation')} %`, t('alarms'), t('complaints')];
    const cells = (r: UnitRow) => [r.name, r.vehicles, r.newEnergyVehicles, r.newEnergyShare, r.km, r.newEnergyKm, r.newEnergyKmShare, r.hoursInUse.toFixed(2), r.hoursAvailable.toFixed(2), r.utilisation, r.alarms, r.complaints];
    tableBox.replaceChildren(el('table', { class: 'grid-table', id: 'dash-unit-table' },
      el('thead', {}, el('tr', {}, ...header.map((h) => el('th', {}, h)))),
      el('tbody', {}, ...rows.map((r) => el('tr', { 'data-org': String(r.orgId), 'data-depth': String(r.depth), class: r.depth === 0 ? 'total' : '' },
        ...cells(r).map((c, i) => el('td', i === 0 ? { style: `padding-left: ${0.4 + r.depth * 1.2}em` } : {}, String(c))))))));
  };

  const exports = (days: string[], alarmsPerDay: number[] | null, casesPerDay: number[] | null, org: number, from: string, to: string, fromIso: string, toIso: string) => {
    const dayCsv = toCsv(['day', 'alarms', 'complaints'], days.map((d, i) => [d, alarmsPerDay?.[i] ?? null, casesPerDay?.[i] ?? null]));
    const evaluation = (what: string, format: string) => `/api/evaluation/${what}${query({ org, from, to, format })}`;
    exportBox.replaceChildren(
      el('a', { id: 'dash-export-units', class: 'button', href: evaluation('units', 'csv') }, t('exportUnits')),
      el('a', { id: 'dash-export-units-xlsx', class: 'button', href: evaluation('units', 'xlsx') }, t('exportUnitsXlsx')),
      el('a', { id: 'dash-export-vehicles', class: 'button', href: evaluation('vehicles', 'csv') }, t('exportVehicles')),
      download('dash-export-days', t('exportDays'), `fleet-days-${fromIso.slice(0, 10)}.csv`, dayCsv),
      el('a', { id: 'dash-export-complaints', class: 'button', href: `/api/complaints/statistics${query({ org, from: fromIso, to: toIso, format: 'csv' })}` }, t('exportComplaints')));
  };

  container.replaceChildren(el('div', { class: 'part-b dashboard' },
    el('section', { class: 'panel' }, el('div', { class: 'filters' }, field(t('org'), picker.element), field(t('from'), fromInput), field(t('to'), toInput),
      button('dash-refresh', t('show'), () => void refresh(), 'primary')), status.element, exportBox),
    charts, el('section', { class: 'panel' }, el('h3', {}, t('table')), tableBox)));
  await refresh();
}

/** The answer, or null when the caller's roles may not read it (403). */
function unlessForbidden<T>(call: Promise<T>): Promise<T | null> {
  return call.catch((e: unknown) => (e instanceof ApiError && e.status === 403 ? null : Promise.reject(e)));
}

function kpi(id: string, label: string, value: string, cls: string): HTMLElement {
  return el('div', { class: `kpi ${cls}`, id }, el('div', { class: 'kpi-value' }, value), el('div', { class: 'kpi-label' }, label));
}

function download(id: string, label: string, name: string, csv: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  return el('a', { id, class: 'button', href: url, download: name }, label);
}
