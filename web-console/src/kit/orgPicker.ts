// A picker of the organisations the user may see (the API returns only those once sign-in exists), indented as the
// city → district → unit tree; it starts on the account's organisation or the first root.
import { buildOrgTree, type Organisation, type OrgNode } from '../orgTree';
import { el } from './dom';
import { getJson } from './http';

export interface OrgPicker {
  element: HTMLSelectElement;
  orgs: Organisation[];
  value(): number;
}

export function flattenTree(nodes: OrgNode[], depth = 0): { org: OrgNode; depth: number }[] {
  return nodes.flatMap((n) => [{ org: n, depth }, ...flattenTree(n.children, depth + 1)]);
}

export async function orgPicker(id: string, preferred: number | null | undefined, onChange: () => void): Promise<OrgPicker> {
  const orgs = await getJson<Organisation[]>('/api/organisations');
  const element = el('select', { id });
  const rows = flattenTree(buildOrgTree(orgs));
  for (const { org, depth } of rows) {
    element.append(el('option', { value: String(org.id) }, `${'　'.repeat(depth)}${org.name}`));
  }
  const start = rows.find((r) => r.org.id === preferred) ?? rows[0];
  if (start) element.value = String(start.org.id);
  element.addEventListener('change', onChange);
  return { element, orgs, value: () => Number(element.value) };
}
