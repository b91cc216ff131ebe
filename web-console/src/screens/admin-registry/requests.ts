// The fields of a registry request by kind (docs/registry.md): the server refuses fields of another kind, so the form
// shows exactly those of the kind chosen.
import type { Field } from '../../admin/form';

export const KINDS = ['PURCHASE', 'RENEWAL', 'DISPOSAL', 'PLATE_CHANGE'] as const;
export type RequestKind = (typeof KINDS)[number];
export const POOLS = ['EMERGENCY', 'ENFORCEMENT', 'COURIER', 'RETIREE', 'GENERAL'];
const VEHICLE_KINDS = ['SEDAN', 'SUV', 'MPV', 'MINIBUS', 'ENFORCEMENT'];
const ENERGIES = ['NEW_ENERGY', 'FUEL'];
const DISPOSALS = ['AUCTION', 'SCRAP', 'TRANSFER'];

export interface FieldWords {
  orgs: [string, string][];
  vehicles: [string, string][];
  label: (key: string) => string;
  pool: (p: string) => string;
  energy: (e: string) => string;
}

export function fieldsOf(kind: RequestKind, words: FieldWords): Field[] {
  const l = words.label;
  const car = (): Field => ({ name: 'vehicleId', label: l('vehicle'), type: 'select', numeric: true, options: words.vehicles });
  const newCar = (): Field[] => [
    { name: 'vehicleKind', label: l('vehicleKind'), type: 'select', options: VEHICLE_KINDS.map((k): [string, string] => [k, k]) },
    { name: 'seats', label: l('seats'), type: 'number', value: '5' },
    { name: 'energy', label: l('energy'), type: 'select', options: ENERGIES.map((e): [string, string] => [e, words.energy(e)]) },
  ];
  const reason: Field = { name: 'reason', label: l('reason') };
  switch (kind) {
    case 'PURCHASE':
      return [{ name: 'orgId', label: l('unit'), type: 'select', numeric: true, options: words.orgs },
        { name: 'pool', label: l('pool'), type: 'select', options: POOLS.map((p): [string, string] => [p, words.pool(p)]) },
        ...newCar(), reason];
    case 'RENEWAL':
      return [car(), ...newCar(), reason];
    case 'DISPOSAL':
      return [car(), { name: 'disposalMethod', label: l('disposalMethod'), type: 'select', options: DISPOSALS.map((d): [string, string] => [d, l(d)]) }, reason];
    case 'PLATE_CHANGE':
      return [car(), { name: 'newPlate', label: l('newPlate'), placeholder: '浙A·D12345' }, reason];
  }
}
