import { describe, expect, it } from 'vitest';
import { fieldsOf, KINDS } from './requests';

const words = { orgs: [['4', '区局']] as [string, string][], vehicles: [['7', '浙A·D1']] as [string, string][], label: (k: string) => k, pool: (p: string) => p, energy: (e: string) => e };

describe('registry request fields', () => {
  it('asks each kind for exactly its own fields (the server refuses the others)', () => {
    const names = Object.fromEntries(KINDS.map((k) => [k, fieldsOf(k, words).map((f) => f.name)]));
    expect(names.PURCHASE).toEqual(['orgId', 'pool', 'vehicleKind', 'seats', 'energy', 'reason']);
    expect(names.RENEWAL).toEqual(['vehicleId', 'vehicleKind', 'seats', 'energy', 'reason']);
    expect(names.DISPOSAL).toEqual(['vehicleId', 'disposalMethod', 'reason']);
    expect(names.PLATE_CHANGE).toEqual(['vehicleId', 'newPlate', 'reason']);
  });

  it('sends ids as numbers', () => {
    expect(fieldsOf('DISPOSAL', words)[0]).toMatchObject({ type: 'select', numeric: true, options: [['7', '浙A·D1']] });
  });
});
