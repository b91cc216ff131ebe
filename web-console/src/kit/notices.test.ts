import { describe, expect, it } from 'vitest';
import { NoticeCount, reminderText, type Notice } from './notices';

const notice = (id: number, reason: string, details: Record<string, unknown> = {}): Notice =>
  ({ kind: reason === 'NEW_ALARM' ? 'ALARM' : 'COMPLAINT_REMINDER', id, reason, orgPath: '/1/', details });

describe('notices', () => {
  it('counts each alarm or case once until it is seen', () => {
    const count = new NoticeCount();
    expect(count.add(notice(5, 'NEW_ALARM'))).toBe(1);
    expect(count.add(notice(5, 'EXPLANATION_REQUESTED'))).toBe(1);
    expect(count.add(notice(6, 'NEW_ALARM'))).toBe(2);
    expect(count.has(6)).toBe(true);
    expect(count.seen(5)).toBe(1);
    expect(count.list().map((n) => n.id)).toEqual([6]);
  });

  it('words a reminder by its kind', () => {
    expect(reminderText(notice(9, 'DUE_SOON', { workingDaysLeft: 2 }), 'zh')).toBe('投诉 #9 即将到期：还剩 2 个工作日');
    expect(reminderText(notice(9, 'DUE_SOON', { workingDaysLeft: 1 }), 'en')).toBe('Complaint #9 is due soon: 1 working day left');
    expect(reminderText(notice(9, 'OVERDUE'), 'en')).toBe('Complaint #9 is past its deadline');
  });
});
