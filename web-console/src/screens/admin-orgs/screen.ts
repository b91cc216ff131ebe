// Organisations: the tree the user administers and a form to add a bureau or unit under it.
import { api } from '../../api';
import { recordForm } from '../../admin/form';
import { adminWords } from '../../admin/words';
import { el } from '../../dom';
import { translator, type MessageKey } from '../../i18n';
import { buildOrgTree, type Organisation, type OrgNode } from '../../orgTree';
import { showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

export const screens: Screen[] = [{
  id: 'admin-orgs',
  title: { zh: '组织机构', en: 'Organisations' },
  roles: ['ADMINISTRATOR'],
  order: 50,
  async render(ctx) {
    const t = adminWords(ctx.lang);
    const shell = translator(ctx.lang);
    const treeBox = el('section', { id: 'org-tree' });
    const formBox = el('section', { id: 'org-form' });
    ctx.root.append(el('div', { class: 'admin-grid' }, treeBox, formBox));
    const load = async () => {
      let orgs: Organisation[];
      try {
        orgs = await api.get<Organisation[]>('/api/organisations');
      } catch (e) {
        showProblem(treeBox, e, ctx.lang);
        return;
      }
      const render = (nodes: OrgNode[]): HTMLElement => el('ul', { class: 'org-tree' }, ...nodes.map((n) => el('li', { 'data-org-code': n.code, 'data-org-id': n.id },
        el('span', { class: 'org-name' }, n.name), el('span', { class: 'org-kind' }, `${shell(`kind_${n.kind}` as MessageKey)} · ${n.code}`),
        n.children.length ? render(n.children) : null)));
      treeBox.replaceChildren(el('h2', {}, `${t('organisations')} (${orgs.length})`), render(buildOrgTree(orgs)));
      const kinds: [string, string][] = (['CITY_BUREAU', 'DISTRICT_BUREAU', 'UNIT'] as const).map((k) => [k, shell(`kind_${k}`)]);
      formBox.replaceChildren(el('h2', {}, t('create')), recordForm('new-org', [
        { name: 'code', label: t('code') },
        { name: 'name', label: t('name') },
        { name: 'kind', label: t('kind'), type: 'select', options: kinds, value: 'UNIT' },
        { name: 'parentId', label: t('parent'), type: 'select', numeric: true, optional: true, options: [['', '—'], ...orgs.map((o): [string, string] => [String(o.id), o.name])] },
      ], t('create'), ctx.lang, (body) => api.post('/api/organisations', body), () => void load()));
    };
    await load();
  },
}];
