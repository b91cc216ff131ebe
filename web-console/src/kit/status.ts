// One line where a screen says what happened: a refusal of the platform shown by the shell's problem box (title,
// detail, one line per field named), or a success.
import type { Lang } from '../i18n';
import { problemBox } from '../shell/problem';
import { el } from './dom';

export function statusLine(id: string, lang: Lang): { element: HTMLElement; error(e: unknown): void; ok(text: string): void; clear(): void } {
  const element = el('div', { id, class: 'status-line', role: 'status' });
  return {
    element,
    error(e: unknown) {
      element.replaceChildren(problemBox(e, lang));
    },
    ok(text: string) {
      element.replaceChildren(el('span', { class: 'ok' }, text));
    },
    clear() {
      element.replaceChildren();
    },
  };
}
