// Organisations arrive as a flat list (id, parentId); the console draws them as the city → district → unit tree.
export interface Organisation {
  id: number;
  parentId: number | null;
  code: string;
  name: string;
  kind: 'CITY_BUREAU' | 'DISTRICT_BUREAU' | 'UNIT';
}

export interface OrgNode extends Organisation {
  children: OrgNode[];
}

/**
 * Builds the forest of organisations. A node whose parent is not in the list (the user sees only a
 * subtree) becomes a root. Children are sorted by code so the tree reads the same on every load.
 */
export function buildOrgTree(orgs: Organisation[]): OrgNode[] {
  const nodes = new Map<number, OrgNode>();
  for (const o of orgs) nodes.set(o.id, { ...o, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId == null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const byCode = (a: OrgNode, b: OrgNode) => a.code.localeCompare(b.code);
  const sortDeep = (list: OrgNode[]) => {
    list.sort(byCode);
    list.forEach((n) => sortDeep(n.children));
  };
  sortDeep(roots);
  return roots;
}

export function countNodes(tree: OrgNode[]): number {
  return tree.reduce((sum, n) => sum + 1 + countNodes(n.children), 0);
}
