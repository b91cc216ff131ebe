// The day plan: start the planner for a day and an organisation, watch it improve, and read the result as a
// timeline per vehicle (each stop at its planned time); apply hands it to the drivers.
import { api } from '../../api';
import { el } from '../../dom';
import { chinaDay, chinaTime } from '../../dispatch/queue';
import type { Plan } from '../../dispatch/types';
import { actorOf } from '../../dispatch/words';
import { localized } from '../../i18n';
import type { Organisation } from '../../orgTree';
import { problemBox, showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';
import { timelineSpan } from './timeline';

const texts = localized({
  zh: { plans: '日计划', day: '日期', org: '单位', start: '开始规划', stop: '停止优化', apply: '下发计划', status: '状态', served: '已安排', unserved: '未安排',
    km: '总里程', empty: '空驶', vehicles: '用车数', late: '迟到', none: '暂无计划', applied: '已下发', score: '评分', ne: '新能源里程占比' },
  en: { plans: 'Day plans', day: 'Day', org: 'Organisation', start: 'Plan the day', stop: 'Stop', apply: 'Apply', status: 'Status', served: 'served', unserved: 'unserved',
    km: 'total km', empty: 'empty km', vehicles: 'vehicles', late: 'late', none: 'No plan yet', applied: 'Applied', score: 'Score', ne: 'new-energy share of km' },
});

export const screens: Screen[] = [{
  id: 'day-plan',
  title: { zh: '日计划', en: 'Day plan' },
  roles: ['DISPATCHER'],
  order: 13,
  async render(ctx) {
    const t = texts(ctx.lang);
    const day = el('input', { type: 'date', id: 'plan-day', value: chinaDay() });
    const org = el('select', { id: 'plan-org' });
    const startButton = el('button', { type: 'submit', id: 'plan-start' }, t('start'));
    const form = el('form', { class: 'inline', id: 'plan-form' }, el('label', {}, `${t('day')} `, day), el('label', {}, `${t('org')} `, org), startButton);
    const list = el('div', { id: 'plan-list' });
    const view = el('section', { id: 'plan-view' });
    const feedback = el('div');
    ctx.root.append(el('section', {}, el('h2', {}, t('plans')), form, feedback, list), view);
    try {
      const orgs = await api.get<Organisation[]>('/api/organisations');
      org.replaceChildren(...orgs.map((o) => el('option', { value: o.id, selected: o.id === ctx.account?.organisationId }, o.name)));
    } catch (e) {
      showProblem(feedback, e, ctx.lang);
    }
    let timer: ReturnType<typeof setInterval> | undefined;
    ctx.onLeave(() => clearInterval(timer));

    const show = async (id: string) => {
      clearInterval(timer);
      const load = async () => {
        let plan: Plan;
        try {
          plan = await api.get<Plan>(`/api/planning/plans/${encodeURIComponent(id)}`);
        } catch (e) {
          showProblem(view, e, ctx.lang);
          clearInterval(timer);
          return;
        }
        renderPlan(plan);
        if (plan.status !== 'SOLVING') clearInterval(timer);
      };
      await load();
      timer = setInterval(() => void load(), 2000);
    };

    const renderPlan = (plan: Plan) => {
      const s = plan.summary;
      const stop = el('button', { type: 'button', class: 'secondary', id: 'plan-stop' }, t('stop'));
      stop.addEventListener('click', () => void api.post(`/api/planning/plans/${plan.id}/stop`).then(() => show(plan.id)).catch((e) => view.append(problemBox(e, ctx.lang))));
      const apply = el('button', { type: 'button', id: 'plan-apply', disabled: plan.status === 'SOLVING' }, t('apply'));
      apply.addEventListener('click', () => {
        api.post<unknown[]>(`/api/planning/plans/${plan.id}/apply`, { actor: actorOf(ctx.account) })
          .then((outcomes) => view.append(el('div', { class: 'ok', id: 'plan-applied' }, `${t('applied')}: ${outcomes.length}`)))
          .catch((e) => view.append(problemBox(e, ctx.lang)));
      });
      const head = el('p', { id: 'plan-summary', 'data-status': plan.status, 'data-routes': plan.routes?.length ?? 0 },
        `${plan.day} · ${t('status')} ${plan.status}${plan.failure ? ' — ' + plan.failure : ''}`,
        s ? ` · ${s.served}/${s.requests} ${t('served')} · ${s.unserved} ${t('unserved')} · ${s.vehiclesUsed} ${t('vehicles')} · ${s.totalKm.toFixed(1)} ${t('km')} · ${s.emptyKm.toFixed(1)} ${t('empty')} · ${t('ne')} ${(s.newEnergyShareOfKm * 100).toFixed(0)}%` : '',
        plan.score ? ` · ${t('score')} ${plan.score}` : '');
      const routes = (plan.routes ?? []).filter((r) => r.stops.length);
      const times = routes.flatMap((r) => r.stops.map((x) => Date.parse(x.arrival)));
      const span = timelineSpan(times);
      const timeline = el('div', { class: 'timeline', id: 'plan-timeline' });
      const hours = el('div', { class: 'tl-hours' });
      for (let h = span.from; h <= span.to; h += 3600_000) {
        hours.append(el('span', { style: `left:${span.at(h)}%` }, chinaTime(new Date(h).toISOString())));
      }
      timeline.append(el('div', { class: 'tl-row' }, el('div', { class: 'tl-label' }), hours));
      for (const r of routes) {
        const bar = el('div', { class: 'tl-bar' });
        const first = Date.parse(r.stops[0].arrival);
        const last = Date.parse(r.stops[r.stops.length - 1].arrival);
        bar.append(el('div', { class: 'tl-span', style: `left:${span.at(first)}%;width:${Math.max(0.5, span.at(last) - span.at(first))}%` }));
        for (const x of r.stops) {
          bar.append(el('div', { class: `tl-stop ${x.kind.toLowerCase()}${x.late ? ' late' : ''}`, style: `left:${span.at(Date.parse(x.arrival))}%`,
            title: `#${x.requestId} ${x.kind} ${x.place} ${chinaTime(x.arrival)}${x.late ? ' ' + t('late') : ''}`, 'data-request': x.requestId }));
        }
        timeline.append(el('div', { class: 'tl-row', 'data-vehicle': r.vehicleId ?? '' },
          el('div', { class: 'tl-label' }, el('strong', {}, r.plate), el('span', { class: 'muted' }, ` ${r.driverName ?? ''} · ${r.totalKm.toFixed(0)} km`)), bar));
      }
      view.replaceChildren(el('h2', {}, `${t('plans')} ${plan.id}`), head, el('div', { class: 'actions' }, stop, apply), timeline);
    };

    const loadList = async () => {
      try {
        const plans = await api.get<Plan[]>('/api/planning/plans');
        if (!plans.length) {
          list.replaceChildren(el('p', { class: 'muted' }, t('none')));
          return;
        }
        list.replaceChildren(el('ul', { class: 'plan-list' }, ...plans.map((p) => {
          const a = el('a', { href: '#', 'data-plan': p.id }, `${p.day} · ${p.status} · ${p.summary ? `${p.summary.served}/${p.summary.requests}` : ''}`);
          a.addEventListener('click', (e) => {
            e.preventDefault();
            void show(p.id);
          });
          return el('li', {}, a);
        })));
      } catch (e) {
        showProblem(list, e, ctx.lang);
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      feedback.replaceChildren();
      api.post<Plan>('/api/planning/plans', { day: day.value, orgId: Number(org.value) })
        .then((p) => {
          void loadList();
          void show(p.id);
        })
        .catch((err) => feedback.replaceChildren(problemBox(err, ctx.lang)));
    });
    await loadList();
    const wanted = ctx.params.get('plan');
    if (wanted) void show(wanted);
  },
}];
