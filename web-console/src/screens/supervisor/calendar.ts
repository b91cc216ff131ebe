// The holiday calendar (放假 and 调休上班 days) of a year: the days that differ from Monday–Friday, editable with
// their source; each change is version-checked and audited by the server.
import type { PartContext } from '../../kit/context';
import { actorOf } from '../../kit/context';
import { button, el, field, select } from '../../kit/dom';
import { statusLine } from '../../kit/status';
import { deleteCalendarDay, listCalendar, putCalendarDay, type CalendarDay } from './api';
import { supervisionTexts } from './texts';

export async function mountCalendar(ctx: PartContext, container: HTMLElement): Promise<void> {
  const t = supervisionTexts(ctx.lang);
  const status = statusLine('calendar-status', ctx.lang);
  const thisYear = new Date().getFullYear();
  const yearSel = select('calendar-year', [thisYear - 1, thisYear, thisYear + 1].map((y) => [String(y), String(y)] as [string, string]), String(thisYear));
  const table = el('table', { id: 'calendar-table', class: 'grid-table' });
  const dayInput = el('input', { id: 'calendar-day', type: 'date' });
  const kindSel = select('calendar-kind', [['HOLIDAY', t('HOLIDAY')], ['WORKDAY', t('WORKDAY')]]);
  const nameInput = el('input', { id: 'calendar-name', type: 'text', maxlength: '64' });
  const sourceInput = el('input', { id: 'calendar-source', type: 'text', maxlength: '300' });
  let days: CalendarDay[] = [];

  const refresh = async () => {
    try {
      days = await listCalendar(Number(yearSel.value));
      table.replaceChildren(
        el('thead', {}, el('tr', {}, ...[t('day'), t('dayKind'), t('dayName'), t('source'), ''].map((h) => el('th', {}, h)))),
        el('tbody', {}, ...days.map((d) => el('tr', { 'data-day': d.day, class: d.kind === 'HOLIDAY' ? 'holiday' : 'workday' },
          el('td', {}, d.day), el('td', {}, `${t(d.kind)}${d.provisional ? ` (${t('provisional')})` : ''}`), el('td', {}, d.name),
          el('td', { class: 'source' }, d.source ?? ''),
          el('td', {}, button(undefined, t('remove'), async () => {
            try {
              await deleteCalendarDay(d.day, actorOf(ctx, t('actor')), d.version);
              status.ok(`${d.day}: ${t('done')}`);
              await refresh();
            } catch (e) {
              status.error(e);
            }
          }, 'small'))))));
    } catch (e) {
      status.error(e);
    }
  };
  yearSel.addEventListener('change', () => void refresh());
  const save = async () => {
    try {
      const current = days.find((d) => d.day === dayInput.value);
      await putCalendarDay(dayInput.value, { kind: kindSel.value, name: nameInput.value.trim(), source: sourceInput.value.trim() || undefined,
        actor: actorOf(ctx, t('actor')), version: current?.version });
      status.ok(`${dayInput.value}: ${t('done')}`);
      if (dayInput.value.slice(0, 4) !== yearSel.value) yearSel.value = dayInput.value.slice(0, 4);
      await refresh();
    } catch (e) {
      status.error(e);
    }
  };
  container.replaceChildren(el('section', { class: 'panel' },
    el('div', { class: 'filters' }, field(t('year'), yearSel)),
    el('div', { class: 'filters' }, field(t('day'), dayInput), field(t('dayKind'), kindSel), field(t('dayName'), nameInput),
      field(t('source'), sourceInput), button('calendar-save', t('addDay'), () => void save(), 'primary')),
    status.element, table));
  await refresh();
}
