import { describe, expect, it } from 'vitest';
import { ApiError, toProblem } from '../api';
import { problemLines, problemOf } from './problem';

describe('problems shown to the user', () => {
  it('a validation problem names each field once', () => {
    const p = toProblem(400, 'Bad Request', {
      type: 'urn:fleet:problem:validation', title: 'Invalid request', status: 400,
      detail: 'plate: must not be blank; seats: must be at least 1',
      violations: [{ field: 'plate', message: 'must not be blank' }, { field: 'seats', message: 'must be at least 1' }],
    });
    expect(problemLines(p, 'zh')).toEqual({ headline: '输入有误', fields: ['plate: must not be blank', 'seats: must be at least 1'] });
    expect(problemLines(p, 'en').headline).toBe('Invalid input');
  });

  it('a problem without violations shows its detail after the status in words', () => {
    const p = toProblem(423, 'Locked', { title: 'Locked', status: 423, detail: 'too many failed sign-ins' });
    expect(problemLines(p, 'en')).toEqual({ headline: 'Account locked — too many failed sign-ins', fields: [] });
  });

  it('a refusal without problem+json becomes a problem from the status line and the text', () => {
    expect(toProblem(502, 'Bad Gateway', 'upstream down')).toEqual({ title: 'Bad Gateway', status: 502, detail: 'upstream down' });
    expect(toProblem(500, '', null)).toEqual({ title: 'HTTP 500', status: 500, detail: undefined });
  });

  it('errors that are not API errors still show their message', () => {
    expect(problemOf(new ApiError({ title: 'Conflict', status: 409 })).status).toBe(409);
    expect(problemOf(new Error('boom'))).toEqual({ title: 'boom', status: -1 });
  });
});
