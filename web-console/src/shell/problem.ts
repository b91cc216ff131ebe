// A refusal shown where the user acted: the server's title and detail, and one line per field it named.
import { ApiError, type Problem } from '../api';
import { el } from '../dom';
import type { Lang } from '../i18n';

const statusWords: Record<Lang, Record<number, string>> = {
  zh: { 0: '无法连接服务', 400: '输入有误', 401: '请先登录', 403: '无权操作', 404: '未找到', 409: '冲突', 423: '账号已锁定', 500: '服务出错' },
  en: { 0: 'Service unreachable', 400: 'Invalid input', 401: 'Please sign in', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 423: 'Account locked', 500: 'Server error' },
};

export function problemOf(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return { title: String((error as Error)?.message ?? error), status: -1 };
}

/** The lines a problem is shown as: a headline, then "field: message" per violation. */
export function problemLines(problem: Problem, lang: Lang): { headline: string; fields: string[] } {
  const word = statusWords[lang][problem.status];
  const head = [word, problem.detail ?? problem.title].filter(Boolean);
  const fields = (problem.violations ?? []).map((v) => `${v.field}: ${v.message}`);
  // The validation detail repeats the violations; show them once, as a list.
  const headline = fields.length && problem.detail && fields.join('; ') === problem.detail ? (word ?? problem.title) : head.join(' — ');
  return { headline, fields };
}

export function problemBox(error: unknown, lang: Lang): HTMLElement {
  const problem = problemOf(error);
  const { headline, fields } = problemLines(problem, lang);
  const box = el('div', { class: 'problem', role: 'alert', 'data-status': problem.status }, el('strong', {}, headline));
  if (fields.length) {
    const ul = el('ul');
    for (const [i, f] of fields.entries()) ul.append(el('li', { 'data-field': problem.violations![i].field }, f));
    box.append(ul);
  }
  return box;
}

/** Replaces a container's content by the problem (for a section that failed to load). */
export function showProblem(container: HTMLElement, error: unknown, lang: Lang): void {
  container.replaceChildren(problemBox(error, lang));
}
