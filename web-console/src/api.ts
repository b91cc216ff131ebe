// The one way screens talk to the platform: JSON over fetch with the session cookie, and every refusal turned into an
// ApiError carrying the server's problem+json so the screen can show what was wrong (field by field).
import type { Organisation } from './orgTree';

/** An RFC 9457 problem as the platform returns it for every rejected request. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  violations?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }

  get status(): number {
    return this.problem.status;
  }
}

/** Fired on window when a call answers 401: the shell then asks the user to sign in (again). */
export const UNAUTHORIZED_EVENT = 'fleet:unauthorized';

/** Reads a refusal: problem+json when the server sent one, otherwise a problem made from the status line. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  if (body && typeof body === 'object' && 'title' in body) {
    const p = body as Problem;
    return { ...p, status: typeof p.status === 'number' ? p.status : status };
  }
  const text = typeof body === 'string' && body.trim() ? body.trim().slice(0, 300) : undefined;
  return { title: statusText || `HTTP ${status}`, status, detail: text };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export async function request<T>(method: Method, path: string, body?: unknown, init: { quiet401?: boolean } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError({ title: 'Network error', status: 0, detail: String((e as Error)?.message ?? e) });
  }
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !init.quiet401) globalThis.dispatchEvent?.(new Event(UNAUTHORIZED_EVENT));
    throw new ApiError(toProblem(response.status, response.statusText, parsed));
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  del: <T>(path: string) => request<T>('DELETE', path),
};

/** Query string from the defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export interface HealthReport {
  status: 'UP' | 'DOWN';
  checks: { name: string; status: 'UP' | 'DOWN' }[];
}

/** /q/health answers 503 with the same body when something is down; both are a report. */
export async function fetchHealth(): Promise<HealthReport> {
  const response = await fetch('/q/health', { headers: { Accept: 'application/json' } });
  return (await response.json()) as HealthReport;
}

export const fetchOrganisations = () => api.get<Organisation[]>('/api/organisations');
