// Accounts and their roles: who may sign in, for which organisation; lift a lock or free a phone binding.
import { api } from '../../api';
import { recordForm } from '../../admin/form';
import { adminWords } from '../../admin/words';
import { el, table } from '../../dom';
import type { Driver } from '../../dispatch/types';
import { translator, type MessageKey } from '../../i18n';
import type { Organisation } from '../../orgTree';
import { problemBox, showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

interface AccountRow {
  id: number;
  username: string;
  displayName: string;
  role?: string;
  roles?: string[];
  orgId?: number;
  organisationId?: number;
  orgPath?: string;
  driverId: number | null;
  deviceBound: boolean;
  locked: boolean;
}

const ROLE_CHOICES = ['ADMINISTRATOR', 'DISPATCHER', 'SUPERVISOR', 'COMPLAINT_HANDLER', 'REQUESTER', 'APPROVER', 'DRIVER'];

export const screens: Screen[] = [{
  id: 'admin-accounts',
  title: { zh: '账号与角色', en: 'Accounts' },
  roles: ['ADMINISTRATOR'],
  order: 51,
  async render(ctx) {
    const t = adminWords(ctx.lang);
    const shell = translator(ctx.lang);
    const listBox = el('section', { id: 'accounts' });
    const formBox = el('section', { id: 'account-form' });
    ctx.root.append(el('div', { class: 'admin-grid' }, listBox, formBox));
    const roleWord = (r: string) => shell(`role_${r}` as MessageKey);
    const load = async () => {
      let accounts: AccountRow[], orgs: Organisation[], drivers: Driver[];
      try {
        [accounts, orgs, drivers] = await Promise.all([api.get<AccountRow[]>('/api/accounts'), api.get<Organisation[]>('/api/organisations'), api.get<Driver[]>('/api/drivers')]);
      } catch (e) {
        showProblem(listBox, e, ctx.lang);
        return;
      }
      const orgName = new Map(orgs.map((o) => [o.id, o.name]));
      const grid = table(accounts, [
        { head: t('username'), cell: (a) => el('strong', {}, a.username) },
        { head: t('displayName'), cell: (a) => a.displayName },
        { head: t('role'), cell: (a) => (a.roles ?? (a.role ? [a.role] : [])).map(roleWord).join('、'), cls: 'roles' },
        { head: t('org'), cell: (a) => orgName.get(a.orgId ?? a.organisationId ?? -1) ?? '' },
        { head: t('device'), cell: (a) => (a.deviceBound ? t('yes') : '') },
        { head: t('locked'), cell: (a) => (a.locked ? t('yes') : '') },
        { head: '', cell: (a) => {
          if (!a.deviceBound && !a.locked) return '';
          const b = el('button', { type: 'button', class: 'secondary release' }, t('releaseDevice'));
          b.addEventListener('click', () => api.post(`/api/accounts/${a.id}/release-device`).then(load).catch((e) => b.after(problemBox(e, ctx.lang))));
          return b;
        } },
      ], (a) => ({ 'data-username': a.username }));
      listBox.replaceChildren(el('h2', {}, `${t('accounts')} (${accounts.length})`), grid);
      formBox.replaceChildren(el('h2', {}, t('create')), recordForm('new-account', [
        { name: 'username', label: t('username') },
        { name: 'displayName', label: t('displayName') },
        { name: 'role', label: t('role'), type: 'select', options: ROLE_CHOICES.map((r): [string, string] => [r, roleWord(r)]), value: 'REQUESTER' },
        { name: 'orgId', label: t('org'), type: 'select', numeric: true, optional: true, options: orgs.map((o): [string, string] => [String(o.id), o.name]) },
        { name: 'driverId', label: t('driverRecord'), type: 'select', numeric: true, optional: true, options: [['', '—'], ...drivers.map((d): [string, string] => [String(d.id), `${d.name} ${d.phone}`])] },
        { name: 'password', label: t('password'), type: 'password' },
      ], t('create'), ctx.lang, (body) => api.post('/api/accounts', body), () => void load()));
    };
    await load();
  },
}];
