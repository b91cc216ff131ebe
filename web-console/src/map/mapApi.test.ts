import { describe, expect, it } from 'vitest';
import { formatRoute } from './mapApi';

describe('formatRoute', () => {
  it('uses kilometres and minutes for longer trips', () => {
    expect(formatRoute(2449, 372)).toBe('2.4 km · 6 min');
  });

  it('uses metres and seconds for short hops', () => {
    expect(formatRoute(420.4, 45.2)).toBe('420 m · 45 s');
  });
});
