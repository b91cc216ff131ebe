// One line where a screen says what happened: a refusal of the platform (with the fields it named) or a success.
import { el } from './dom';
import { HttpError } from './http';

export function statusLine(id: string): { element: HTMLElement; error(e: unknown): void; ok(text: string): void; clear(): void } {
  const element = el('div', { id, class: 'status-line', role: 'status' });
  return {
    element,
    error(e: unknown) {
      const status = e instanceof HttpError ? String(e.status) : 'error';
      element.replaceChildren(el('span', { class: 'problem error', 'data-status': status }, String((e as Error)?.message ?? e)));
    },
    ok(text: string) {
      element.replaceChildren(el('span', { class: 'ok' }, text));
    },
    clear() {
      element.replaceChildren();
    },
  };
}
