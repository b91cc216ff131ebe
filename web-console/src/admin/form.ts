// A record form for the administrator's screens: labelled inputs, the body built from them, and a refusal shown
// with each field the server named marked at its input.
import { el } from '../dom';
import type { Lang } from '../i18n';
import { problemBox, problemOf } from '../shell/problem';

export interface Field {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'password' | 'select' | 'checkbox';
  options?: [string, string][];
  value?: string;
  placeholder?: string;
  /** A select whose values are ids: sent as numbers. */
  numeric?: boolean;
  /** Leave the field out of the body when empty. */
  optional?: boolean;
}

/** The JSON body of a form: numbers as numbers, checkboxes as booleans, empty optional fields left out. */
export function bodyOf(fields: Field[], read: (name: string) => string | boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const v = read(f.name);
    if (f.type === 'checkbox') {
      body[f.name] = Boolean(v);
      continue;
    }
    const text = String(v).trim();
    if (text === '' && f.optional) continue;
    body[f.name] = (f.type === 'number' || f.numeric) && text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
  }
  return body;
}

export function recordForm(id: string, fields: Field[], submitLabel: string, lang: Lang,
  submit: (body: Record<string, unknown>) => Promise<unknown>, done: (answer: unknown) => void): HTMLFormElement {
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const form = el('form', { id, class: 'record-form' });
  for (const f of fields) {
    let input: HTMLInputElement | HTMLSelectElement;
    if (f.type === 'select') {
      input = el('select', { name: f.name }, ...(f.options ?? []).map(([v, l]) => el('option', { value: v, selected: v === f.value }, l)));
    } else {
      input = el('input', { name: f.name, type: f.type ?? 'text', value: f.value, placeholder: f.placeholder });
    }
    inputs.set(f.name, input);
    form.append(el('label', { 'data-field': f.name }, f.label, input));
  }
  const button = el('button', { type: 'submit' }, submitLabel);
  const feedback = el('div', { class: 'feedback' });
  form.append(button, feedback);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    feedback.replaceChildren();
    form.querySelectorAll('label.invalid').forEach((l) => l.classList.remove('invalid'));
    button.disabled = true;
    const body = bodyOf(fields, (name) => {
      const i = inputs.get(name)!;
      return i instanceof HTMLInputElement && i.type === 'checkbox' ? i.checked : i.value;
    });
    submit(body)
      .then((answer) => {
        form.reset();
        done(answer);
      })
      .catch((err) => {
        feedback.append(problemBox(err, lang));
        for (const v of problemOf(err).violations ?? []) {
          const name = v.field.split('.').pop() ?? v.field;
          form.querySelector(`label[data-field="${name}"]`)?.classList.add('invalid');
        }
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return form;
}
