import { describe, expect, it } from 'vitest';
import { buildOrgTree, countNodes, type Organisation } from './orgTree';

const org = (id: number, parentId: number | null, code: string, kind: Organisation['kind'] = 'UNIT'): Organisation =>
  ({ id, parentId, code, name: code, kind });

describe('buildOrgTree', () => {
  it('nests units under districts under the city bureau, sorted by code', () => {
    const tree = buildOrgTree([
      org(3, 2, '330106-02'), org(1, null, '3301', 'CITY_BUREAU'), org(4, 2, '330106-01'),
      org(2, 1, '330106', 'DISTRICT_BUREAU'),
    ]);
    expect(tree).toHaveLength(1);
    expect(tree[0].code).toBe('3301');
    expect(tree[0].children[0].children.map((n) => n.code)).toEqual(['330106-01', '330106-02']);
    expect(countNodes(tree)).toBe(4);
  });

  it('makes a node whose parent is outside the visible subtree a root', () => {
    const tree = buildOrgTree([org(2, 1, '330106', 'DISTRICT_BUREAU'), org(3, 2, '330106-01')]);
    expect(tree.map((n) => n.code)).toEqual(['330106']);
    expect(tree[0].children.map((n) => n.code)).toEqual(['330106-01']);
  });
});
