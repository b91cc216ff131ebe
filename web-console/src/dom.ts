// Small DOM helpers the screens share; textContent everywhere, so server data is never parsed as HTML.
export type Attrs = Record<string, string | number | boolean | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

/** A table from rows; each column names its header and how a row becomes a cell. */
export function table<T>(
  rows: T[],
  columns: { head: string; cell: (row: T) => Node | string; cls?: string }[],
  rowAttrs: (row: T) => Attrs = () => ({}),
): HTMLTableElement {
  const head = el('tr', {}, ...columns.map((c) => el('th', { class: c.cls }, c.head)));
  const body = el('tbody');
  for (const r of rows) body.append(el('tr', rowAttrs(r), ...columns.map((c) => el('td', { class: c.cls }, c.cell(r)))));
  return el('table', { class: 'grid' }, el('thead', {}, head), body);
}
