// Rules and working hours of an organisation as they apply there (inherited down the tree): switch a rule on or off,
// change thresholds, or remove the organisation's own setting so it inherits again.
import { preferredOrg, type PartContext } from '../../kit/context';
import { actorOf } from '../../kit/context';
import { button, el, field } from '../../kit/dom';
import { orgPicker } from '../../kit/orgPicker';
import { statusLine } from '../../kit/status';
import { deleteSetting, listSettings, putSetting, type Setting } from './api';
import { flatten, unflatten } from './params';
import { RULE_NAMES, supervisionTexts } from './texts';

export async function mountSettings(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = supervisionTexts(ctx.lang);
  const status = statusLine('setting-status', ctx.lang);
  const list = el('div', { id: 'setting-list', class: 'setting-list' });
  const picker = await orgPicker('setting-org', preferredOrg(ctx), () => void refresh());
  const orgName = (id: number | null) => picker.orgs.find((o) => o.id === id)?.name ?? String(id);

  const card = (s: Setting) => {
    const enabled = el('input', { type: 'checkbox', id: `setting-${s.key}-enabled` });
    enabled.checked = s.enabled;
    const inputs = flatten(s.params).map(([name, value]) => {
      const input = el('input', { type: 'text', id: `setting-${s.key}-${name}`, value, 'data-param': name, size: '8' });
      return input;
    });
    const own = s.fromOrgId === picker.value();
    const origin = s.fromOrgId === null ? t('defaults') : own ? t('ownSetting') : `${t('inherited')} ${orgName(s.fromOrgId)}`;
    return el('fieldset', { class: 'setting', 'data-key': s.key },
      el('legend', {}, `${RULE_NAMES[ctx.lang][s.key] ?? s.key} (${s.key}) · ${origin}`),
      el('label', {}, enabled, ` ${t('enabled')}`),
      el('div', { class: 'params' }, ...inputs.map((i) => field(i.dataset.param!, i))),
      button(`setting-${s.key}-save`, t('saveSetting'), async () => {
        try {
          await putSetting(picker.value(), s.key, {
            enabled: enabled.checked, params: unflatten(inputs.map((i) => [i.dataset.param!, i.value])),
            actor: actorOf(ctx, t('actor')), version: own ? s.ownVersion : undefined,
          });
          status.ok(`${s.key}: ${t('done')}`);
          await refresh();
        } catch (e) {
          status.error(e);
        }
      }, 'primary small'),
      own && s.ownVersion !== null ? button(`setting-${s.key}-inherit`, t('inherit'), async () => {
        try {
          await deleteSetting(picker.value(), s.key, actorOf(ctx, t('actor')), s.ownVersion!);
          status.ok(`${s.key}: ${t('done')}`);
          await refresh();
        } catch (e) {
          status.error(e);
        }
      }, 'small') : null);
  };
  const refresh = async () => {
    try {
      list.replaceChildren(...(await listSettings(picker.value())).map(card));
    } catch (e) {
      status.error(e);
    }
  };
  container.replaceChildren(el('section', { class: 'panel' }, field(t('org'), picker.element), status.element, list));
  await refresh();
}
