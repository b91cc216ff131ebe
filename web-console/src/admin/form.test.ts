import { describe, expect, it } from 'vitest';
import { bodyOf, type Field } from './form';

describe('record form body', () => {
  it('sends numbers as numbers, checkboxes as booleans and leaves out empty optional fields', () => {
    const fields: Field[] = [
      { name: 'plate', label: 'p' }, { name: 'seats', label: 's', type: 'number' }, { name: 'range', label: 'r', type: 'number', optional: true },
      { name: 'marked', label: 'm', type: 'checkbox' }, { name: 'orgId', label: 'o', type: 'select', numeric: true },
    ];
    const values: Record<string, string | boolean> = { plate: ' 浙A·12345 ', seats: '5', range: '', marked: true, orgId: '3' };
    expect(bodyOf(fields, (n) => values[n])).toEqual({ plate: '浙A·12345', seats: 5, marked: true, orgId: 3 });
  });

  it('keeps what is not a number as typed, so the server names the field', () => {
    expect(bodyOf([{ name: 'seats', label: 's', type: 'number' }], () => 'five')).toEqual({ seats: 'five' });
  });
});
