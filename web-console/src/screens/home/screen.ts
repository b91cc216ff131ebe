// The overview every signed-in user lands on: service health, the organisation tree and the offline map with routing.
import { fetchHealth, fetchOrganisations } from '../../api';
import { el } from '../../dom';
import { translator, type MessageKey } from '../../i18n';
import { mountMapPanel } from '../../map/mapPanel';
import { buildOrgTree, type OrgNode } from '../../orgTree';
import { showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

function renderTree(nodes: OrgNode[], t: (k: MessageKey) => string): HTMLUListElement {
  const ul = el('ul', { class: 'org-tree' });
  for (const n of nodes) {
    const li = el('li', { 'data-org-code': n.code },
      el('span', { class: 'org-name' }, n.name), el('span', { class: 'org-kind' }, t(`kind_${n.kind}`)));
    if (n.children.length) li.append(renderTree(n.children, t));
    ul.append(li);
  }
  return ul;
}

export const screens: Screen[] = [{
  id: 'home',
  title: { zh: '概览', en: 'Overview' },
  roles: [],
  order: 0,
  render(ctx) {
    const t = translator(ctx.lang);
    const health = el('section', { id: 'health' }, el('h2', {}, t('services')), el('p', {}, t('loading')));
    const orgs = el('section', { id: 'organisations' }, el('h2', {}, t('organisations')), el('p', {}, t('loading')));
    const mapCanvas = el('div', { class: 'map-canvas' });
    const mapStatus = el('p', { class: 'map-status' });
    const mapSection = el('section', { id: 'map' }, el('h2', {}, t('map')), mapCanvas, mapStatus);
    ctx.root.append(el('div', { class: 'home-grid' }, health, orgs, mapSection));

    const mapTexts = { offlineLayer: t('mapOffline'), hint: t('mapHint'), routing: t('mapRouting'), failed: t('mapRouteFailed') };
    mountMapPanel(mapCanvas, mapStatus, mapTexts)
      .then((map) => ctx.onLeave(() => map.remove()))
      .catch(() => mapStatus.replaceChildren(el('span', { class: 'error' }, t('loadFailed'))));

    fetchHealth()
      .then((report) => {
        const list = el('ul', { class: 'checks' });
        for (const c of report.checks) {
          list.append(el('li', { class: c.status === 'UP' ? 'up' : 'down', 'data-check': c.name },
            `${c.name}: ${c.status === 'UP' ? t('healthy') : t('unhealthy')}`));
        }
        health.replaceChildren(el('h2', {}, t('services')), list);
      })
      .catch(() => health.replaceChildren(el('h2', {}, t('services')), el('p', { class: 'error' }, t('loadFailed'))));

    fetchOrganisations()
      .then((list) => orgs.replaceChildren(el('h2', {}, t('organisations')), renderTree(buildOrgTree(list), t)))
      .catch((e) => {
        orgs.replaceChildren(el('h2', {}, t('organisations')));
        const box = el('div');
        showProblem(box, e, ctx.lang);
        orgs.append(box);
      });
  },
}];
