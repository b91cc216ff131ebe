import './style.css';
import { fetchHealth, fetchOrganisations } from './api';
import { loadLang, saveLang, translator, type Lang, type MessageKey } from './i18n';
import { buildOrgTree, type OrgNode } from './orgTree';
import { mountMapPanel } from './map/mapPanel';

let lang: Lang = loadLang();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function renderTree(nodes: OrgNode[], t: (k: MessageKey) => string): HTMLUListElement {
  const ul = el('ul', { class: 'org-tree' });
  for (const n of nodes) {
    const li = el('li', { 'data-org-code': n.code });
    li.append(el('span', { class: 'org-name' }, n.name), el('span', { class: 'org-kind' }, t(`kind_${n.kind}`)));
    if (n.children.length) li.append(renderTree(n.children, t));
    ul.append(li);
  }
  return ul;
}

async function render(): Promise<void> {
  const t = translator(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `Fleet — ${t('title')}`;
  const app = document.getElementById('app')!;
  app.replaceChildren();

  const header = el('header');
  const langButton = el('button', { id: 'lang-switch', type: 'button' }, t('switchLang'));
  langButton.addEventListener('click', () => {
    lang = lang === 'zh' ? 'en' : 'zh';
    saveLang(lang);
    void render();
  });
  header.append(el('h1', {}, t('title')), langButton);

  const health = el('section', { id: 'health' });
  health.append(el('h2', {}, t('services')), el('p', {}, t('loading')));
  const orgs = el('section', { id: 'organisations' });
  orgs.append(el('h2', {}, t('organisations')), el('p', {}, t('loading')));
  const mapSection = el('section', { id: 'map' });
  const mapCanvas = el('div', { class: 'map-canvas' });
  const mapStatus = el('p', { class: 'map-status' });
  mapSection.append(el('h2', {}, t('map')), mapCanvas, mapStatus);
  app.append(header, el('main', {}, undefined));
  app.querySelector('main')!.append(health, orgs, mapSection);
  const mapTexts = { offlineLayer: t('mapOffline'), hint: t('mapHint'), routing: t('mapRouting'), failed: t('mapRouteFailed') };
  mountMapPanel(mapCanvas, mapStatus, mapTexts)
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
    .catch(() => orgs.replaceChildren(el('h2', {}, t('organisations')), el('p', { class: 'error' }, t('loadFailed'))));
}

void render();
