import { describe, expect, it } from 'vitest';
import { caseSteps } from './api';
import { isoToLocalInput, localInputToIso, formatCst, addDays } from '../../kit/time';

describe('case workflow offered', () => {
  it('follows received → assigned → investigating → concluded → replied → closed', () => {
    expect(caseSteps('RECEIVED', null)).toEqual(['assign']);
    expect(caseSteps('ASSIGNED', null)).toEqual(['assign', 'investigate']);
    expect(caseSteps('INVESTIGATING', null)).toEqual(['assign', 'conclude']);
    expect(caseSteps('CONCLUDED', 'UNSUBSTANTIATED')).toEqual(['reply']);
    expect(caseSteps('CONCLUDED', 'SUBSTANTIATED')).toEqual(['reply', 'link-alarm']);
    expect(caseSteps('REPLIED', 'UNSUBSTANTIATED')).toEqual(['close']);
    expect(caseSteps('CLOSED', 'UNSUBSTANTIATED')).toEqual([]);
  });
});

describe('China time in forms', () => {
  it('reads and writes datetime-local values as +08:00 whatever the browser zone', () => {
    expect(localInputToIso('2026-11-20T09:05')).toBe('2026-11-20T09:05:00+08:00');
    expect(localInputToIso('')).toBe('');
    expect(isoToLocalInput('2026-11-20T01:05:00Z')).toBe('2026-11-20T09:05');
    expect(formatCst('2026-11-19T16:30:00Z')).toBe('2026-11-20 00:30');
    expect(formatCst(null)).toBe('');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
