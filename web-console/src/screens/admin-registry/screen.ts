// The vehicle registry (一网通, docs/registry.md): each unit's quota per pool against the cars it holds, the requests
// that change a unit's fleet (purchase, renewal, disposal, plate change) with their decision from above, and the
// registration of the car an approved purchase or renewal bought.
import { api, query } from '../../api';
import { recordForm, type Field } from '../../admin/form';
import { el, table } from '../../dom';
import type { Vehicle } from '../../dispatch/types';
import { enumWord, words } from '../../dispatch/words';
import { localized } from '../../i18n';
import type { Organisation } from '../../orgTree';
import { problemBox, showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';
import { fieldsOf, KINDS, POOLS, type RequestKind } from './requests';

interface QuotaUse {
  orgId: number; orgName: string; pool: string; quota: number | null; held: number; reserved: number; free: number;
  overQuota: boolean; version: number | null;
}

interface RegistryRequest {
  id: number; kind: RequestKind; state: string; orgId: number; approverOrgId: number; vehicleId: number | null;
  vehiclePlate: string | null; pool: string | null; vehicleKind: string | null; energy: string | null; newPlate: string | null;
  disposalMethod: string | null; reason: string; requester: string; requestedAt: string; decidedBy: string | null;
  decisionReason: string | null; newVehicleId: number | null; version: number;
}

const texts = localized({
  zh: {
    quotas: '编制（按单位和车辆池）', unit: '单位', pool: '车辆池', quota: '编制数', held: '在编', reserved: '已批未登记', free: '空余',
    over: '超编', notSet: '未设定', setQuota: '设定编制', requests: '车辆申请', newRequest: '提交申请', kind: '类型', state: '状态',
    vehicle: '车辆', what: '内容', reason: '理由', requester: '申请人', decision: '审批', approve: '批准', reject: '驳回',
    register: '登记新车', plate: '车牌', actingFor: '以此单位名义办理', decisionReason: '审批意见', done: '已保存', none: '暂无申请',
    PURCHASE: '新增', RENEWAL: '更新', DISPOSAL: '处置', PLATE_CHANGE: '变更车牌',
    REQUESTED: '待审批', APPROVED: '已批准', REJECTED: '已驳回', COMPLETED: '已完成',
    AUCTION: '拍卖', SCRAP: '报废', TRANSFER: '调拨', vehicleKind: '车型', seats: '座位', energy: '能源', newPlate: '新车牌',
    disposalMethod: '处置方式', actor: '经办人', allStates: '全部状态', batteryRange: '续航(公里)',
  },
  en: {
    quotas: 'Quotas (per unit and pool)', unit: 'Unit', pool: 'Pool', quota: 'Quota', held: 'Held', reserved: 'Approved, not registered', free: 'Free',
    over: 'over quota', notSet: 'not set', setQuota: 'Set a quota', requests: 'Registry requests', newRequest: 'Submit a request', kind: 'Kind', state: 'State',
    vehicle: 'Vehicle', what: 'What', reason: 'Reason', requester: 'Requester', decision: 'Decision', approve: 'Approve', reject: 'Reject',
    register: 'Register the car', plate: 'Plate', actingFor: 'Acting for', decisionReason: 'Reason for the decision', done: 'Saved', none: 'No requests',
    PURCHASE: 'Purchase', RENEWAL: 'Renewal', DISPOSAL: 'Disposal', PLATE_CHANGE: 'Plate change',
    REQUESTED: 'Requested', APPROVED: 'Approved', REJECTED: 'Rejected', COMPLETED: 'Completed',
    AUCTION: 'Auction', SCRAP: 'Scrap', TRANSFER: 'Transfer', vehicleKind: 'Vehicle kind', seats: 'Seats', energy: 'Energy', newPlate: 'New plate',
    disposalMethod: 'Disposal method', actor: 'Acting person', allStates: 'All states', batteryRange: 'Battery range (km)',
  },
});

export const screens: Screen[] = [{
  id: 'admin-registry',
  title: { zh: '车辆编制与申请', en: 'Vehicle registry' },
  roles: ['ADMINISTRATOR'],
  order: 55,
  async render(ctx) {
    const t = texts(ctx.lang);
    const w = words(ctx.lang);
    const actor = ctx.account?.displayName || ctx.account?.username || 'console';
    let orgs: Organisation[] = [];
    let vehicles: Vehicle[] = [];
    try {
      [orgs, vehicles] = await Promise.all([api.get<Organisation[]>('/api/organisations'), api.get<Vehicle[]>('/api/vehicles')]);
    } catch (e) {
      showProblem(ctx.root, e, ctx.lang);
      return;
    }
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const orgOptions = orgs.map((o): [string, string] => [String(o.id), o.name]);
    // the organisation decisions are taken for (approving one is above the unit; the server checks it)
    const own = ctx.account && orgName.has(ctx.account.organisationId) ? ctx.account.organisationId : orgs[0]?.id;
    const actingFor = el('select', { id: 'registry-acting-for' }, ...orgOptions.map(([v, l]) => el('option', { value: v, selected: Number(v) === own }, l)));
    const actorOrgId = () => Number(actingFor.value);

    const quotaBox = el('section', { id: 'registry-quotas' });
    const requestBox = el('section', { id: 'registry-requests' });
    const formBox = el('section', { id: 'registry-new-request', style: 'max-width: 640px' });
    // stacked, full width: the request table has many columns
    ctx.root.append(el('div', { class: 'registry-page', style: 'display: grid; gap: 1rem; max-width: 1200px' },
      el('p', { class: 'registry-acting-for', style: 'margin: 0' }, el('label', {}, `${t('actingFor')} `, actingFor)), requestBox, quotaBox, formBox));

    const loadQuotas = async () => {
      let rows: QuotaUse[];
      try {
        rows = await api.get<QuotaUse[]>('/api/registry/quotas');
      } catch (e) {
        showProblem(quotaBox, e, ctx.lang);
        return;
      }
      const setQuota: Field[] = [
        { name: 'orgId', label: t('unit'), type: 'select', numeric: true, options: orgOptions },
        { name: 'pool', label: t('pool'), type: 'select', options: POOLS.map((p): [string, string] => [p, enumWord(w, 'pool', p)]) },
        { name: 'quota', label: t('quota'), type: 'number' },
      ];
      quotaBox.replaceChildren(el('h2', {}, t('quotas')), table(rows, [
        { head: t('unit'), cell: (q) => q.orgName },
        { head: t('pool'), cell: (q) => enumWord(w, 'pool', q.pool) },
        { head: t('quota'), cell: (q) => (q.quota == null ? t('notSet') : String(q.quota)) },
        { head: t('held'), cell: (q) => (q.overQuota ? el('strong', { class: 'over-quota' }, `${q.held} (${t('over')})`) : String(q.held)) },
        { head: t('reserved'), cell: (q) => String(q.reserved) },
        { head: t('free'), cell: (q) => String(q.free) },
      ], (q) => ({ 'data-org': q.orgId, 'data-pool': q.pool, class: q.overQuota ? 'over-quota' : undefined })),
      el('h3', {}, t('setQuota')), recordForm('registry-quota-form', setQuota, t('setQuota'), ctx.lang, (body) => {
        const current = rows.find((q) => q.orgId === body.orgId && q.pool === body.pool);
        return api.put(`/api/registry/quotas/${body.orgId}/${body.pool}`,
          { quota: body.quota, actor, actorOrgId: actorOrgId(), version: current?.version ?? undefined });
      }, () => void loadQuotas()));
    };

    const stateFilter = el('select', { id: 'registry-state' }, el('option', { value: '' }, t('allStates')),
      ...['REQUESTED', 'APPROVED', 'REJECTED', 'COMPLETED'].map((s) => el('option', { value: s }, t(s as 'REQUESTED'))));
    stateFilter.addEventListener('change', () => void loadRequests());
    const loadRequests = async () => {
      let rows: RegistryRequest[];
      try {
        rows = await api.get<RegistryRequest[]>(`/api/registry/requests${query({ state: stateFilter.value || undefined })}`);
      } catch (e) {
        showProblem(requestBox, e, ctx.lang);
        return;
      }
      requestBox.replaceChildren(el('h2', {}, t('requests')), el('label', {}, `${t('state')} `, stateFilter),
        rows.length ? table(rows, [
          { head: '#', cell: (r) => String(r.id) },
          { head: t('kind'), cell: (r) => t(r.kind) },
          { head: t('state'), cell: (r) => el('span', { class: `registry-state state-${r.state}` }, t(r.state as 'REQUESTED')) },
          { head: t('unit'), cell: (r) => orgName.get(r.orgId) ?? String(r.orgId) },
          { head: t('what'), cell: (r) => whatOf(r, w) },
          { head: t('reason'), cell: (r) => r.reason },
          { head: t('requester'), cell: (r) => r.requester },
          { head: t('decision'), cell: (r) => decisionCell(r) },
        ], (r) => ({ 'data-request': r.id, 'data-state': r.state, 'data-kind': r.kind })) : el('p', { class: 'muted' }, t('none')));
    };

    /** Approve or reject (a reason either way) while requested; register the bought car once approved. */
    const decisionCell = (r: RegistryRequest): HTMLElement => {
      const box = el('div', { class: 'registry-decision' });
      const after = () => void Promise.all([loadRequests(), loadQuotas()]);
      const failed = (e: unknown) => box.append(problemBox(e, ctx.lang));
      if (r.state === 'REQUESTED') {
        const reason = el('input', { name: 'decisionReason', placeholder: t('decisionReason') });
        const decide = (action: 'approve' | 'reject') => {
          box.querySelectorAll('.problem').forEach((p) => p.remove());
          api.post(`/api/registry/requests/${r.id}/${action}`, { actor, actorOrgId: actorOrgId(), version: r.version, reason: reason.value.trim() })
            .then(after, failed);
        };
        const approve = el('button', { type: 'button', class: 'approve' }, t('approve'));
        const reject = el('button', { type: 'button', class: 'reject' }, t('reject'));
        approve.addEventListener('click', () => decide('approve'));
        reject.addEventListener('click', () => decide('reject'));
        box.append(reason, approve, reject);
      } else if (r.state === 'APPROVED' && (r.kind === 'PURCHASE' || r.kind === 'RENEWAL')) {
        const plate = el('input', { name: 'plate', placeholder: t('plate') });
        // a new-energy car needs its battery range, a fuel car must not have one (as for any car registered)
        const range = el('input', { name: 'batteryRangeKm', type: 'number', placeholder: t('batteryRange') });
        const register = el('button', { type: 'button', class: 'register' }, t('register'));
        register.addEventListener('click', () => {
          box.querySelectorAll('.problem').forEach((p) => p.remove());
          const body: Record<string, unknown> = { actor, version: r.version, plate: plate.value.trim() };
          if (range.value.trim()) body.batteryRangeKm = Number(range.value);
          api.post(`/api/registry/requests/${r.id}/register`, body).then(after, failed);
        });
        box.append(plate, ...(r.energy === 'NEW_ENERGY' ? [range] : []), register);
      } else {
        box.append(el('span', { class: 'muted' }, [r.decidedBy, r.decisionReason].filter(Boolean).join('：')));
        if (r.newVehicleId) box.append(el('span', { class: 'new-vehicle', 'data-vehicle': r.newVehicleId }, ` → #${r.newVehicleId}`));
      }
      return box;
    };

    const kindSelect = el('select', { id: 'registry-kind' }, ...KINDS.map((k) => el('option', { value: k }, t(k))));
    const formHolder = el('div');
    const renderForm = () => {
      const kind = kindSelect.value as RequestKind;
      const fields = fieldsOf(kind, {
        orgs: orgOptions,
        vehicles: vehicles.filter((v) => v.status !== 'DISPOSED').map((v): [string, string] => [String(v.id), v.plate]),
        label: (k) => t(k as 'pool'),
        pool: (p) => enumWord(w, 'pool', p),
        energy: (e) => enumWord(w, 'energy', e),
      });
      formHolder.replaceChildren(recordForm('registry-request-form', fields, t('newRequest'), ctx.lang,
        (body) => api.post('/api/registry/requests', { ...body, kind, actor }), () => void Promise.all([loadRequests(), loadQuotas()])));
    };
    kindSelect.addEventListener('change', renderForm);
    formBox.replaceChildren(el('h2', {}, t('newRequest')), el('label', {}, `${t('kind')} `, kindSelect), formHolder);
    renderForm();
    await Promise.all([loadQuotas(), loadRequests()]);
  },
}];

function whatOf(r: RegistryRequest, w: ReturnType<typeof words>): string {
  switch (r.kind) {
    case 'PURCHASE':
      return `${enumWord(w, 'pool', r.pool)} · ${r.vehicleKind ?? ''} · ${enumWord(w, 'energy', r.energy)}`;
    case 'RENEWAL':
      return `${r.vehiclePlate ?? ''} → ${r.vehicleKind ?? ''} · ${enumWord(w, 'energy', r.energy)}`;
    case 'DISPOSAL':
      return `${r.vehiclePlate ?? ''} · ${r.disposalMethod ?? ''}`;
    case 'PLATE_CHANGE':
      return `${r.vehiclePlate ?? ''} → ${r.newPlate ?? ''}`;
  }
}

