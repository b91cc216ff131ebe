// Drivers: who may drive, their licence and daily limit, and a form to register one.
import { api } from '../../api';
import { recordForm } from '../../admin/form';
import { adminWords } from '../../admin/words';
import { el, table } from '../../dom';
import type { Driver } from '../../dispatch/types';
import { enumWord, words } from '../../dispatch/words';
import type { Organisation } from '../../orgTree';
import { showProblem } from '../../shell/problem';
import type { Screen } from '../../shell/screen';

export const screens: Screen[] = [{
  id: 'admin-drivers',
  title: { zh: '驾驶员', en: 'Drivers' },
  roles: ['ADMINISTRATOR'],
  order: 53,
  async render(ctx) {
    const t = adminWords(ctx.lang);
    const w = words(ctx.lang);
    const listBox = el('section', { id: 'drivers' });
    const formBox = el('section', { id: 'driver-form' });
    ctx.root.append(el('div', { class: 'admin-grid' }, listBox, formBox));
    const load = async () => {
      let drivers: Driver[], orgs: Organisation[];
      try {
        [drivers, orgs] = await Promise.all([api.get<Driver[]>('/api/drivers'), api.get<Organisation[]>('/api/organisations')]);
      } catch (e) {
        showProblem(listBox, e, ctx.lang);
        return;
      }
      const orgName = new Map(orgs.map((o) => [o.id, o.name]));
      listBox.replaceChildren(el('h2', {}, `${t('drivers')} (${drivers.length})`), table(drivers, [
        { head: t('name'), cell: (d) => el('strong', {}, d.name) },
        { head: t('phone'), cell: (d) => d.phone },
        { head: t('licence'), cell: (d) => d.licenceClass },
        { head: t('dailyLimit'), cell: (d) => String(d.dailyLimitMinutes) },
        { head: w('status'), cell: (d) => enumWord(w, 'status', d.status) },
        { head: t('org'), cell: (d) => orgName.get(d.orgId) ?? '' },
      ], (d) => ({ 'data-driver': d.id, 'data-phone': d.phone })));
      formBox.replaceChildren(el('h2', {}, t('create')), recordForm('new-driver', [
        { name: 'orgId', label: t('org'), type: 'select', numeric: true, options: orgs.map((o): [string, string] => [String(o.id), o.name]) },
        { name: 'name', label: t('name') },
        { name: 'phone', label: t('phone'), placeholder: '13900000000' },
        { name: 'licenceClass', label: t('licence'), type: 'select', options: ['C1', 'C2', 'B1', 'B2', 'A1', 'A2'].map((c): [string, string] => [c, c]) },
        { name: 'dailyLimitMinutes', label: t('dailyLimit'), type: 'number', optional: true, value: '480' },
      ], t('create'), ctx.lang, (body) => api.post('/api/drivers', body), () => void load()));
    };
    await load();
  },
}];
