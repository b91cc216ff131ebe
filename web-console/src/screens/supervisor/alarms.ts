// The supervisor's alarm queue and an alarm's evidence: replay of the track with its speed and stops, the order (or
// that there was none), the rule and its thresholds, and the review steps with their reasons.
import type L from 'leaflet';
import type { Lang } from '../../i18n';
import { preferredOrg, type PartContext } from '../../kit/context';
import { actorOf } from '../../kit/context';
import { button, el, field, select } from '../../kit/dom';
import { orgPicker } from '../../kit/orgPicker';
import { followNotices, NoticeCount } from '../../kit/notices';
import { statusLine } from '../../kit/status';
import { dayStartIso, formatCst, addDays } from '../../kit/time';
import { offlineMap } from '../../replay/baseMap';
import { mountReplay, type ReplayPlayer } from '../../replay/player';
import { samplesOf, stopsOf } from '../../replay/track';
import { actOnAlarm, ALARM_STATES, getAlarm, listAlarms, listVehicles, RULES, stepsFor, vehicleTrack, type Alarm } from './api';
import { RULE_NAMES, STATE_NAMES, supervisionTexts } from './texts';

const HALF_HOUR = 30 * 60_000;

export async function mountAlarms(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = supervisionTexts(ctx.lang);
  const status = statusLine('alarm-status', ctx.lang);
  const stateSel = select('alarm-state', [['', t('all')], ...ALARM_STATES.map((s) => [s, STATE_NAMES[ctx.lang][s]] as [string, string])], ctx.params.get('state') ?? '');
  const ruleSel = select('alarm-rule', [['', t('all')], ...RULES.map((r) => [r, RULE_NAMES[ctx.lang][r]] as [string, string])]);
  const vehicleSel = select('alarm-vehicle', [['', t('all')]]);
  const fromInput = el('input', { id: 'alarm-from', type: 'date' });
  const toInput = el('input', { id: 'alarm-to', type: 'date' });
  const table = el('table', { id: 'alarm-table', class: 'grid-table' });
  const detail = el('section', { id: 'alarm-detail', class: 'panel', hidden: '' });
  const queue = el('section', { id: 'alarm-queue', class: 'panel' });
  // new alarms pushed while the queue is shown: counted, listed without a reload, marked until opened
  const fresh = new NoticeCount();
  const badge = el('span', { id: 'alarm-new-count', class: 'notice-count', hidden: '' });
  const showCount = () => {
    badge.textContent = `${fresh.size} ${t('newAlarms')}`;
    badge.hidden = fresh.size === 0;
  };

  const picker = await orgPicker('alarm-org', preferredOrg(ctx), () => {
    void loadVehicles();
    void refresh();
  });
  const loadVehicles = async () => {
    const vehicles = await listVehicles(picker.value()).catch(() => []);
    vehicleSel.replaceChildren(el('option', { value: '' }, t('all')), ...vehicles.map((v) => el('option', { value: String(v.id) }, v.plate)));
  };
  const refresh = async () => {
    status.clear();
    try {
      const alarms = await listAlarms({
        org: picker.value(), state: stateSel.value || undefined, rule: ruleSel.value || undefined,
        vehicleId: vehicleSel.value ? Number(vehicleSel.value) : undefined,
        from: fromInput.value ? dayStartIso(fromInput.value) : undefined,
        to: toInput.value ? dayStartIso(addDays(toInput.value, 1)) : undefined,
      });
      renderTable(alarms);
    } catch (e) {
      status.error(e);
    }
  };
  const renderTable = (alarms: Alarm[]) => {
    const head = el('tr', {}, ...['#', t('plate'), t('rule'), t('state'), t('period'), t('summary')].map((h) => el('th', {}, h)));
    const rows = alarms.map((a) => {
      const tr = el('tr', { class: `alarm-row state-${a.state}${a.detected ? '' : ' not-detected'}`, 'data-id': String(a.id), 'data-rule': a.rule, tabindex: '0' },
        el('td', {}, String(a.id)), el('td', {}, a.plate), el('td', {}, RULE_NAMES[ctx.lang][a.rule] ?? a.rule),
        el('td', { class: 'alarm-state' }, STATE_NAMES[ctx.lang][a.state] ?? a.state),
        el('td', {}, `${formatCst(a.start)} – ${formatCst(a.end).slice(11)}`), el('td', {}, a.summary));
      if (fresh.has(a.id)) tr.classList.add('new-alarm');
      tr.addEventListener('click', () => void open(a.id));
      return tr;
    });
    table.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
    if (!alarms.length) table.append(el('caption', {}, t('none')));
  };

  let player: ReplayPlayer | null = null;
  let map: L.Map | null = null;
  ctx.onLeave(() => {
    player?.destroy();
    map?.remove();
  });
  const open = async (id: number) => {
    fresh.seen(id);
    showCount();
    table.querySelector(`tr[data-id="${id}"]`)?.classList.remove('new-alarm');
    player?.destroy();
    player = null;
    map?.remove();
    map = null;
    detail.hidden = false;
    detail.replaceChildren(el('p', {}, t('loading')));
    try {
      const alarm = await getAlarm(id);
      const view = renderDetail(alarm, ctx, t, () => void open(id), () => void refresh());
      detail.replaceChildren(view.element);
      map = await offlineMap(view.mapBox);
      const ev = alarm.evidence;
      const start = Date.parse(alarm.start);
      const end = Date.parse(alarm.end);
      // The reported track with speeds, 30 minutes either side; the evidence's own thinned line if that fails.
      const feature = await vehicleTrack(alarm.vehicleId, new Date(start - HALF_HOUR).toISOString(), new Date(end + HALF_HOUR).toISOString())
        .catch(() => ev?.track ?? null);
      let samples = samplesOf(feature);
      if (samples.length < 2 && ev?.track) samples = samplesOf(ev.track);
      player = mountReplay(view.replayBox, map, { samples, stops: stopsOf(ev?.stops ?? []), highlight: { start, end } },
        { play: t('play'), pause: t('pause'), speed: t('speed'), stopped: t('stopped'), noTrack: t('noTrack') });
      detail.scrollIntoView({ block: 'start' });
    } catch (e) {
      const s = statusLine('alarm-detail-status', ctx.lang);
      s.error(e);
      detail.replaceChildren(s.element);
    }
  };

  const searchButton = button('alarm-search', t('search'), () => void refresh(), 'primary');
  queue.append(badge,
    el('div', { class: 'filters' },
      field(t('org'), picker.element), field(t('state'), stateSel), field(t('rule'), ruleSel), field(t('vehicle'), vehicleSel),
      field(t('from'), fromInput), field(t('to'), toInput), searchButton),
    status.element, table);
  container.replaceChildren(el('div', { class: 'alarm-layout' }, queue, detail));
  ctx.onLeave(followNotices('ALARM', (n) => {
    fresh.add(n);
    showCount();
    void refresh();
  }, () => void refresh()));
  await loadVehicles();
  await refresh();
  const wanted = Number(ctx.params.get('alarm'));
  if (wanted) await open(wanted);
}

function kv(rows: [string, unknown][]): HTMLElement {
  return el('dl', { class: 'kv' }, ...rows.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? ''))]));
}

function renderDetail(alarm: Alarm, ctx: PartContext, t: ReturnType<typeof supervisionTexts>, reload: () => void, requeue: () => void) {
  const lang: Lang = ctx.lang;
  const ev = alarm.evidence;
  const mapBox = el('div', { class: 'replay-map', id: 'replay-map' });
  const replayBox = el('div', { class: 'replay', id: 'replay' });
  const status = statusLine('review-status', ctx.lang);
  const text = el('textarea', { id: 'review-text', rows: '2', placeholder: `${t('reason')} / ${t('question')} / ${t('note')}` });
  const actions = el('div', { class: 'review-actions' });
  const labels: Record<string, string> = { confirm: t('confirm'), dismiss: t('dismiss'), 'request-explanation': t('requestExplanation'), explain: t('explain'), close: t('close') };
  for (const step of stepsFor(alarm.state)) {
    actions.append(button(`review-${step.action}`, labels[step.action], async () => {
      try {
        await actOnAlarm(alarm.id, step.action, { actor: actorOf(ctx, t('actor')), version: alarm.version, text: text.value.trim() || undefined });
        status.ok(t('done'));
        requeue();
        reload();
      } catch (e) {
        status.error(e);
      }
    }, step.action === 'confirm' ? 'danger' : ''));
  }
  const order = ev ? el('div', { class: 'order', id: 'alarm-order' },
    el('p', {}, alarm.tripRequestId ? `${t('order')}: #${alarm.tripRequestId}` : orderText(ev.order, t)),
    el('p', {}, `${t('tripsNearby')}: `, ev.approvedTripsNearby.length ? ev.approvedTripsNearby.map((x) => `#${x.id} ${x.state} ${formatCst(x.windowStart)}–${formatCst(x.windowEnd).slice(11)}`).join('; ') : t('noTrip'))) : null;
  const events = el('ol', { class: 'events', id: 'alarm-events' },
    ...(alarm.events ?? []).map((e) => el('li', { 'data-action': e.action }, `${formatCst(e.at)} ${e.actor} ${e.action}${e.details ? ` ${JSON.stringify(e.details)}` : ''}`)));
  const element = el('div', { class: 'alarm-evidence', 'data-id': String(alarm.id), 'data-state': alarm.state },
    el('h2', {}, `#${alarm.id} ${alarm.plate} · ${RULE_NAMES[lang][alarm.rule] ?? alarm.rule} · `, el('span', { id: 'alarm-detail-state' }, STATE_NAMES[lang][alarm.state] ?? alarm.state)),
    alarm.detected ? null : el('p', { class: 'warning' }, t('noLongerDetected')),
    el('p', { class: 'alarm-summary' }, alarm.summary),
    el('p', {}, `${t('period')}: ${formatCst(alarm.start)} – ${formatCst(alarm.end)}`),
    el('h3', {}, t('replay')), mapBox, replayBox,
    ev ? el('div', { class: 'evidence-grid' },
      el('div', {}, el('h3', {}, t('thresholds')), kv([...Object.entries(ev.thresholds), [t('thresholdsFrom'), ev.thresholdsFrom === 'defaults' ? t('defaults') : ev.thresholdsFrom]])),
      el('div', {}, el('h3', {}, t('details')), kv(Object.entries(ev.details ?? {}))),
      el('div', {}, el('h3', {}, t('order')), order)) : null,
    alarm.explanation ? el('p', {}, `${t('explanation')}: ${alarm.explanation}`) : null,
    alarm.resolution ? el('p', {}, `${t('reason')}: ${alarm.resolution}`) : null,
    stepsFor(alarm.state).length ? el('div', { class: 'review' }, text, actions) : null,
    status.element,
    el('h3', {}, t('events')), events);
  return { element, mapBox, replayBox };
}

/** The server states the order in English; the usual sentences are shown in the user's language. */
function orderText(order: string, t: ReturnType<typeof supervisionTexts>): string {
  if (order.startsWith('no approved trip')) return t('noApprovedTrip');
  if (order.startsWith('approved trips nearby do not cover it')) return t('tripsDoNotCover');
  return order;
}
