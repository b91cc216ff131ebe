import { describe, expect, it } from 'vitest';
import { query } from './api';

describe('query strings', () => {
  it('leave out missing values and encode the rest', () => {
    expect(query({ org: 3, state: undefined, q: '浙A 1', empty: '', none: null })).toBe('?org=3&q=%E6%B5%99A+1');
    expect(query({})).toBe('');
  });
});
