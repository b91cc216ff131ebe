import { describe, expect, it } from 'vitest';
import { timelineSpan } from './timeline';

describe('day plan timeline', () => {
  it('spans whole hours around the stops, at least six', () => {
    const t0 = Date.parse('2026-11-23T00:20:00Z');
    const s = timelineSpan([t0, t0 + 30 * 60_000]);
    expect(new Date(s.from).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(s.to).toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(s.at(s.from)).toBe(0);
    expect(s.at(s.to)).toBe(100);
    expect(s.at(Date.parse('2026-11-23T03:00:00Z'))).toBe(50);
  });

  it('a long day keeps every stop inside', () => {
    const a = Date.parse('2026-11-23T00:10:00Z');
    const b = Date.parse('2026-11-23T11:50:00Z');
    const s = timelineSpan([b, a]);
    expect(s.to - s.from).toBe(12 * 3600_000);
    expect(s.at(a)).toBeGreaterThan(0);
    expect(s.at(b)).toBeLessThan(100);
  });
});
