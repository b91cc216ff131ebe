// Settings of an organisation: each supervision rule's switch and thresholds and the working hours, as they apply
// (its own value, inherited from a parent, or the default); saving sets the organisation's own value.
import { api, ApiError } from '../../api';
import { adminWords } from '../../admin/words';
import { actorOf } from '../../dispatch/words';
import { el, table } from '../../dom';
import type { Organisation } from '../../orgTree';
import { problemBox, showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

interface Setting {
  key: string;
  enabled: boolean;
  params: Record<string, unknown>;
  fromOrgId: number | null;
  ownVersion: number | null;
}

export const screens: Screen[] = [{
  id: 'admin-settings',
  title: { zh: '系统设置', en: 'Settings' },
  roles: ['ADMINISTRATOR'],
  order: 54,
  async render(ctx) {
    const t = adminWords(ctx.lang);
    const orgSelect = el('select', { id: 'settings-org' });
    const box = el('section', { id: 'settings' });
    ctx.root.append(el('section', {}, el('h2', {}, t('settings')), el('label', {}, `${t('org')} `, orgSelect)), box);
    let orgs: Organisation[];
    try {
      orgs = await api.get<Organisation[]>('/api/organisations');
    } catch (e) {
      showProblem(box, e, ctx.lang);
      return;
    }
    orgSelect.replaceChildren(...orgs.map((o) => el('option', { value: o.id, selected: o.id === ctx.account?.organisationId }, o.name)));
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const load = async () => {
      const org = Number(orgSelect.value);
      let settings: Setting[];
      try {
        settings = await api.get<Setting[]>(`/api/supervision/settings/${org}`);
      } catch (e) {
        showProblem(box, e, ctx.lang);
        return;
      }
      box.replaceChildren(table(settings, [
        { head: t('key'), cell: (s) => el('strong', {}, s.key) },
        { head: t('enabled'), cell: (s) => el('input', { type: 'checkbox', name: 'enabled', checked: s.enabled }) },
        { head: t('params'), cell: (s) => el('textarea', { name: 'params', rows: 2, cols: 48 }, JSON.stringify(s.params)) },
        { head: t('from'), cell: (s) => (s.fromOrgId == null ? '—' : orgName.get(s.fromOrgId) ?? `#${s.fromOrgId}`) },
        { head: '', cell: (s) => {
          const save = el('button', { type: 'button', class: 'save' }, t('save'));
          save.addEventListener('click', () => {
            const row = save.closest('tr')!;
            row.querySelectorAll('.problem, .ok').forEach((n) => n.remove());
            let params: unknown;
            try {
              params = JSON.parse((row.querySelector('textarea') as HTMLTextAreaElement).value || '{}');
            } catch (e) {
              save.after(problemBox(new ApiError({ title: 'Invalid request', status: 400, detail: String(e), violations: [{ field: 'params', message: String(e) }] }), ctx.lang));
              return;
            }
            const enabled = (row.querySelector('input[name=enabled]') as HTMLInputElement).checked;
            api.put(`/api/supervision/settings/${org}/${s.key}`, { enabled, params, actor: actorOf(ctx.account), version: s.ownVersion ?? undefined })
              .then(() => load())
              .catch((e) => save.after(problemBox(e, ctx.lang)));
          });
          return save;
        } },
      ], (s) => ({ 'data-key': s.key })));
    };
    orgSelect.addEventListener('change', () => void load());
    await load();
  },
}];
