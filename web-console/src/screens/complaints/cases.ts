// The case workflow: the list of cases with their deadlines, a complaint registered from the hotline, and one case
// taken received → assigned → investigating → concluded → replied → closed, traced and replayed on the way.
import L from 'leaflet';
import type { PartContext } from '../../kit/context';
import { actorOf } from '../../kit/context';
import { button, el, field, select } from '../../kit/dom';
import { followNotices, NoticeCount, reminderText } from '../../kit/notices';
import { statusLine } from '../../kit/status';
import { formatCst, isoToLocalInput, localInputToIso } from '../../kit/time';
import { offlineMap } from '../../replay/baseMap';
import { caseStep, caseSteps, CASE_STATE_ORDER, createCase, getCase, listCases, traceCase, type Case } from './api';
import { CASE_STATES, complaintTexts, type ComplaintText } from './texts';
import { traceView } from './traceView';

export async function mountCases(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = complaintTexts(ctx.lang);
  const status = statusLine('case-status', ctx.lang);
  const stateSel = select('case-state', [['', t('all')], ...CASE_STATE_ORDER.map((s) => [s, CASE_STATES[ctx.lang][s]] as [string, string])]);
  const table = el('table', { id: 'case-table', class: 'grid-table' });
  const detail = el('section', { id: 'case-detail', class: 'panel', hidden: '' });
  const form = newCaseForm(ctx, async (created) => {
    await refresh();
    await open(created.id);
  });

  // deadline reminders pushed while the cases are shown: one line per case, until opened or acknowledged
  const reminded = new NoticeCount();
  const reminderBox = el('section', { id: 'case-reminders', class: 'panel reminders', hidden: '' });
  const showReminders = () => {
    reminderBox.hidden = reminded.size === 0;
    reminderBox.replaceChildren(el('h3', {}, `${t('reminders')} `, el('span', { id: 'case-reminder-count', class: 'notice-count' }, String(reminded.size))),
      el('ul', {}, ...reminded.list().map((n) => {
        const item = el('li', { class: `reminder reminder-${n.reason}`, 'data-id': String(n.id) },
          el('a', { href: `#/complaints?case=${n.id}` }, reminderText(n, ctx.lang)), ' ');
        item.firstElementChild!.addEventListener('click', (e) => {
          e.preventDefault();
          void open(n.id);
        });
        item.append(button(`case-reminder-ok-${n.id}`, t('dismissReminder'), () => {
          reminded.seen(n.id);
          showReminders();
        }));
        return item;
      })));
  };
  ctx.onLeave(followNotices('COMPLAINT_REMINDER', (n) => {
    reminded.add(n);
    showReminders();
    void refresh();
  }, () => void refresh()));

  const refresh = async () => {
    try {
      const cases = await listCases(undefined, stateSel.value || undefined);
      table.replaceChildren(
        el('thead', {}, el('tr', {}, ...['#', t('plate'), t('state'), t('received'), t('due'), t('daysLeft'), t('assignee'), t('description')].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...cases.map((c) => {
          const late = c.workingDaysLeft < 0 && !['REPLIED', 'CLOSED'].includes(c.state);
          const tr = el('tr', { class: `case-row state-${c.state}${late ? ' overdue' : ''}`, 'data-id': String(c.id), tabindex: '0' },
            el('td', {}, String(c.id)), el('td', {}, c.plate), el('td', {}, CASE_STATES[ctx.lang][c.state] ?? c.state),
            el('td', {}, formatCst(c.receivedAt)), el('td', {}, formatCst(c.dueAt)),
            el('td', {}, late ? `${t('overdue')} (${c.workingDaysLeft})` : String(c.workingDaysLeft)), el('td', {}, c.assignee ?? ''),
            el('td', { class: 'ellipsis' }, c.description));
          tr.addEventListener('click', () => void open(c.id));
          return tr;
        })));
      if (!cases.length) table.append(el('caption', {}, t('none')));
    } catch (e) {
      status.error(e);
    }
  };
  stateSel.addEventListener('change', () => void refresh());

  let cleanup: (() => void) | null = null;
  ctx.onLeave(() => cleanup?.());
  const open = async (id: number) => {
    reminded.seen(id);
    showReminders();
    cleanup?.();
    detail.hidden = false;
    detail.replaceChildren(el('p', {}, t('loading')));
    try {
      const c = await getCase(id);
      cleanup = await renderCase(ctx, c, detail, () => void open(id), () => void refresh());
      detail.scrollIntoView({ block: 'start' });
    } catch (e) {
      const s = statusLine('case-detail-status', ctx.lang);
      s.error(e);
      detail.replaceChildren(s.element);
    }
  };

  container.replaceChildren(el('div', { class: 'case-layout' }, reminderBox,
    el('section', { class: 'panel' }, el('div', { class: 'filters' }, field(t('state'), stateSel), button('case-refresh', t('refresh'), () => void refresh())), status.element, table),
    form, detail));
  await refresh();
  const wanted = Number(ctx.params.get('case'));
  if (wanted) await open(wanted);
}

function newCaseForm(ctx: PartContext, created: (c: Case) => Promise<void>): HTMLElement {
  const t = complaintTexts(ctx.lang);
  const status = statusLine('new-case-status', ctx.lang);
  const channel = select('new-case-channel', [['HOTLINE', t('HOTLINE')], ['CONSOLE', t('CONSOLE')]]);
  const plate = el('input', { id: 'new-case-plate', type: 'text', maxlength: '20' });
  const from = el('input', { id: 'new-case-from', type: 'datetime-local', value: isoToLocalInput(Date.now()) });
  const to = el('input', { id: 'new-case-to', type: 'datetime-local' });
  const lat = el('input', { id: 'new-case-lat', type: 'number', step: 'any' });
  const lon = el('input', { id: 'new-case-lon', type: 'number', step: 'any' });
  const placeText = el('input', { id: 'new-case-place', type: 'text', maxlength: '200' });
  const description = el('textarea', { id: 'new-case-description', rows: '3', maxlength: '2000' });
  const contactName = el('input', { id: 'new-case-contact-name', type: 'text', maxlength: '64' });
  const contact = el('input', { id: 'new-case-contact', type: 'text', maxlength: '64' });
  const save = async () => {
    status.clear();
    try {
      const c = await createCase({
        channel: channel.value as 'HOTLINE', actor: actorOf(ctx, t('actor')), plate: plate.value.trim(),
        seenFrom: localInputToIso(from.value), seenTo: localInputToIso(to.value) || undefined,
        lat: lat.value === '' ? (undefined as unknown as number) : Number(lat.value),
        lon: lon.value === '' ? (undefined as unknown as number) : Number(lon.value),
        placeText: placeText.value.trim() || undefined, description: description.value.trim(),
        contactName: contactName.value.trim() || undefined, contact: contact.value.trim() || undefined,
      });
      status.ok(`${t('done')}: #${c.id}`);
      await created(c);
    } catch (e) {
      status.error(e);
    }
  };
  return el('details', { class: 'panel new-case', id: 'new-case' }, el('summary', {}, t('newCase')),
    el('div', { class: 'form-grid' }, field(t('channel'), channel), field(t('plate'), plate), field(t('from'), from), field(t('to'), to),
      field(t('lat'), lat), field(t('lon'), lon), field(t('placeText'), placeText), field(t('contactName'), contactName), field(t('contact'), contact)),
    field(t('description'), description), button('new-case-save', t('save'), () => void save(), 'primary'), status.element);
}

async function renderCase(ctx: PartContext, c: Case, detail: HTMLElement, reload: () => void, requeue: () => void): Promise<() => void> {
  const t = complaintTexts(ctx.lang);
  const status = statusLine('case-step-status', ctx.lang);
  const progress = el('ol', { class: 'progress' }, ...CASE_STATE_ORDER.map((s) =>
    el('li', { class: CASE_STATE_ORDER.indexOf(s) < CASE_STATE_ORDER.indexOf(c.state) ? 'past' : s === c.state ? 'current' : '' }, CASE_STATES[ctx.lang][s])));
  const inputs: Record<string, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement> = {
    assignee: el('input', { id: 'step-assignee', type: 'text', value: c.assignee ?? actorOf(ctx, '') }),
    outcome: select('step-outcome', [['SUBSTANTIATED', t('outcomeSUBSTANTIATED')], ['UNSUBSTANTIATED', t('outcomeUNSUBSTANTIATED')]]),
    findings: el('textarea', { id: 'step-findings', rows: '2' }),
    vehicleId: el('input', { id: 'step-vehicle', type: 'number', value: c.vehicleId ? String(c.vehicleId) : '' }),
    tripRequestId: el('input', { id: 'step-trip', type: 'number', value: c.tripRequestId ? String(c.tripRequestId) : '' }),
    reply: el('textarea', { id: 'step-reply', rows: '2' }),
    satisfaction: select('step-satisfaction', ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'NO_ANSWER'].map((s) => [s, t(s as ComplaintText)] as [string, string])),
    alarmId: el('input', { id: 'step-alarm', type: 'number', value: c.alarmId ? String(c.alarmId) : '' }),
  };
  const needs: Record<string, string[]> = {
    assign: ['assignee'], investigate: [], conclude: ['outcome', 'findings', 'vehicleId', 'tripRequestId'], reply: ['reply'],
    close: ['satisfaction'], 'link-alarm': ['alarmId'],
  };
  const labels: Record<string, ComplaintText> = { assign: 'assign', investigate: 'investigate', conclude: 'conclude', reply: 'reply', close: 'close', 'link-alarm': 'linkAlarm' };
  const fieldLabels: Record<string, ComplaintText> = { assignee: 'assignee', outcome: 'outcome', findings: 'findings', vehicleId: 'vehicleId', tripRequestId: 'tripRequestId', reply: 'replyText', satisfaction: 'satisfaction', alarmId: 'alarmId' };
  const steps = caseSteps(c.state, c.outcome);
  const stepBoxes = steps.map((action) => {
    const names = needs[action];
    return el('fieldset', { class: 'case-step', 'data-action': action }, el('legend', {}, t(labels[action])),
      ...names.map((n) => field(t(fieldLabels[n]), inputs[n])),
      button(`case-${action}`, t(labels[action]), async () => {
        const body: Record<string, unknown> = { actor: actorOf(ctx, t('actor')), version: c.version };
        for (const n of names) {
          const v = inputs[n].value.trim();
          if (v !== '') body[n] = ['vehicleId', 'tripRequestId', 'alarmId'].includes(n) ? Number(v) : v;
        }
        try {
          await caseStep(c.id, action, body);
          status.ok(t('done'));
          requeue();
          reload();
        } catch (e) {
          status.error(e);
        }
      }, 'primary'));
  });
  const mapBox = el('div', { class: 'trace-map', id: 'case-map' });
  const replayBox = el('div', { class: 'replay', id: 'case-replay' });
  const traceBox = el('div', { id: 'case-trace' });
  const events = el('ol', { class: 'events', id: 'case-events' }, ...(c.events ?? []).map((e) =>
    el('li', { 'data-action': e.action }, `${formatCst(e.at)} ${e.actor} ${e.action}${e.toState ? ` → ${CASE_STATES[ctx.lang][e.toState] ?? e.toState}` : ''}`)));
  const late = c.workingDaysLeft < 0 && !['REPLIED', 'CLOSED'].includes(c.state);
  detail.replaceChildren(el('div', { class: 'case', 'data-id': String(c.id), 'data-state': c.state },
    el('h2', {}, `#${c.id} ${c.plate} · `, el('span', { id: 'case-detail-state' }, CASE_STATES[ctx.lang][c.state] ?? c.state)),
    progress,
    el('p', { class: late ? 'deadline overdue' : 'deadline' }, `${t('due')}: ${formatCst(c.dueAt)} · ${t('daysLeft')}: ${c.workingDaysLeft}${late ? ` · ${t('overdue')}` : ''}`),
    el('dl', { class: 'kv' },
      el('dt', {}, t('channel')), el('dd', {}, t(c.channel as ComplaintText) ?? c.channel),
      el('dt', {}, t('from')), el('dd', {}, `${formatCst(c.seenFrom)}${c.seenTo ? ` – ${formatCst(c.seenTo)}` : ''}`),
      el('dt', {}, t('place')), el('dd', {}, `${c.placeText ?? ''} (${c.lat.toFixed(5)}, ${c.lon.toFixed(5)})`),
      el('dt', {}, t('description')), el('dd', {}, c.description),
      el('dt', {}, t('contact')), el('dd', {}, [c.contactName, c.contact].filter(Boolean).join(' ')),
      c.outcome ? el('dt', {}, t('outcome')) : null, c.outcome ? el('dd', {}, `${t(`outcome${c.outcome}` as ComplaintText)} · ${c.findings ?? ''}`) : null,
      c.reply ? el('dt', {}, t('replyText')) : null, c.reply ? el('dd', {}, c.reply) : null,
      c.alarmId ? el('dt', {}, t('alarmId')) : null, c.alarmId ? el('dd', {}, el('a', { href: `#/alarms?alarm=${c.alarmId}` }, `#${c.alarmId}`)) : null),
    c.photo ? el('img', { src: `/api/complaints/${c.id}/photo`, alt: t('photo'), class: 'case-photo' }) : null,
    el('div', { class: 'case-steps' }, ...stepBoxes), status.element,
    el('h3', {}, t('traceCase')), mapBox, replayBox, traceBox,
    el('h3', {}, t('events')), events));
  const map = await offlineMap(mapBox);
  L.circleMarker([c.lat, c.lon], { radius: 6, color: '#1565c0' }).addTo(map);
  let view: ReturnType<typeof traceView> | null = null;
  try {
    const trace = await traceCase(c.id);
    view = traceView(trace, ctx.lang, map, replayBox, (cand) => {
      inputs.vehicleId.value = String(cand.vehicleId);
      if (cand.trip) inputs.tripRequestId.value = String(cand.trip.tripRequestId);
    });
    traceBox.replaceChildren(view.element);
    const first = trace.candidates.find((x) => x.there);
    if (first && !inputs.vehicleId.value) inputs.vehicleId.value = String(first.vehicleId);
    if (first?.trip && !inputs.tripRequestId.value) inputs.tripRequestId.value = String(first.trip.tripRequestId);
    await view.replayFirst();
  } catch (e) {
    const s = statusLine('case-trace-status', ctx.lang);
    s.error(e);
    traceBox.replaceChildren(s.element);
  }
  return () => {
    view?.destroy();
    map.remove();
  };
}
