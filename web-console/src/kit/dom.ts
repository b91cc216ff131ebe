// Small DOM helpers shared by the supervisor, complaint and dashboard screens.

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; strings become text nodes (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | undefined> = {},
  ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

/** A labelled form field: <label for=id>text</label> followed by the control. */
export function field(label: string, control: HTMLElement): HTMLElement {
  const id = control.id;
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

/** A <select> with value/label options. */
export function select(id: string, options: [string, string][], value = ''): HTMLSelectElement {
  const s = el('select', { id });
  for (const [v, label] of options) {
    const o = el('option', { value: v }, label);
    if (v === value) o.selected = true;
    s.append(o);
  }
  return s;
}

export function button(id: string | undefined, text: string, onClick: () => void, cls = ''): HTMLButtonElement {
  const b = el('button', { id, type: 'button', class: cls || undefined }, text);
  b.addEventListener('click', onClick);
  return b;
}
