// The console's notification push (GET /api/notifications/stream): new alarms for supervisors, complaint deadline
// reminders for complaint handlers, each of the user's subtree. A screen follows it while it is shown.
import type { Lang } from '../i18n';

export interface Notice {
  kind: 'ALARM' | 'COMPLAINT_REMINDER';
  /** The alarm's or the complaint's id. */
  id: number;
  /** NEW_ALARM, COMPLAINT_SUBSTANTIATED, EXPLANATION_REQUESTED; DUE_SOON or OVERDUE for a reminder. */
  reason: string;
  orgPath: string | null;
  details: Record<string, unknown>;
}

/**
 * Calls `onNotice` for each pushed notice of `kind`, and `onReconnect` when the stream came back after a break (what
 * was pushed meanwhile is not replayed: reload the list then). Returns the function that stops following.
 */
export function followNotices(kind: Notice['kind'], onNotice: (n: Notice) => void, onReconnect: () => void): () => void {
  const source = new EventSource('/api/notifications/stream');
  let broken = false;
  source.onmessage = (event) => {
    try {
      const notice = JSON.parse(event.data) as Notice;
      if (notice.kind === kind) onNotice(notice);
    } catch {
      // not a notice
    }
  };
  source.onerror = () => {
    broken = true;
  };
  source.onopen = () => {
    if (broken) onReconnect();
    broken = false;
  };
  return () => source.close();
}

/** Unseen notices, one per alarm or case (a case reminded twice, an alarm notified twice, counts once). */
export class NoticeCount {
  private readonly unseen = new Map<number, Notice>();

  add(n: Notice): number {
    this.unseen.set(n.id, n);
    return this.unseen.size;
  }

  /** The user looked at this one. */
  seen(id: number): number {
    this.unseen.delete(id);
    return this.unseen.size;
  }

  has(id: number): boolean {
    return this.unseen.has(id);
  }

  get size(): number {
    return this.unseen.size;
  }

  list(): Notice[] {
    return [...this.unseen.values()];
  }
}

/** One line for a complaint reminder. */
export function reminderText(n: Notice, lang: Lang): string {
  const left = Number(n.details.workingDaysLeft ?? 0);
  if (lang === 'zh') {
    return n.reason === 'OVERDUE' ? `投诉 #${n.id} 已超过办理期限` : `投诉 #${n.id} 即将到期：还剩 ${left} 个工作日`;
  }
  return n.reason === 'OVERDUE' ? `Complaint #${n.id} is past its deadline` : `Complaint #${n.id} is due soon: ${left} working day${left === 1 ? '' : 's'} left`;
}
