// The dispatcher's desk: requests waiting for a car (most urgent first), the solver's proposals for the chosen one
// with their reasons and one-click assign, and the assigned requests that can be dragged onto another car, the
// rules that move would break shown before it is confirmed.
import { api, query } from '../../api';
import { el } from '../../dom';
import { distanceText, movable, queue, windowText } from '../../dispatch/queue';
import type { Driver, Proposals, RuleBreak, TripRequest, Vehicle } from '../../dispatch/types';
import { actorOf, enumWord, words } from '../../dispatch/words';
import { problemBox, problemOf, showProblem } from '../../shell/problem';
import type { Screen, ScreenContext } from '../../shell/screen';

export const screens: Screen[] = [{
  id: 'dispatch',
  title: { zh: '派车调度', en: 'Dispatch' },
  roles: ['DISPATCHER'],
  order: 10,
  render: (ctx) => new DispatchDesk(ctx).start(),
}];

class DispatchDesk {
  private readonly t;
  private requests: TripRequest[] = [];
  private vehicles: Vehicle[] = [];
  private drivers: Driver[] = [];
  private readonly queuePane = el('section', { id: 'queue', class: 'pane' });
  private readonly detailPane = el('section', { id: 'proposals', class: 'pane' });
  private readonly carsPane = el('section', { id: 'drop-cars', class: 'pane' });

  constructor(private readonly ctx: ScreenContext) {
    this.t = words(ctx.lang);
  }

  async start() {
    this.ctx.root.append(el('div', { class: 'desk' }, this.queuePane, this.detailPane, this.carsPane));
    await this.load();
    const selected = Number(this.ctx.params.get('request'));
    if (selected) void this.showProposals(selected);
    else this.detailPane.replaceChildren(el('h2', {}, this.t('proposals')), el('p', { class: 'muted' }, this.t('chooseRequest')));
  }

  private async load() {
    try {
      [this.requests, this.vehicles, this.drivers] = await Promise.all([
        api.get<TripRequest[]>('/api/trip-requests'),
        api.get<Vehicle[]>('/api/vehicles'),
        api.get<Driver[]>('/api/drivers'),
      ]);
    } catch (e) {
      showProblem(this.queuePane, e, this.ctx.lang);
      return;
    }
    this.renderQueue();
    this.renderCars();
  }

  private plate(id: number | null) {
    return this.vehicles.find((v) => v.id === id)?.plate ?? (id == null ? '' : `#${id}`);
  }

  private driverName(id: number | null) {
    return this.drivers.find((d) => d.id === id)?.name ?? (id == null ? '' : `#${id}`);
  }

  private requestCard(r: TripRequest, draggable: boolean) {
    const t = this.t;
    const card = el('li', { class: `req cat-${r.category}`, 'data-request': r.id, draggable: draggable ? 'true' : undefined, tabindex: 0 },
      el('span', { class: 'cat' }, enumWord(t, 'category', r.category)),
      el('strong', {}, `#${r.id} ${r.pickupPlace}`),
      el('span', { class: 'muted' }, ` → ${r.destinations.map((d) => d.name).join('、')}`),
      el('div', { class: 'muted' }, `${windowText(r)} · ${r.requester} · ${r.passengers}${this.ctx.lang === 'zh' ? '人' : ' pax'}`
        + (r.vehicleId ? ` · ${this.plate(r.vehicleId)} / ${this.driverName(r.driverId)}` : '')));
    card.addEventListener('click', () => void this.showProposals(r.id));
    if (draggable) {
      card.addEventListener('dragstart', (e) => {
        e.dataTransfer!.setData('text/plain', String(r.id));
        e.dataTransfer!.effectAllowed = 'move';
      });
    }
    return card;
  }

  private renderQueue() {
    const t = this.t;
    const waiting = queue(this.requests);
    const assigned = movable(this.requests);
    const refresh = el('button', { type: 'button', class: 'secondary', id: 'refresh' }, t('refresh'));
    refresh.addEventListener('click', () => void this.load());
    this.queuePane.replaceChildren(
      el('h2', {}, `${t('waiting')} (${waiting.length}) `, refresh),
      waiting.length ? el('ul', { class: 'reqs', id: 'waiting' }, ...waiting.map((r) => this.requestCard(r, false)))
        : el('p', { class: 'muted' }, t('noRequests')),
      el('h2', {}, `${t('assigned')} (${assigned.length})`),
      el('ul', { class: 'reqs', id: 'assigned' }, ...assigned.map((r) => this.requestCard(r, true))));
  }

  private renderCars() {
    const t = this.t;
    const list = el('ul', { class: 'cars' });
    for (const v of this.vehicles.filter((x) => x.status === 'AVAILABLE')) {
      const li = el('li', { 'data-vehicle': v.id, class: 'drop' }, el('strong', {}, v.plate),
        el('span', { class: 'muted' }, ` ${enumWord(t, 'pool', v.pool)} · ${v.seats}座${v.energy === 'NEW_ENERGY' ? ' · ' + t('newEnergy') : ''}`));
      li.addEventListener('dragover', (e) => {
        e.preventDefault();
        li.classList.add('over');
      });
      li.addEventListener('dragleave', () => li.classList.remove('over'));
      li.addEventListener('drop', (e) => {
        e.preventDefault();
        li.classList.remove('over');
        const id = Number(e.dataTransfer?.getData('text/plain'));
        if (id) void this.offerReassign(id, v);
      });
      list.append(li);
    }
    this.carsPane.replaceChildren(el('h2', {}, t('vehicles')), el('p', { class: 'muted' }, t('dropHere')), list);
  }

  /** Re-assignment by drag: the rules it would break first, then confirm. */
  async offerReassign(requestId: number, vehicle: Vehicle) {
    const t = this.t;
    const r = this.requests.find((x) => x.id === requestId);
    if (!r) return;
    const driverSelect = el('select', { id: 'reassign-driver' },
      ...this.drivers.filter((d) => d.status === 'ACTIVE').map((d) => el('option', { value: d.id, selected: d.id === r.driverId }, d.name)));
    const breaksBox = el('div', { class: 'breaks' });
    const confirm = el('button', { type: 'button', id: 'reassign-confirm' }, t('confirm'));
    const cancel = el('button', { type: 'button', class: 'secondary' }, t('cancel'));
    const dialog = el('div', { class: 'card reassign', id: 'reassign', 'data-request': r.id, 'data-vehicle': vehicle.id },
      el('h3', {}, `${t('reassign')} #${r.id} → ${vehicle.plate}`), breaksBox,
      el('label', {}, `${t('driver')} `, driverSelect), el('div', { class: 'actions' }, confirm, cancel));
    this.detailPane.replaceChildren(el('h2', {}, t('reassign')), dialog);
    let breaks: RuleBreak[] = [];
    const check = async () => {
      breaksBox.replaceChildren(el('p', { class: 'muted' }, '…'));
      try {
        breaks = await api.get<RuleBreak[]>(`/api/trip-requests/${r.id}/assignment-check${query({ vehicleId: vehicle.id, driverId: Number(driverSelect.value) })}`);
        breaksBox.replaceChildren(breakList(breaks, t));
      } catch (e) {
        showProblem(breaksBox, e, this.ctx.lang);
      }
    };
    driverSelect.addEventListener('change', () => void check());
    cancel.addEventListener('click', () => this.detailPane.replaceChildren(el('h2', {}, t('proposals'))));
    confirm.addEventListener('click', () => {
      void this.assign(r, vehicle.id, Number(driverSelect.value), breaks.length > 0, dialog);
    });
    await check();
  }

  async showProposals(requestId: number) {
    const t = this.t;
    for (const c of this.queuePane.querySelectorAll('li.req')) c.classList.toggle('selected', (c as HTMLElement).dataset.request === String(requestId));
    const r = this.requests.find((x) => x.id === requestId);
    const head = el('h2', {}, `${t('proposals')} #${requestId}`);
    this.detailPane.replaceChildren(head, el('p', { class: 'muted' }, '…'));
    if (!r) return;
    let answer: Proposals;
    try {
      answer = await api.get<Proposals>(`/api/trip-requests/${requestId}/proposals`);
    } catch (e) {
      this.detailPane.replaceChildren(head, problemBox(e, this.ctx.lang));
      return;
    }
    const list = el('ol', { class: 'proposals' });
    for (const p of answer.proposals) {
      const button = el('button', { type: 'button', class: 'assign' }, t('assign'));
      const item = el('li', { 'data-vehicle': p.vehicleId, 'data-driver': p.driverId, class: p.feasible ? 'feasible' : 'infeasible' },
        el('div', { class: 'head' }, el('strong', {}, `${p.plate} · ${p.driverName}`),
          el('span', { class: 'distance' }, ` ${distanceText(p, t)}${p.newEnergy ? ' · ' + t('newEnergy') : ''}`), button),
        p.breaks.length ? breakList(p.breaks, t) : el('span', {}),
        el('ul', { class: 'reasons' }, ...p.reasons.map((x) => el('li', {}, x))));
      button.addEventListener('click', () => void this.assign(r, p.vehicleId, p.driverId, false, item));
      list.append(item);
    }
    this.detailPane.replaceChildren(head,
      el('p', { class: 'muted' }, `${r.pickupPlace} · ${windowText(r)} · ${enumWord(t, 'category', r.category)} · ${answer.evaluated} ${t('evaluated')} / ${answer.crews} ${t('crews')}`),
      answer.proposals.length ? list : el('p', { class: 'muted' }, t('none')));
  }

  /** One-click assign; when the server refuses because rules break, show them and offer to assign anyway. */
  async assign(r: TripRequest, vehicleId: number, driverId: number, confirmBreaks: boolean, where: HTMLElement) {
    const t = this.t;
    where.querySelectorAll('.problem, .ok, .override').forEach((n) => n.remove());
    try {
      const done = await api.post<TripRequest>(`/api/trip-requests/${r.id}/assign`,
        { actor: actorOf(this.ctx.account), version: r.version, vehicleId, driverId, confirmBreaks });
      this.requests = this.requests.map((x) => (x.id === done.id ? done : x));
      this.renderQueue();
      this.detailPane.replaceChildren(el('h2', {}, t('proposals')),
        el('div', { class: 'ok', id: 'assigned-ok', 'data-request': done.id, 'data-vehicle': done.vehicleId ?? '' },
          `${t('assigned_ok')}: #${done.id} → ${this.plate(done.vehicleId)} / ${this.driverName(done.driverId)}`));
    } catch (e) {
      where.append(problemBox(e, this.ctx.lang));
      const p = problemOf(e);
      if (p.status === 409 && p.violations?.length && !confirmBreaks && p.title.includes('rules')) {
        const anyway = el('button', { type: 'button', class: 'override' }, t('assignAnyway'));
        anyway.addEventListener('click', () => void this.assign(r, vehicleId, driverId, true, where));
        where.append(anyway);
      } else if (p.status === 409) {
        await this.load(); // someone else changed the request: show what it is now
      }
    }
  }
}

function breakList(breaks: RuleBreak[], t: (k: 'breaks' | 'noBreaks') => string): HTMLElement {
  if (!breaks.length) return el('p', { class: 'no-breaks' }, t('noBreaks'));
  return el('div', { class: 'breaks' }, el('strong', {}, t('breaks')),
    el('ul', {}, ...breaks.map((b) => el('li', { 'data-rule': b.rule }, b.message))));
}
